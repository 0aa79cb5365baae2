"""Codec C's compact JWS token (``0x05``, docs/qr-format.md, "Codec C"): a VC-JWT (or any compact JWS) is
carried as its decoded header and payload inline in the deflate input and its raw signature in the table;
lossless on every JWS, left as text when its base64url is not canonical, hostile tokens refused."""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from satchel.errors import PayloadRefused
from satchel.i18n import render_error
from satchel.share.payload import decode_envelope, decode_payload, encode_presentation
from satchel.share.payload.codec import _compress, compact_json, compress_presentation
from satchel.share.payload.compact_jws import read_length, write_length
from satchel.share.payload.limits import MAX_DECOMPRESSED_BYTES
from satchel.share.payload.packing import MAX_VALUES, NEW_COMPACT_JWS, pack_values, unpack_values
from satchel.vc.did import DidResolver
from satchel.vc.jsonld import OfflineLoader
from satchel.vc.proofs import verify_proofs
from tests.share.public_credentials import held_out_candidates, held_out_dir, presentation_of
from tests.share.test_codec_c import c_body, frame


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


HEADER = b'{"alg":"EdDSA","typ":"JWT","kid":"did:example:issuer#key-1"}'
PAYLOAD = b'{"iss":"did:example:issuer","vc":{"type":["VerifiableCredential","OpenBadgeCredential"]}}'
SIGNATURE = bytes(range(64))
JWS = f"{b64(HEADER)}.{b64(PAYLOAD)}.{b64(SIGNATURE)}"


def jws_text(vp: dict) -> bytes:
    return pack_values(compact_json(vp), extended=True)[0]


def test_a_compact_jws_becomes_its_decoded_header_and_payload_inline_and_its_signature_in_the_table():
    text = compact_json({"id": f"data:application/vc+jwt,{JWS}", "again": JWS})
    packed, table = pack_values(text, extended=True)
    token = (bytes((NEW_COMPACT_JWS,)) + write_length(len(HEADER)) + HEADER + write_length(len(PAYLOAD)) + PAYLOAD
             + write_length(len(SIGNATURE)))
    assert packed == b'{"id":"data:application/vc+jwt,' + token + b'","again":"\x02\x00"}'
    assert table == SIGNATURE
    assert unpack_values(packed, table, MAX_DECOMPRESSED_BYTES, extended=True) == text
    assert pack_values(text)[0] == text  # codec B does not know the token


@pytest.mark.parametrize("value", [
    f"{b64(HEADER)}.{b64(PAYLOAD)[:-1]}B.{b64(SIGNATURE)}",  # last character's unused bits set: not canonical
    f"{b64(HEADER)}.{b64(PAYLOAD)}.{b64(SIGNATURE)}AAA",  # a segment of 4n+1 characters is not base64url
    f"{b64(HEADER)}.{b64(PAYLOAD)}.{b64(SIGNATURE)}.{b64(SIGNATURE)}",  # four segments (not a compact JWS)
    f"x{JWS}",  # glued to other base64url text
])
def test_a_jws_whose_base64url_would_not_come_back_the_same_stays_text(value):
    text = compact_json({"id": value})
    packed, table = pack_values(text, extended=True)
    assert bytes((NEW_COMPACT_JWS,)) not in packed and table == b""
    assert decode_envelope(compress_presentation({"id": value}, codec=b"C")) == {"id": value}


def test_detached_and_unsigned_jws_and_decoded_bytes_that_are_not_json_round_trip():
    odd = bytes(range(256))  # control bytes, the token bytes 0x01-0x05, invalid UTF-8
    odd_header = b'{"' + odd
    for value in (f"{b64(HEADER)}..{b64(SIGNATURE)}", f"{b64(HEADER)}.{b64(PAYLOAD)}.",
                  f"{b64(odd_header)}.{b64(odd * 3)}.{b64(odd)}", f"a~{JWS}~{JWS}~"):
        vp = {"v": value, "w": [value, "eyJ"]}
        assert bytes((NEW_COMPACT_JWS,)) in jws_text(vp), value
        assert decode_payload(frame(compress_presentation(vp, codec=b"C")[1:])) == vp


def test_lengths_are_minimal_leb128():
    for size in (0, 1, 127, 128, 300, 16383, 16384, MAX_DECOMPRESSED_BYTES - 1):
        encoded = write_length(size)
        assert read_length(b"x" + encoded, 1) == (size, 1 + len(encoded))
    assert write_length(300) == b"\xac\x02" and len(write_length(MAX_DECOMPRESSED_BYTES)) == 4  # never read


