"""Codec B (packed base58btc values + dictionary 2): sizes, round trips, old codec A, refusals."""

from __future__ import annotations

import json
import pathlib
import zlib

import base45
import pytest
from share_helpers import CORPUS, load_json, presentation_with

from satchel.errors import PayloadRefused
from satchel.share.dictionary import load_dictionary
from satchel.share.payload import compress_presentation, decode_payload, encode_presentation
from satchel.share.payload.limits import MAX_DECOMPRESSED_BYTES
from satchel.share.qrcapacity import fits
from satchel.share.qrimage import qr_version

FIXTURES = pathlib.Path(__file__).resolve().parent / "codec_fixtures"
SATCHEL_VPS = ["vp-1cred-challenge-domain", "vp-1cred-random-challenge"]
ONE_CREDENTIAL_CORPUS_VPS = sorted(
    p.name for p in CORPUS.glob("vp-*.json") if len(load_json(p).get("verifiableCredential", [])) == 1)


def compact(vp: dict) -> str:
    return json.dumps(vp, ensure_ascii=False, separators=(",", ":"))


def deflate(data: bytes, dictionary_id: int) -> bytes:
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zdict=load_dictionary(dictionary_id))
    return deflater.compress(data) + deflater.flush()


def frame(codec: str, body: bytes) -> str:
    return "SAT1:" + codec + base45.b45encode(body).decode("ascii")


@pytest.mark.parametrize("name", SATCHEL_VPS)
def test_satchel_one_credential_presentations_fit_one_frame_with_margin(name):
    vp = load_json(FIXTURES / f"{name}.json")
    frames = encode_presentation(vp, max_version=20, ecc="M")
    assert len(frames) == 1 and frames[0].startswith("SAT1:C")  # codec C is the smallest here too
    assert qr_version(frames[0], "M") <= 18  # margin: a version-20 code holds more
    decoded = decode_payload(frames[0])
    assert compact(decoded) == compact(vp)  # same keys, same order, same values


def test_every_one_credential_corpus_presentation_fits_one_frame_of_version_20():
    assert ONE_CREDENTIAL_CORPUS_VPS
    for name in ONE_CREDENTIAL_CORPUS_VPS:
        vp = load_json(CORPUS / name)
        frames = encode_presentation(vp, max_version=20, ecc="M")
        assert len(frames) == 1, name
        assert fits(frames[0], 20, "M"), name
        assert compact(decode_payload(frames[0])) == compact(vp), name


@pytest.mark.parametrize("name", SATCHEL_VPS)
def test_codec_a_frames_made_before_dictionary_2_still_decode(name):
    old = (FIXTURES / f"{name}.codec-a.txt").read_text(encoding="ascii").strip()
    assert old.startswith("SAT1:A")
    assert compact(decode_payload(old)) == compact(load_json(FIXTURES / f"{name}.json"))


def test_codec_a_parts_made_before_dictionary_2_still_decode():
    parts = (FIXTURES / "vp-3creds.codec-a-parts.txt").read_text(encoding="ascii").splitlines()
    assert len(parts) == 2
    assert compact(decode_payload(parts[::-1])) == compact(presentation_with(3))


def test_codec_a_can_still_be_written_and_read():
    vp = load_json(FIXTURES / "vp-1cred-random-challenge.json")
    envelope = compress_presentation(vp, codec=b"A")
    assert envelope[:1] == b"A"
    assert decode_payload(frame("A", envelope[1:])) == vp


def test_codec_b_is_smaller_than_codec_a():
    vp = load_json(FIXTURES / "vp-1cred-challenge-domain.json")
    assert len(compress_presentation(vp)) < len(compress_presentation(vp, codec=b"A")) - 100


@pytest.mark.parametrize("count", [1, 3, 8])
def test_presentations_of_several_credentials_round_trip(count):
    vp = presentation_with(count)
    frames = encode_presentation(vp, max_version=20, ecc="M")
    assert all(qr_version(text, "M") <= 20 for text in frames)
    assert compact(decode_payload(frames[::-1])) == compact(vp)


def test_five_credentials_fit_three_frames_of_version_20():
    frames = encode_presentation(presentation_with(5), max_version=20, ecc="M")
    assert len(frames) <= 3
    assert all(qr_version(text, "M") <= 20 for text in frames)


def test_unknown_codec_letter_cannot_be_written():
    with pytest.raises(ValueError):
        compress_presentation({"a": 1}, codec=b"Z")


def test_deflate_bomb_in_codec_b_is_refused():
    body = deflate(b'{"a":"' + b"0" * (MAX_DECOMPRESSED_BYTES + 10), 2)
    with pytest.raises(PayloadRefused, match="2 MiB"):
        decode_payload(frame("B", body))


def test_repeat_token_bomb_is_refused():
    # one 34-byte value, then 70,000 two-byte repeats (3.4 MB once expanded): refused at 2 MiB
    text = b'{"a":"\x01\x22' + b"\x02\x00" * 70_000 + b'"}'
    body = deflate(text, 2) + bytes(range(34))
    with pytest.raises(PayloadRefused, match="2 MiB"):
        decode_payload(frame("B", body))


@pytest.mark.parametrize(("text", "table", "message"), [
    (b'{"a":"\x01\x22"}', b"\x01" * 33, "missing its bytes"),
    (b'{"a":"\x01\x22"}', b"\x01" * 35, "unexpected bytes"),
    (b'{"a":"\x02\x00"}', b"", "never gave"),
    (b'{"a":"\x01\x00"}', b"", "missing its bytes"),
    (b'{"a":"\x01\x02"}', b"\x01\x02", "too short"),
    (b'{"a":"x"}\x01', b"", "cut short"),
    (b'{"a":"x"}', b"\x00", "unexpected bytes"),
])
def test_malformed_packed_values_are_refused(text, table, message):
    with pytest.raises(PayloadRefused, match=message):
        decode_payload(frame("B", deflate(text, 2) + table))


def test_codec_a_still_refuses_bytes_after_its_deflate_stream():
    with pytest.raises(PayloadRefused, match="unexpected bytes"):
        decode_payload(frame("A", deflate(b'{"a":1}', 1) + b"\x00\x01"))
