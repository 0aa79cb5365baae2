"""Baked PNG: the real chunk structure, CRCs, iTXt/tEXt/zTXt, capped inflation, OB 3.0 and OB 2.0 content."""

from __future__ import annotations

import json
import zlib

import pytest

from satchel.errors import Malformed, NoCredentialFound, TooLarge, UnsupportedFormat
from satchel.formats import parse
from satchel.model.credential import CredentialFormat, SignedForm

from ._builders import chunk, itxt, ob2_assertion, ob3_credential, png, text_chunk, token, ztxt


def _only(data: bytes):
    parsed = parse(data, filename="badge.png")
    assert parsed.presentation is None
    (credential,) = parsed.credentials
    assert credential.raw == data
    assert credential.format is CredentialFormat.BAKED_PNG
    assert credential.media_type == "image/png"
    return credential


def test_ob3_json_in_itxt():
    credential = _only(png(itxt("openbadgecredential", json.dumps(ob3_credential()))))
    assert credential.signed_form is SignedForm.DATA_INTEGRITY
    assert credential.verifiable == credential.document == ob3_credential()
    assert credential.display.name == "Bread Baking"


def test_ob3_vc_jwt_in_compressed_itxt():
    jwt = token({"iss": "did:example:issuer", "vc": ob3_credential()})
    credential = _only(png(itxt("openbadgecredential", jwt, compressed=True)))
    assert credential.signed_form is SignedForm.VC_JWT
    assert credential.verifiable == jwt
    assert credential.display.issuer_name == "Village Bakery School"


def test_ob2_hosted_url_in_text_chunk():
    credential = _only(png(text_chunk("openbadges", "https://badges.example/assertions/7")))
    assert credential.signed_form is SignedForm.OB2_HOSTED
    assert credential.verifiable == {"id": "https://badges.example/assertions/7"}
    assert credential.display.public_url == "https://badges.example/assertions/7"


def test_ob2_signed_assertion_in_ztxt():
    jws = token(ob2_assertion(verification={"type": "signed"}), {"alg": "RS256"})
    credential = _only(png(ztxt("openbadges", jws)))
    assert credential.signed_form is SignedForm.OB2_SIGNED
    assert credential.verifiable == jws
    assert credential.display.name == "Robotics"


def test_ob3_wins_over_ob2_and_the_first_chunk_of_a_keyword_counts():
    data = png(
        itxt("openbadges", "https://badges.example/old"),
        itxt("openbadgecredential", json.dumps(ob3_credential(name="First"))),
        itxt("openbadgecredential", json.dumps(ob3_credential(name="Second"))),
    )
    assert _only(data).display.name == "First"


def test_an_ob3_chunk_holding_only_a_url_is_not_a_credential():
    with pytest.raises(UnsupportedFormat):
        parse(png(itxt("openbadgecredential", "https://example.org/credential")))


def test_other_text_chunks_are_ignored():
    with pytest.raises(NoCredentialFound) as info:
        parse(png(itxt("Comment", "hello"), text_chunk("Software", "paint")))
    assert str(info.value) == "This PNG image has no badge baked into it."


def test_a_flipped_byte_breaks_the_crc():
    data = bytearray(png(itxt("openbadgecredential", json.dumps(ob3_credential()))))
    data[60] ^= 0x01
    with pytest.raises(Malformed, match="checksum"):
        parse(bytes(data))


@pytest.mark.parametrize("cut", [8, 20, 40, -1, -5, -12])
def test_truncated_images_are_malformed(cut: int):
    data = png(itxt("openbadgecredential", json.dumps(ob3_credential())))
    with pytest.raises(Malformed, match="PNG image"):
        parse(data[:cut])


def test_the_first_chunk_must_be_the_header():
    data = png()
    body = data[8:]
    header, rest = body[:25], body[25:]
    with pytest.raises(Malformed, match="header chunk"):
        parse(data[:8] + rest[:-12] + header + rest[-12:])


def test_a_chunk_with_an_impossible_length_is_malformed():
    data = png()
    forged = data[:8] + b"\xff\xff\xff\xf0" + data[12:]
    with pytest.raises(Malformed, match=r"impossible length|cut short"):
        parse(forged)


def test_a_compression_bomb_stops_at_the_cap():
    bomb = zlib.compress(b"{" + b" " * (64 * 1024 * 1024), 9)
    data = png(chunk(b"iTXt", b"openbadgecredential\0\x01\x00\0\0" + bomb))
    with pytest.raises(TooLarge, match="unpacks to more than 4 MB"):
        parse(data)


def test_broken_compressed_text_is_malformed():
    data = png(chunk(b"iTXt", b"openbadgecredential\0\x01\x00\0\0" + b"not zlib at all"))
    with pytest.raises(Malformed, match="compressed badge text"):
        parse(data)


def test_badge_text_that_is_neither_json_nor_a_token_is_malformed():
    with pytest.raises(Malformed, match="neither JSON"):
        parse(png(itxt("openbadgecredential", "just words")))


def test_a_file_named_png_that_is_not_one():
    with pytest.raises(Malformed, match="not a PNG image"):
        parse(b"definitely not an image", filename="badge.png")
    with pytest.raises(UnsupportedFormat, match="JPEG"):
        parse(b"\xff\xd8\xff\xe0 a photo", filename="me.jpg")


def test_images_over_16_mb_are_refused_by_size():
    with pytest.raises(TooLarge, match="a badge image is at most 16 MB"):
        parse(png() + b"\0" * (17 * 1024 * 1024))
