"""Signature verification (never raises on a bad signature) and the holder's Ed25519 signing.

The ECDSA, RSA and serialization parts of ``cryptography`` load on first use (see keys.py)."""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519

from satchel.crypto.keys import PublicKey, ed25519_private_key, ed25519_public_bytes
from satchel.crypto.multibase import ED25519_PUB, multibase_b58
from satchel.errors import InvalidKey

# algorithm name → key kind it needs
_ALGORITHM_KEY = {"Ed25519": "Ed25519", "EdDSA": "Ed25519", "ES256": "P-256", "ES384": "P-384",
                  "ES256K": "secp256k1", "RS256": "RSA"}
# the JOSE names of one Ed25519 signature, the wallet's preference first: EdDSA (RFC 8037), what peers and most
# wallets know, then Ed25519, its fully-specified name (RFC 9864, which deprecates EdDSA); same bytes either way
ED25519_JOSE_ALGS = ("EdDSA", "Ed25519")
_DEFAULT_ALGORITHM = {"Ed25519": "Ed25519", "P-256": "ES256", "P-384": "ES384", "secp256k1": "ES256K",
                      "RSA": "RS256"}
_EC_SIZES = {"ES256": (32, hashes.SHA256), "ES384": (48, hashes.SHA384), "ES256K": (32, hashes.SHA256)}


def algorithm_for(key: PublicKey) -> str:
    """The one signature algorithm Satchel uses with this key (never taken from a document)."""
    return _DEFAULT_ALGORITHM[key.kind]


def verify(public_key: PublicKey, algorithm: str, data: bytes, signature: bytes) -> bool:
    """True only if ``signature`` is a valid ``algorithm`` signature of ``data`` by ``public_key``.

    ECDSA signatures are raw ``r‖s`` (as in Data Integrity and JOSE). A key/algorithm mismatch,
    a malformed signature or a wrong one all give False.
    """
    if _ALGORITHM_KEY.get(algorithm) != public_key.kind or not isinstance(signature, bytes):
        return False
    try:
        if public_key.kind == "Ed25519":
            public_key.key.verify(signature, data)
        elif algorithm in _EC_SIZES:
            from cryptography.hazmat.primitives.asymmetric import ec
            from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
            size, digest = _EC_SIZES[algorithm]
            if len(signature) != 2 * size:
                return False
            r = int.from_bytes(signature[:size], "big")
            s = int.from_bytes(signature[size:], "big")
            public_key.key.verify(encode_dss_signature(r, s), data, ec.ECDSA(digest()))
        else:
            from cryptography.hazmat.primitives.asymmetric import padding
            public_key.key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, ValueError):
        return False
    return True


def generate_ed25519() -> tuple[bytes, str]:
    """A new holder key: (32-byte secret seed, public multikey ``z6Mk…``)."""
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
    private = ed25519.Ed25519PrivateKey.generate()
    secret = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return secret, ed25519_multikey(secret)


def ed25519_multikey(secret: bytes) -> str:
    """The public multikey of an Ed25519 secret seed."""
    return multibase_b58(ED25519_PUB + ed25519_public_bytes(secret))


def sign_ed25519(secret: bytes, data: bytes) -> bytes:
    """Deterministic Ed25519 signature (64 bytes). Raises :class:`InvalidKey` on a bad secret."""
    return ed25519_private_key(secret).sign(data)


def sign_ecdsa(secret: bytes, curve: str, data: bytes) -> bytes:
    """Raw ``r‖s`` ECDSA signature with the curve's hash (P-256/SHA-256, P-384/SHA-384)."""
    algorithm = {"P-256": "ES256", "P-384": "ES384"}.get(curve)
    if algorithm is None:
        raise InvalidKey(f"Unsupported ECDSA curve {curve!r}.")
    size, digest = _EC_SIZES[algorithm]
    if len(secret) != size:
        raise InvalidKey(f"A {curve} secret key must be {size} bytes long.")
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
    ec_curve = ec.SECP256R1() if curve == "P-256" else ec.SECP384R1()
    private = ec.derive_private_key(int.from_bytes(secret, "big"), ec_curve)
    r, s = decode_dss_signature(private.sign(data, ec.ECDSA(digest())))
    return r.to_bytes(size, "big") + s.to_bytes(size, "big")
