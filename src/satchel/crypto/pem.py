"""RSA public keys in PEM (SubjectPublicKeyInfo or PKCS#1), as Open Badges 2.0 key documents publish
them, read with ``cryptography``'s loaders and turned into a JWK for :func:`public_key_from_jwk`."""

from __future__ import annotations

import re

from cryptography.exceptions import UnsupportedAlgorithm

from satchel.crypto.multibase import b64url_encode
from satchel.errors import InvalidKey

# One PEM block, wherever it sits in the document's string (key documents wrap it in other text).
_PEM = re.compile(r"-----BEGIN (?:RSA )?PUBLIC KEY-----.+?-----END (?:RSA )?PUBLIC KEY-----", re.S)


def _unsigned(number: int) -> str:
    return b64url_encode(number.to_bytes((number.bit_length() + 7) // 8 or 1, "big"))


def rsa_jwk_from_pem(pem: str) -> dict[str, str]:
    """``{"kty": "RSA", "n", "e"}`` of the RSA public key in ``pem``; :class:`InvalidKey` otherwise."""
    match = _PEM.search(pem) if isinstance(pem, str) else None
    if not match:
        raise InvalidKey("The key document holds no PEM public key.")
    block = "\n".join(line.strip() for line in match.group(0).splitlines())
    from cryptography.hazmat.primitives.asymmetric import rsa  # loaded with the first PEM key (see keys.py)
    from cryptography.hazmat.primitives.serialization import load_pem_public_key
    try:
        key = load_pem_public_key(block.encode("ascii"))
    except (ValueError, UnsupportedAlgorithm, UnicodeEncodeError) as exc:
        raise InvalidKey("The PEM public key cannot be read (damaged or not a public key).") from exc
    if not isinstance(key, rsa.RSAPublicKey):
        raise InvalidKey("Only RSA public keys are supported in PEM form.")
    numbers = key.public_numbers()
    return {"kty": "RSA", "n": _unsigned(numbers.n), "e": _unsigned(numbers.e)}
