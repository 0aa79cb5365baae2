"""Satchel QR payloads: compact single frame, animated parts, and the caps on hostile input."""

from __future__ import annotations

import json
import random
import time
import zlib

import base45
import pytest
from share_helpers import load_json, presentation_with

from satchel.errors import PayloadRefused
from satchel.share.dictionary import load_dictionary
from satchel.share.dictionary.build import BUILDERS
from satchel.share.payload import (
    Assembler,
    compress_presentation,
    decode_payload,
    encode_presentation,
    split,
)
from satchel.share.payload.frames import checksum
from satchel.share.qrcapacity import fits, is_alphanumeric


def test_dictionary_file_is_what_the_committed_script_builds():
    for dictionary_id, builder in BUILDERS.items():
        assert load_dictionary(dictionary_id) == builder()


def test_one_credential_v2_presentation_fits_one_frame_of_version_20_at_m(corpus):
    vp = load_json(corpus / "vp-valid-1cred-eddsa.json")
    frames = encode_presentation(vp, max_version=20, ecc="M")
    assert len(frames) == 1
    assert frames[0].startswith("SAT1:C")
    assert fits(frames[0], 20, "M")
    assert is_alphanumeric(frames[0])
    assert decode_payload(frames[0]) == vp


@pytest.mark.parametrize("count", [1, 3, 8])
def test_presentations_round_trip_through_text(count):
    vp = presentation_with(count)
    frames = encode_presentation(vp)
    assert all(fits(f, 20, "M") for f in frames)
    assert decode_payload(frames) == vp


def test_parts_in_any_order_with_a_duplicate_still_decode():
    vp = presentation_with(8)
    frames = encode_presentation(vp)
    assert len(frames) > 2
    shuffled = [*frames[:], frames[1]]
    random.Random(7).shuffle(shuffled)
    assert decode_payload(shuffled) == vp


def test_assembler_reports_progress_and_missing_parts():
    frames = encode_presentation(presentation_with(5))
    assembler = Assembler()
    first = assembler.add(frames[-1])
    assert (first.received, first.total, first.complete) == (1, len(frames), False)
    assert assembler.add(frames[-1]).received == 1  # a duplicate changes nothing
    with pytest.raises(PayloadRefused, match="missing") as info:
        assembler.result()
    assert info.value.params["missing"] == list(range(1, len(frames)))
    for text in frames[:-1]:
        progress = assembler.add(text)
    assert progress.complete and progress.received == progress.total == len(frames)
    assert decode_payload(frames) == json.loads(json.dumps(presentation_with(5)))


def test_split_respects_the_frame_size_and_the_checksum_names_the_bundle():
    payload = bytes(range(256)) * 10
    parts = split(payload, 300)
    assert all(len(p) <= 300 for p in parts)
    assert all(f"/{len(parts)}-{checksum(payload)}:" in p for p in parts)
    assembler = Assembler()
    for part in reversed(parts):
        assembler.add(part)
    assert assembler.result() == payload


def test_parts_of_two_bundles_never_mix():
    a = encode_presentation(presentation_with(4))
    b = encode_presentation(presentation_with(5))
    with pytest.raises(PayloadRefused, match="another presentation"):
        decode_payload([a[0], b[1]])


def test_a_part_whose_data_was_altered_is_refused():
    parts = split(bytes(range(200)) * 4, 200)
    head, data = parts[1].split(":", 1)
    raw = bytearray(base45.b45decode(data))
    raw[0] ^= 1
    forged = head + ":" + base45.b45encode(bytes(raw)).decode()
    with pytest.raises(PayloadRefused, match="checksum"):
        decode_payload([parts[0], forged, *parts[2:]])


def test_too_many_parts_is_refused():
    with pytest.raises(PayloadRefused, match="at most 64"):
        decode_payload("SAT1-P1/65-00000000:00")
    with pytest.raises(PayloadRefused):
        decode_payload(["SAT1-P1/2-00000000:00"] * 300)


def _bomb_envelope(size: int) -> bytes:
    zeros = zlib.compressobj(9, zlib.DEFLATED, -15)
    return b"A" + zeros.compress(b'{"a":"' + b"0" * size) + zeros.flush()


def test_a_deflate_bomb_in_one_frame_is_refused_quickly():
    envelope = _bomb_envelope(int(2.5 * 1024 * 1024))
    text = "SAT1:A" + base45.b45encode(envelope[1:]).decode()
    assert len(text) < 4296  # it fits in a real QR code
    started = time.perf_counter()
    with pytest.raises(PayloadRefused, match="2 MiB"):
        decode_payload(text)
    assert time.perf_counter() - started < 0.5


def test_a_deflate_bomb_in_parts_is_refused_quickly():
    parts = split(_bomb_envelope(60 * 1024 * 1024), 4000)
    assert len(parts) <= 64
    started = time.perf_counter()
    with pytest.raises(PayloadRefused, match="2 MiB"):
        decode_payload(parts)
    assert time.perf_counter() - started < 0.5


def test_deep_nesting_is_refused():
    envelope = compress_presentation({"a": 1}, codec=b"A")[:1]
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15, zdict=load_dictionary(1))
    body = deflater.compress(b'{"a":' + b"[" * 200 + b"]" * 200 + b"}") + deflater.flush()
    with pytest.raises(PayloadRefused, match="nested"):
        decode_payload("SAT1:" + envelope.decode() + base45.b45encode(body).decode())


@pytest.mark.parametrize("garbage", [
    "", "hello", "SAT1:", "SAT1:A", "SAT1:A:::", "SAT1:a0000", "SAT1:ZAAAA", "SAT1-P0/2-00000000:00",
    "SAT1-P3/2-00000000:00", "SAT1-P1/1-XYZ:00", "SAT1:A" + "9" * 5000, "VP1-R%%%",
])
def test_garbage_is_refused(garbage):
    with pytest.raises(PayloadRefused):
        decode_payload(garbage)


def test_json_that_is_not_an_object_is_refused():
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15, zdict=load_dictionary(1))
    body = deflater.compress(b"[1,2,3]") + deflater.flush()
    with pytest.raises(PayloadRefused, match="object"):
        decode_payload("SAT1:A" + base45.b45encode(body).decode())
