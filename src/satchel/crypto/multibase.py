"""Byte encodings used by Data Integrity keys and proofs: base58btc multibase, multicodec, base64url."""

from __future__ import annotations

import base64
import re

import base58

from satchel.errors import InvalidKey

# multicodec varint prefixes of the public and secret keys we handle
ED25519_PUB = b"\xed\x01"
P256_PUB = b"\x80\x24"
P384_PUB = b"\x81\x24"
SECP256K1_PUB = b"\xe7\x01"
ED25519_PRIV = b"\x80\x26"
PUBLIC_KEY_CODECS = {ED25519_PUB: "Ed25519", P256_PUB: "P-256", P384_PUB: "P-384",
                     SECP256K1_PUB: "secp256k1"}
CODEC_FOR_CURVE = {curve: prefix for prefix, curve in PUBLIC_KEY_CODECS.items()}


def b58encode(data: bytes) -> str:
    return base58.b58encode(data).decode("ascii")


_BASE58BTC = re.compile(r"[1-9A-HJ-NP-Za-km-z]*")


def b58decode(text: str) -> bytes:
    """Strict base58btc: every character must be of the alphabet (the package trims whitespace).

    The package reads the number; its bytes come from ``int.to_bytes`` (the package's own loop of one
    ``divmod`` a byte is a tenth of a warm verification), and each leading ``1`` is a zero byte."""
    if not isinstance(text, str) or _BASE58BTC.fullmatch(text) is None:
        raise ValueError("base58btc data must be a string of base58btc characters")
    number = base58.b58decode_int(text)
    zeros = len(text) - len(text.lstrip("1"))
    return bytes(zeros) + number.to_bytes((number.bit_length() + 7) // 8, "big")


def multibase_decode(text: str) -> bytes:
    """Decode a base58btc (``z``) or base64url (``u``) multibase string."""
    if not isinstance(text, str) or len(text) < 2:
        raise ValueError("a multibase value must be a non-empty string")
    if text[0] == "z":
        return b58decode(text[1:])
    if text[0] == "u":
        return b64url_decode(text[1:])
    raise ValueError(f"unsupported multibase prefix {text[0]!r}")


def multibase_b58(data: bytes) -> str:
    return "z" + b58encode(data)


def b64url_decode(text: str) -> bytes:
    if not isinstance(text, str):
        raise ValueError("base64url data must be a string")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def split_multikey(multikey: str) -> tuple[str, bytes]:
    """``z6Mk…``/``zDn…``/``z82…`` → (curve name, raw public key bytes). Raises :class:`InvalidKey`."""
    try:
        data = multibase_decode(multikey)
    except ValueError as exc:
        raise InvalidKey(f"The public key is not valid multibase: {exc}.") from None
    curve = PUBLIC_KEY_CODECS.get(data[:2])
    if curve is None:
        raise InvalidKey("The public key is of a type Satchel does not support "
                         "(only Ed25519, P-256, P-384 and secp256k1 multikeys are).")
    return curve, data[2:]
