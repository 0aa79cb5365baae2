"""satchel.crypto.rsa_jwk_from_pem: RSA public keys in PEM (as OB 2.0 key documents publish them)
read with cryptography's loaders, never a hand-written DER reader."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from satchel import crypto
from satchel.errors import InvalidKey

RSA_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()


def _expected(key: rsa.RSAPublicKey) -> dict[str, str]:
    numbers = key.public_numbers()
    return {"kty": "RSA",
            "n": crypto.b64url_encode(numbers.n.to_bytes((numbers.n.bit_length() + 7) // 8, "big")),
            "e": crypto.b64url_encode(numbers.e.to_bytes((numbers.e.bit_length() + 7) // 8, "big"))}


def _pem(key, fmt) -> str:
    return key.public_bytes(serialization.Encoding.PEM, fmt).decode()


@pytest.mark.parametrize("fmt", [serialization.PublicFormat.SubjectPublicKeyInfo,
                                 serialization.PublicFormat.PKCS1], ids=["spki", "pkcs1"])
def test_rsa_pem_becomes_a_jwk(fmt):
    assert crypto.rsa_jwk_from_pem(_pem(RSA_KEY, fmt)) == _expected(RSA_KEY)


def test_the_jwk_verifies_through_the_usual_door():
    jwk = crypto.rsa_jwk_from_pem(_pem(RSA_KEY, serialization.PublicFormat.SubjectPublicKeyInfo))
    assert crypto.public_key_from_jwk(jwk).kind


def test_pem_inside_surrounding_text_and_json_newlines_is_found():
    pem = _pem(RSA_KEY, serialization.PublicFormat.SubjectPublicKeyInfo)
    assert crypto.rsa_jwk_from_pem("key:\r\n" + pem.replace("\n", "\r\n") + " trailing") == _expected(RSA_KEY)


def _spki_der() -> bytes:
    return RSA_KEY.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def _wrap(der: bytes, label: str = "PUBLIC KEY") -> str:
    return f"-----BEGIN {label}-----\n{base64.encodebytes(der).decode()}-----END {label}-----\n"


@pytest.mark.parametrize("text", [
    "",
    "no key here",
    _wrap(b"not DER at all"),
    _wrap(_spki_der()[:-7]),                   # truncated
    _wrap(_spki_der() + b"\x00\x00"),          # bytes after the key: not one DER value
    "-----BEGIN PUBLIC KEY-----\n%%%%\n-----END PUBLIC KEY-----",
], ids=["empty", "none", "not-der", "truncated", "trailing-bytes", "not-base64"])
def test_bad_pem_is_an_invalid_key(text):
    with pytest.raises(InvalidKey):
        crypto.rsa_jwk_from_pem(text)


def test_a_non_rsa_key_is_refused_by_name():
    ec_pem = _pem(ec.generate_private_key(ec.SECP256R1()).public_key(),
                  serialization.PublicFormat.SubjectPublicKeyInfo)
    with pytest.raises(InvalidKey, match="RSA"):
        crypto.rsa_jwk_from_pem(ec_pem)


def test_no_module_outside_crypto_reads_der_by_hand():
    import pathlib
    src = pathlib.Path(crypto.__file__).resolve().parents[1]
    assert not (src / "vc" / "pem.py").exists()


def test_a_pem_flattened_onto_one_line_is_still_read():
    # Key documents sometimes carry the PEM without its line breaks (or with spaces instead).
    pem = _pem(RSA_KEY, serialization.PublicFormat.SubjectPublicKeyInfo)
    assert crypto.rsa_jwk_from_pem(pem.replace("\n", "")) == _expected(RSA_KEY)
    assert crypto.rsa_jwk_from_pem(pem.replace("\n", " ")) == _expected(RSA_KEY)
    pkcs1 = _pem(RSA_KEY, serialization.PublicFormat.PKCS1)
    assert crypto.rsa_jwk_from_pem(pkcs1.replace("\n", "")) == _expected(RSA_KEY)
