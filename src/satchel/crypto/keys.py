"""Public keys from multikeys and JWKs, and the holder's Ed25519 secret key encodings.

Only the Ed25519 part of ``cryptography`` is loaded with this module; the EC, RSA and serialization
modules load with the first key of their kind (a cold ``satchel verify`` of an Ed25519-signed credential
needs none of them).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric import ed25519

from satchel.crypto.multibase import (
    CODEC_FOR_CURVE,
    ED25519_PRIV,
    b58decode,
    b64url_decode,
    b64url_encode,
    multibase_b58,
    multibase_decode,
    split_multikey,
)
from satchel.errors import InvalidKey

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import ec

_CURVES = ("P-256", "P-384", "secp256k1")
_COORDINATE_SIZE = {"P-256": 32, "P-384": 48, "secp256k1": 32}
_P256_PRIV = b"\x86\x26"
_P384_PRIV = b"\x87\x26"
MIN_RSA_BITS = 2048


@dataclass(frozen=True)
class PublicKey:
    """A verified-well-formed public key. ``kind`` is ``Ed25519``, ``P-256``, ``P-384``, ``secp256k1``
    or ``RSA``."""

    kind: str
    key: Any = field(repr=False, compare=False)
    raw: bytes = b""  # raw Ed25519 bytes or compressed EC point; empty for RSA

    @property
    def multikey(self) -> str:
        """The base58btc multikey (``z6Mk…``, ``zDn…``, ``z82…``) of an Ed25519 or EC key."""
        if self.kind not in CODEC_FOR_CURVE:
            raise InvalidKey("RSA keys have no multikey form.")
        return multibase_b58(CODEC_FOR_CURVE[self.kind] + self.raw)


def _ed25519(raw: bytes) -> PublicKey:
    if len(raw) != 32:
        raise InvalidKey("An Ed25519 public key must be 32 bytes long.")
    return PublicKey("Ed25519", ed25519.Ed25519PublicKey.from_public_bytes(raw), raw)


def _ec_curve(curve: str) -> ec.EllipticCurve:
    from cryptography.hazmat.primitives.asymmetric import ec
    curves: dict[str, Callable[[], ec.EllipticCurve]] = {"P-256": ec.SECP256R1, "P-384": ec.SECP384R1,
                                                         "secp256k1": ec.SECP256K1}
    return curves[curve]()


def _ec_point(curve: str, point: bytes) -> PublicKey:
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
    try:
        key = ec.EllipticCurvePublicKey.from_encoded_point(_ec_curve(curve), point)
    except ValueError:
        raise InvalidKey(f"The {curve} public key is not a valid point on the curve.") from None
    return PublicKey(curve, key, key.public_bytes(Encoding.X962, PublicFormat.CompressedPoint))


def public_key_from_multikey(multikey: str) -> PublicKey:
    """Decode ``publicKeyMultibase`` (Ed25519 0xed01, P-256 0x8024, P-384 0x8124, secp256k1 0xe701)."""
    if isinstance(multikey, str) and len(multikey) <= 256:
        return _public_key_from_multikey(multikey)
    return _decode_multikey(multikey)


@lru_cache(maxsize=1024)  # a pure function of the string, and PublicKey is immutable
def _public_key_from_multikey(multikey: str) -> PublicKey:
    return _decode_multikey(multikey)


def _decode_multikey(multikey: str) -> PublicKey:
    curve, raw = split_multikey(multikey)
    return _ed25519(raw) if curve == "Ed25519" else _ec_point(curve, raw)


def public_key_from_base58(value: str) -> PublicKey:
    """Legacy ``publicKeyBase58`` of an Ed25519VerificationKey2018 (raw 32 bytes, no multicodec)."""
    try:
        return _ed25519(b58decode(value))
    except ValueError:
        raise InvalidKey("The Ed25519 public key is not valid base58.") from None


def _b64_field(jwk: dict[str, Any], name: str) -> bytes:
    problem = InvalidKey(f"The JWK field {name!r} is missing or not base64url.")
    value = jwk.get(name)
    if not isinstance(value, str):
        raise problem
    try:
        return b64url_decode(value)
    except ValueError:
        raise problem from None


def public_key_from_jwk(jwk: dict[str, Any]) -> PublicKey:
    """OKP Ed25519, EC P-256/P-384/secp256k1 and RSA (at least 2048 bits) public JWKs."""
    if not isinstance(jwk, dict):
        raise InvalidKey("A JWK must be a JSON object.")
    kty, crv = jwk.get("kty"), jwk.get("crv")
    if kty == "OKP" and crv == "Ed25519":
        return _ed25519(_b64_field(jwk, "x"))
    if kty == "EC" and crv in _CURVES:
        size = _COORDINATE_SIZE[crv]
        x, y = _b64_field(jwk, "x"), _b64_field(jwk, "y")
        if len(x) != size or len(y) != size:
            raise InvalidKey(f"The {crv} JWK coordinates have the wrong length.")
        return _ec_point(crv, b"\x04" + x + y)
    if kty == "RSA":
        from cryptography.hazmat.primitives.asymmetric import rsa
        n = int.from_bytes(_b64_field(jwk, "n"), "big")
        e = int.from_bytes(_b64_field(jwk, "e"), "big")
        if n.bit_length() < MIN_RSA_BITS:
            raise InvalidKey("RSA keys shorter than 2048 bits are refused.")
        try:
            return PublicKey("RSA", rsa.RSAPublicNumbers(e, n).public_key())
        except ValueError:
            raise InvalidKey("The RSA JWK is not a valid public key.") from None
    raise InvalidKey(f"Unsupported JWK key type {kty!r} / curve {crv!r}.")


def public_jwk(key: PublicKey) -> dict[str, str]:
    """The public JWK of a key: exactly the members RFC 7638 requires (for did:jwk documents, cnf and
    thumbprints)."""
    if key.kind == "Ed25519":
        return {"kty": "OKP", "crv": "Ed25519", "x": b64url_encode(key.raw)}
    if key.kind in _CURVES:
        numbers = key.key.public_numbers()
        size = _COORDINATE_SIZE[key.kind]
        return {"kty": "EC", "crv": key.kind, "x": b64url_encode(numbers.x.to_bytes(size, "big")),
                "y": b64url_encode(numbers.y.to_bytes(size, "big"))}
    rsa_numbers = key.key.public_numbers()
    return {"kty": "RSA", "n": b64url_encode(_unsigned(rsa_numbers.n)), "e": b64url_encode(_unsigned(rsa_numbers.e))}


def _unsigned(value: int) -> bytes:
    return value.to_bytes(max(1, (value.bit_length() + 7) // 8), "big")


def jwk_thumbprint(key: PublicKey) -> str:
    """The RFC 7638 SHA-256 thumbprint of the key (base64url): the same key always gives the same value,
    however its JWK or multikey was written."""
    canonical = json.dumps(public_jwk(key), sort_keys=True, separators=(",", ":"))
    return b64url_encode(hashlib.sha256(canonical.encode("utf-8")).digest())


def did_key_for(multikey: str) -> str:
    """``did:key:<multikey>`` after checking that the multikey is one we support."""
    public_key_from_multikey(multikey)
    return "did:key:" + multikey


def decode_secret_multikey(secret_multibase: str) -> tuple[str, bytes]:
    """``secretKeyMultibase`` → (kind, 32/48-byte secret). Ed25519 accepts a 32-byte seed or seed‖public."""
    try:
        data = multibase_decode(secret_multibase)
    except ValueError:
        raise InvalidKey("The secret key is not valid multibase.") from None
    prefix, body = data[:2], data[2:]
    if prefix == ED25519_PRIV and len(body) in (32, 64):
        return "Ed25519", body[:32]
    if prefix == _P256_PRIV and len(body) == 32:
        return "P-256", body
    if prefix == _P384_PRIV and len(body) == 48:
        return "P-384", body
    raise InvalidKey("The secret key is of a type or length Satchel does not support.")


def encode_ed25519_secret_multikey(secret: bytes) -> str:
    """The ``secretKeyMultibase`` form (0x8026 + seed‖public) the JS ed25519-multikey library writes."""
    public = ed25519_public_bytes(secret)
    return multibase_b58(ED25519_PRIV + secret + public)


def ed25519_public_bytes(secret: bytes) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
    return ed25519_private_key(secret).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def ed25519_private_key(secret: bytes) -> ed25519.Ed25519PrivateKey:
    if not isinstance(secret, bytes) or len(secret) != 32:
        raise InvalidKey("An Ed25519 secret key must be 32 bytes long.")
    return ed25519.Ed25519PrivateKey.from_private_bytes(secret)
