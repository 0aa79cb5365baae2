"""RSA public keys in PEM (SubjectPublicKeyInfo or PKCS#1), as Open Badges 2.0 key documents publish
them, turned into a JWK for :func:`satchel.crypto.public_key_from_jwk` (a tiny DER reader; nothing else
of ASN.1 is needed)."""

from __future__ import annotations

import base64
import binascii
import re

from satchel.crypto import b64url_encode
from satchel.errors import InvalidKey

_PEM = re.compile(r"-----BEGIN (RSA )?PUBLIC KEY-----(.+?)-----END (RSA )?PUBLIC KEY-----", re.S)
_RSA_OID = bytes.fromhex("2a864886f70d010101")


def _read(data: bytes, pos: int) -> tuple[int, bytes, int]:
    """(tag, content, next position) of the DER element at ``pos``."""
    if pos + 2 > len(data):
        raise InvalidKey("The PEM key is truncated.")
    tag, length = data[pos], data[pos + 1]
    pos += 2
    if length & 0x80:
        count = length & 0x7F
        if count == 0 or count > 4 or pos + count > len(data):
            raise InvalidKey("The PEM key has an invalid length.")
        length = int.from_bytes(data[pos:pos + count], "big")
        pos += count
    if pos + length > len(data):
        raise InvalidKey("The PEM key is truncated.")
    return tag, data[pos:pos + length], pos + length


def _rsa_numbers(pkcs1: bytes) -> tuple[bytes, bytes]:
    tag, body, _ = _read(pkcs1, 0)
    if tag != 0x30:
        raise InvalidKey("The RSA key is not a DER sequence.")
    tag_n, n, pos = _read(body, 0)
    tag_e, e, _ = _read(body, pos)
    if tag_n != 0x02 or tag_e != 0x02:
        raise InvalidKey("The RSA key does not hold two integers.")
    return n.lstrip(b"\x00"), e.lstrip(b"\x00")


def rsa_jwk_from_pem(pem: str) -> dict[str, str]:
    match = _PEM.search(pem or "")
    if not match:
        raise InvalidKey("The key document holds no PEM public key.")
    try:
        der = base64.b64decode("".join(match.group(2).split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidKey("The PEM key is not valid base64.") from exc
    if match.group(1):  # "RSA PUBLIC KEY": PKCS#1 directly
        n, e = _rsa_numbers(der)
    else:
        tag, spki, _ = _read(der, 0)
        tag_alg, algorithm, pos = _read(spki, 0)
        tag_bits, bits, _ = _read(spki, pos)
        _, oid, _ = _read(algorithm, 0)
        if tag != 0x30 or tag_alg != 0x30 or tag_bits != 0x03 or oid != _RSA_OID or not bits:
            raise InvalidKey("Only RSA public keys are supported in PEM form.")
        n, e = _rsa_numbers(bits[1:])
    return {"kty": "RSA", "n": b64url_encode(n), "e": b64url_encode(e)}