@pytest.mark.parametrize(("text", "table", "message"), [
    (b'{"a":"\x05', b"", "cut short"),  # no header length
    (b'{"a":"\x05\x05abc', b"", "cut short"),  # header shorter than its length
    (b'{"a":"\x05\x01{', b"", "cut short"),  # no payload length
    (b'{"a":"\x05\x01{\x00\x40"}', bytes(63), "missing its bytes"),  # signature shorter than its length
    (b'{"a":"\x05\x01{\x00\x01"}', bytes(2), "unexpected bytes"),  # table bytes left over
    (b'{"a":"\x05\x81\x00', b"", "length is malformed"),  # a length written with more bytes than needed
    (b'{"a":"\x05\xff\xff\xff\x01', b"", "length is malformed"),  # over three bytes
    (b'{"a":"\x02\x00\x05\x01{\x00\x00"}', b"", "never gave"),  # a repeat before the JWS it names
    (b'{"a":"' + b"\x04" * MAX_VALUES + b'\x05\x01{\x00\x00"}', bytes(16 * MAX_VALUES), "more values"),
])
def test_malformed_jws_tokens_are_refused(text, table, message):
    with pytest.raises(PayloadRefused, match=message):
        decode_envelope(b"C" + c_body(text, table))


def test_a_malformed_jws_token_is_refused_in_french_too():
    with pytest.raises(PayloadRefused) as caught:
        decode_envelope(b"C" + c_body(b'{"a":"\x05\x81\x00', b""))
    assert render_error(caught.value, "fr").endswith("endommagé : la longueur d'un jeton compressé est mal formée.")


def test_jws_expansion_is_bounded_while_expanding():
    # 3 MiB of base64url would come out of 2.25 MiB of decoded bytes: refused before it is encoded
    big = 1_700_000
    text = b'"\x05' + write_length(big) + bytes(big) + b"\x00\x00" + b'"'
    with pytest.raises(PayloadRefused, match="2 MiB"):
        unpack_values(text, b"", MAX_DECOMPRESSED_BYTES, extended=True)
    # a JWS of 936 characters repeated until the result passes the cap
    small = b'"\x05' + write_length(700) + bytes(700) + b"\x00\x00" + b"\x02\x00" * 2300 + b'"'
    with pytest.raises(PayloadRefused, match="2 MiB"):
        unpack_values(small, b"", MAX_DECOMPRESSED_BYTES, extended=True)
    assert len(unpack_values(small, b"", 2301 * 936 + 2, extended=True)) == 2301 * 936 + 2  # exactly the cap


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.binary(max_size=40), st.sampled_from([HEADER, PAYLOAD, b"", b"{\"a\x05\x02"])),
                min_size=3, max_size=3),
       st.sampled_from(["", "data:application/vc+jwt,", "~", "x"]), st.text(alphabet="A_-.=~", max_size=3))
def test_codec_c_is_lossless_on_any_compact_jws(segments, before, after):
    header = b'{"' + segments[0]  # a header starts like a JSON object
    value = f"{before}{b64(header)}.{b64(segments[1])}.{b64(segments[2])}{after}"
    vp = {"id": value, "list": [value, value[:-1]]}
    assert decode_payload(frame(compress_presentation(vp, codec=b"C")[1:])) == vp


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=120), st.binary(max_size=80))
def test_random_jws_tokens_are_refused_with_a_typed_error_or_read(inside, table):
    try:
        decoded = decode_envelope(b"C" + c_body(b'{"a":"\x05' + inside + b'"}', table))
    except PayloadRefused:
        return
    assert isinstance(decoded, dict)


@pytest.mark.skipif(held_out_dir() is None, reason="this interop corpus has no public-ob3/ folder")
def test_every_held_out_credential_round_trips_byte_for_byte_and_its_presentation_still_verifies():
    loader, resolver = OfflineLoader(), DidResolver()
    jwts = 0
    for entry, credential in held_out_candidates():
        vp = presentation_of(credential)
        envelope = _compress(compact_json(vp), b"C")
        frames = encode_presentation(vp, max_version=20, ecc="M")
        decoded = decode_payload(frames if len(frames) > 1 else frames[0])
        assert compact_json(decoded) == compact_json(vp), entry["file"]
        assert decode_envelope(envelope) == vp, entry["file"]
        (result,) = verify_proofs(decoded, resolver=resolver, loader=loader)
        assert result.ok, (entry["file"], result.reason)
        if isinstance(credential, str):
            jwts += 1
            assert bytes((NEW_COMPACT_JWS,)) in jws_text(vp), entry["file"]  # every VC-JWT of the set is canonical
            assert decoded["verifiableCredential"][0]["id"] == f"data:application/vc+jwt,{credential}"
            assert json.loads(_payload(credential))  # the text inline in the deflate input is the JWT's JSON
    assert jwts >= 10


def _payload(token: str) -> bytes:
    body = token.split(".")[1]
    return base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
