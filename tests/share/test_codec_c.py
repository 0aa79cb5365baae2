"""Codec C (extended packing + dictionary 3 + preset Huffman code): lossless on every public credential,
old letters still read, published files pinned, hostile input refused with a typed error."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import base58
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from satchel.errors import PayloadRefused
from satchel.i18n import render_error
from satchel.share.dictionary import load_code_lengths, load_dictionary
from satchel.share.dictionary.build import PINNED, PINNED_CODES
from satchel.share.payload import decode_envelope, decode_payload, encode_presentation
from satchel.share.payload.codec import (
    MAX_PRESET_CODE_INPUT,
    _compress,
    compact_json,
    compress_presentation,
    preset_code,
)
from satchel.share.payload.digits import from_digits, to_digits
from satchel.share.payload.frames import single_frame
from satchel.share.payload.huffman import PresetCode
from satchel.share.payload.limits import MAX_DECOMPRESSED_BYTES
from satchel.share.payload.lz77 import cheapest_parse
from satchel.share.payload.packing import MAX_VALUES, NEW_ED25519_KEY, NEW_UUID, pack_values
from satchel.share.qrcapacity import smallest_version
from satchel.vc.did import DidResolver
from satchel.vc.jsonld import OfflineLoader
from satchel.vc.proofs import verify_proofs
from tests.share.public_credentials import candidates, held_out_candidates, presentation_of

KEY = "z" + base58.b58encode(b"\xed\x01" + bytes(range(32))).decode()
UUID = "0f8fad5b-d9cb-469f-a165-70867728950e"


def frame(body: bytes) -> str:
    return single_frame(b"C" + body)


def c_body(text: bytes, table: bytes = b"") -> bytes:
    """A codec C body for ``text`` as it is (no packing), then ``table``."""
    code = preset_code(3)
    steps = cheapest_parse(text, load_dictionary(3), code.literal_lengths, code.length_costs(), code.distance_cost)
    return code.encode(text, steps) + table


def test_every_public_credential_round_trips_byte_for_byte_and_its_presentation_still_verifies():
    loader, resolver = OfflineLoader(), DidResolver()
    rows = candidates()
    assert len(rows) >= 70
    for entry, credential in rows:
        vp = presentation_of(credential)
        envelope = _compress(compact_json(vp), b"C")
        frames = encode_presentation(vp, max_version=20, ecc="M")
        decoded = decode_payload(frames if len(frames) > 1 else frames[0])
        assert compact_json(decoded) == compact_json(vp), entry["file"]
        assert compact_json(json.loads(json.dumps(decoded))) == compact_json(vp)
        (result,) = verify_proofs(decoded, resolver=resolver, loader=loader)
        assert result.ok, (entry["file"], result.reason)
        assert len(envelope) < len(_compress(compact_json(vp), b"B")), entry["file"]


def test_the_default_encoder_picks_the_smallest_safe_codec():
    vp = presentation_of(candidates()[0][1])
    assert compress_presentation(vp)[:1] == b"C"
    tiny = {"a": 1}
    sizes = {codec: len(compress_presentation(tiny, codec=codec)) for codec in (b"B", b"C")}
    assert len(compress_presentation(tiny)) == min(sizes.values())


def test_presentations_too_large_for_the_python_parser_use_codec_b():
    large = {"items": [f"entry {i} of a long list" for i in range(MAX_PRESET_CODE_INPUT // 20)]}
    assert len(compact_json(large)) > MAX_PRESET_CODE_INPUT
    envelope = compress_presentation(large)
    assert envelope[:1] == b"B" and decode_envelope(envelope) == large


def test_codec_c_can_be_written_and_read_explicitly():
    vp = {"holder": f"did:key:{KEY}", "id": f"urn:uuid:{UUID}", "name": "Café ✓"}
    envelope = compress_presentation(vp, codec=b"C")
    assert envelope[:1] == b"C"
    assert decode_payload(frame(envelope[1:])) == vp


def test_ed25519_keys_and_uuids_become_one_byte_tokens_and_repeats_reference_them():
    text = compact_json({"a": f"did:key:{KEY}#{KEY}", "b": f"urn:uuid:{UUID}", "c": f"https://x/{UUID}.png",
                         "d": UUID.upper()})
    packed, table = pack_values(text, extended=True)
    assert packed.count(bytes((NEW_ED25519_KEY,))) == 1 and packed.count(bytes((NEW_UUID,))) == 1
    assert len(table) == 32 + 16
    assert UUID.upper().encode() in packed  # only the lower-case form is packed (it is what comes back)
    assert pack_values(text)[1] != table  # codec B's packing is unchanged: full 34-byte key, no UUIDs


@settings(max_examples=150, deadline=None)
@given(st.recursive(
    st.one_of(st.text(alphabet="0123456789abcdefABCDEF-z:#/ \"\\é\x00\x01\x03\x04" + KEY[:12], max_size=60),
              st.sampled_from([KEY, UUID, f"did:key:{KEY}#{KEY}", f"urn:uuid:{UUID}", UUID + UUID]),
              st.integers(), st.none()),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.text(max_size=5), children, max_size=4)),
    max_leaves=10))
def test_codec_c_is_lossless_on_any_json(value):
    vp = {"v": value}
    assert compact_json(decode_payload(frame(compress_presentation(vp, codec=b"C")[1:]))) == compact_json(vp)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_codec_c_bodies_are_refused_with_a_typed_error_or_read(body):
    try:
        decoded = decode_payload(frame(body))
    except PayloadRefused:
        return
    assert isinstance(decoded, dict)


def test_published_dictionary_3_and_code_are_pinned_and_complete():
    assert PINNED[3] == "b74b24eb3a9374284461ddd325f73403b7e79c82e601977d4a7b658c45e44098"
    assert PINNED_CODES[3] == "0ec9e29b23ae0e7c495c221a96412976c0315c453d595911514db3cb430f2f91"
    lengths = load_code_lengths(3)
    assert hashlib.sha256(lengths).hexdigest() == PINNED_CODES[3]
    code = PresetCode.from_bytes(lengths)
    assert code.to_bytes() == lengths and code.omitted > 90
    assert len(load_dictionary(3)) <= 28 * 1024  # leaves the data at least 4 KiB of the deflate window


def _readable(credential: dict | str) -> dict:
    """A held-out credential as JSON: a VC-JWT's decoded payload."""
    if isinstance(credential, dict):
        return credential
    body = credential.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))


