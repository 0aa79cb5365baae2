"""split_compact_jws: structure only, strict base64url, never verification."""

from __future__ import annotations

import pytest

from satchel.errors import Malformed, TooLarge
from satchel.formats import looks_like_compact_jws, split_compact_jws

from ._builders import b64url, token


def test_splits_header_payload_signing_input_and_signature():
    text = token({"iss": "did:example:1"}, {"alg": "ES256", "kid": "k"}, b"\x01\x02\x03")
    header, payload, signing_input, signature = split_compact_jws(text)
    assert header == {"alg": "ES256", "kid": "k"}
    assert payload == {"iss": "did:example:1"}
    assert signing_input == text.rsplit(".", 1)[0].encode("ascii")
    assert signature == b"\x01\x02\x03"
    assert split_compact_jws(f"  {text}\n".encode()) == (header, payload, signing_input, signature)


def test_an_empty_signature_parses_so_the_verifier_can_refuse_alg_none():
    text = token({"a": 1}, {"alg": "none"}, b"")
    assert text.endswith(".")
    assert split_compact_jws(text)[3] == b""


def test_sd_jwt_disclosures_are_not_part_of_the_signed_token():
    text = token({"a": 1})
    assert split_compact_jws(text + "~WyJzYWx0IiwibmFtZSIsIngiXQ~")[2] == split_compact_jws(text)[2]


@pytest.mark.parametrize(
    "mutate",
    [
        lambda t: t.replace(".", "..", 1),  # four parts
        lambda t: t.rsplit(".", 1)[0],  # two parts
        lambda t: t + "=",  # padding
        lambda t: t.replace(".", ".+", 1),  # base64 (not base64url) alphabet
        lambda t: t.split(".")[0] + "." + t.split(".")[1] + "x." + t.split(".")[2],  # impossible length
        lambda t: "." + t.split(".", 1)[1],  # empty header
    ],
)
def test_broken_structure_is_malformed(mutate):
    with pytest.raises(Malformed):
        split_compact_jws(mutate(token({"a": 1})))


def test_non_canonical_base64url_is_refused():
    header = b64url(b'{"alg":"none"}')  # ends in a character whose low bits are unused
    payload = b64url(b'{"a":1}')
    last = payload[-1]
    twin = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    tweaked = payload[:-1] + twin[twin.index(last) + 1]
    split_compact_jws(f"{header}.{payload}.")
    with pytest.raises(Malformed, match="not valid base64url"):
        split_compact_jws(f"{header}.{tweaked}.")


@pytest.mark.parametrize("payload", [b"[1]", b'"text"', b"{broken", b"\xff\xfe"])
def test_payload_must_be_a_json_object(payload: bytes):
    with pytest.raises(Malformed, match="content of this signed token"):
        split_compact_jws(f"{b64url(b'{}')}.{b64url(payload)}.")


def test_oversized_tokens_are_refused_by_size():
    with pytest.raises(TooLarge):
        split_compact_jws("eyJ" + "a" * (5 * 1024 * 1024))


def test_shape_detection():
    assert looks_like_compact_jws(token({"a": 1}))
    assert not looks_like_compact_jws("hello.world.x")
    assert not looks_like_compact_jws("eyJ.a b.c")