def test_dictionary_3_holds_no_text_of_the_public_credentials():
    dictionary = load_dictionary(3).decode("utf-8")
    assert not re.search(r"z[1-9A-HJ-NP-Za-km-z]{20,}", dictionary)
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}", dictionary)
    assert not re.search(r"\d{4}-\d\d-\d\dT", dictionary)
    vocabulary = ("https://www.w3.org/", "https://w3id.org/", "https://purl.imsglobal.org/")
    checked = 0
    documents = [credential for _entry, credential in candidates()]
    documents += [_readable(credential) for _entry, credential in held_out_candidates()]  # empty without the set
    for credential in documents:
        for value in re.findall(r'"((?:[^"\\]|\\.){16,})"', json.dumps(credential, ensure_ascii=False)):
            if (" " in value or "/" in value) and not value.startswith(vocabulary):  # text and URLs, not terms
                checked += 1
                assert value not in dictionary, value
    assert checked > 200


def test_a_preset_code_must_be_complete():
    lengths = bytearray(load_code_lengths(3))
    lengths[0] += 1  # Kraft sum below one: an incomplete code
    with pytest.raises(ValueError, match="complete"):
        PresetCode.from_bytes(bytes(lengths))


def test_deflate_bomb_in_codec_c_is_refused():
    code = preset_code(3)
    repeats = (MAX_DECOMPRESSED_BYTES // 258) + 10
    body = code.encode(b"0" * (1 + 258 * repeats), [(1, 0)] + [(258, 1)] * repeats)
    assert len(frame(body)) > 4296  # the preset code cannot make a one-frame bomb; parts can carry it
    with pytest.raises(PayloadRefused, match="2 MiB"):
        decode_envelope(b"C" + body)


def test_repeat_token_bomb_in_codec_c_is_refused():
    text = b'{"a":"\x03' + b"\x02\x00" * 70_000 + b'"}'
    with pytest.raises(PayloadRefused, match="2 MiB"):
        decode_payload(frame(c_body(text, bytes(32))))


def test_truncated_and_extended_codec_c_streams_are_refused():
    body = compress_presentation({"name": "x" * 40, "id": f"urn:uuid:{UUID}"}, codec=b"C")[1:]
    with pytest.raises(PayloadRefused, match=r"truncated|invalid"):
        decode_payload(frame(body[:-20]))
    with pytest.raises(PayloadRefused, match="unexpected bytes"):
        decode_payload(frame(body + b"\x00"))


@pytest.mark.parametrize(("text", "table", "message"), [
    (b'{"a":"\x03"}', bytes(31), "missing its bytes"),
    (b'{"a":"\x04"}', bytes(15), "missing its bytes"),
    (b'{"a":"\x04"}', bytes(17), "unexpected bytes"),
    (b'{"a":"\x02\x00"}', b"", "never gave"),
    (b'{"a":"\x04\x02\x01"}', bytes(16), "never gave"),
    (b'{"a":"x"}\x02', b"", "cut short"),
    (b'{"a":"' + b"\x04" * (MAX_VALUES + 1) + b'"}', bytes(16 * (MAX_VALUES + 1)), "more values"),
])
def test_malformed_codec_c_tokens_are_refused(text, table, message):
    with pytest.raises(PayloadRefused, match=message):
        decode_envelope(b"C" + c_body(text, table))


def test_codec_c_output_is_deterministic():
    vp = presentation_of(candidates()[-1][1])
    assert compress_presentation(vp, codec=b"C") == compress_presentation(vp, codec=b"C")


@pytest.mark.parametrize("size", [*range(0, 16), 64, 641, 700])
def test_decimal_digits_round_trip_every_length(size):
    data = bytes((i * 37 + 255) % 256 for i in range(size))
    text = to_digits(data)
    assert text.isdigit() or not text
    assert len(text) == 17 * (size // 7) + {0: 0, 1: 3, 2: 5, 3: 8, 4: 10, 5: 13, 6: 15}[size % 7]
    assert from_digits(text) == data
    assert to_digits(b"\xff" * 7) == "72057594037927935" and to_digits(b"\x00\x01") == "00001"


@pytest.mark.parametrize(("digits", "message"), [
    ("12a", "not decimal"), ("١٢٣", "not decimal"), ("1234", "whole bytes"), ("99999999999999999", "too large"),
    ("256", "too large"), ("1" * 17 + "99999", "too large"),
])
def test_impossible_digits_are_refused(digits, message):
    with pytest.raises(PayloadRefused, match=message):
        from_digits(digits)


def test_a_codec_c_frame_is_decimal_digits_and_b_frames_stay_base45():
    vp = presentation_of(candidates()[0][1])
    c_frame = single_frame(compress_presentation(vp, codec=b"C"))
    b_frame = single_frame(compress_presentation(vp, codec=b"B"))
    assert c_frame.startswith("SAT1:C") and c_frame[6:].isdigit()
    assert b_frame.startswith("SAT1:B") and not b_frame[6:].isdigit()
    assert decode_payload(c_frame) == decode_payload(b_frame) == vp
    assert smallest_version(c_frame) < smallest_version(b_frame)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789", max_size=600) | st.text(max_size=80))
def test_random_codec_c_frames_are_refused_with_a_typed_error_or_read(text):
    try:
        decoded = decode_payload("SAT1:C" + text)
    except PayloadRefused:
        return
    assert isinstance(decoded, dict)


def test_a_damaged_decimal_frame_reads_in_french_too():
    with pytest.raises(PayloadRefused) as caught:
        decode_payload("SAT1:C1234")
    assert render_error(caught.value, "fr") == (
        "Ce code QR ne contient pas de présentation lisible par Satchel. "
        "Ce code QR est endommagé : ses chiffres ne forment pas des octets entiers.")


def test_a_codec_c_frame_of_a_version_40_code_is_read_and_longer_texts_are_refused():
    vp = presentation_of(candidates()[0][1])
    vp["verifiableCredential"] = [presentation_of(credential)["verifiableCredential"][0]
                                  for _entry, credential in candidates()[:6]]
    [text] = encode_presentation(vp, max_version=40, ecc="L")
    assert text.startswith("SAT1:C") and len(text) > 4296 + 6  # longer than any alphanumeric QR text
    assert decode_payload(text) == vp
    with pytest.raises(PayloadRefused, match="more text than any QR code"):
        decode_payload("SAT1:C" + "0" * 7090)
