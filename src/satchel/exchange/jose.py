"""JOSE for the exchange protocols, through joserfc (the only importer of ``joserfc``).

Signing with the holder's Ed25519 key (``EdDSA``, the name the OpenID4VCI and OpenID4VP peers and
most wallets use, or ``Ed25519``, its fully-specified name, for a verifier that takes only that), verifying
a JWS with a public JWK, reading a JWT without trusting it, and the ECDH-ES / A128GCM encryption of
``direct_post.jwt`` responses.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from joserfc import jwe, jws
from joserfc.errors import JoseError
from joserfc.jwk import ECKey, OKPKey

from satchel import crypto
from satchel.errors import ExchangeRefused, InvalidKey

VERIFY_ALGORITHMS = ("ES256", "ES384", "EdDSA", "Ed25519")
ENCRYPTION = ("ECDH-ES", "A128GCM")
MAX_TOKEN = 200_000


@contextmanager
def _quiet() -> Iterator[None]:
    """joserfc warns that the name EdDSA is deprecated (RFC 9864); the peers and wallets still use it."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*deprecated via RFC 9864.*")
        yield


class _Registry(jws.JWSRegistry):
    """joserfc's defaults, with room for an ``x5c`` certificate in the header of a signed request."""

    max_header_length = 16_000
    max_payload_length = MAX_TOKEN


_REGISTRY = _Registry(algorithms=list(VERIFY_ALGORITHMS), strict_check_header=False)


def _ed25519_key(secret: bytes) -> OKPKey:
    public = crypto.public_jwk(crypto.public_key_from_multikey(crypto.ed25519_multikey(secret)))
    return OKPKey.import_key({**public, "d": crypto.b64url_encode(secret)})


ED25519_ALG = crypto.ED25519_JOSE_ALGS[0]  # the alg of a JWS the wallet signs when nothing asks for another name


def sign_ed25519(header: dict[str, Any], claims: dict[str, Any], secret: bytes, alg: str = ED25519_ALG) -> str:
    """A compact JWS of ``claims`` signed by an Ed25519 secret, ``alg`` one of its names (``EdDSA``, ``Ed25519``:
    :data:`satchel.crypto.ED25519_JOSE_ALGS`; the signature is the same)."""
    if alg not in crypto.ED25519_JOSE_ALGS:
        raise ValueError(f"{alg!r} is not a JOSE name of an Ed25519 signature")
    protected = {**header, "alg": alg}
    payload = json.dumps(claims, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    with _quiet():
        return jws.serialize_compact(protected, payload, _ed25519_key(secret), algorithms=[alg])


def _segment(part: str, what: str) -> dict[str, Any]:
    try:
        value = json.loads(crypto.b64url_decode(part))
    except (ValueError, TypeError, UnicodeDecodeError):
        raise ExchangeRefused(f"The {what} is not valid base64url JSON.", reason="malformed") from None
    if not isinstance(value, dict):
        raise ExchangeRefused(f"The {what} is not a JSON object.", reason="malformed")
    return value


def unverified(token: str) -> tuple[dict[str, Any], dict[str, Any], bool]:
    """(header, payload, signed?) of a compact JWT, read without checking anything.

    ``signed`` is False only for ``alg: none`` with an empty signature part.
    """
    if not isinstance(token, str) or len(token) > MAX_TOKEN or token.count(".") != 2:
        raise ExchangeRefused("The request object is not a compact JWT.", reason="malformed")
    head, body, signature = token.split(".")
    header = _segment(head, "JWT header")
    payload = _segment(body, "JWT payload")
    unsigned = header.get("alg") == "none" and signature == ""
    return header, payload, not unsigned


def verify_jws(token: str, jwk: dict[str, Any]) -> dict[str, Any]:
    """The payload of a JWS whose signature verifies with the public ``jwk``; refused otherwise."""
    try:
        key = OKPKey.import_key(jwk) if jwk.get("kty") == "OKP" else ECKey.import_key(jwk)
    except (JoseError, ValueError, TypeError) as exc:
        raise InvalidKey("The signer's key cannot be used to check a JWS.") from exc
    try:
        with _quiet():
            result = jws.deserialize_compact(token, key, registry=_REGISTRY)
    except (JoseError, ValueError) as exc:
        raise ExchangeRefused("The request's signature does not verify.", reason="bad_signature") from exc
    payload = json.loads(result.payload)
    if not isinstance(payload, dict):
        raise ExchangeRefused("The signed request is not a JSON object.", reason="malformed")
    return payload


def encrypt_ecdh_es(plaintext: dict[str, Any], jwk: dict[str, Any]) -> str:
    """A compact JWE (ECDH-ES, A128GCM) to the verifier's public P-256/P-384 key, ``kid`` echoed."""
    try:
        key = ECKey.import_key({k: v for k, v in jwk.items() if k in ("kty", "crv", "x", "y", "kid")})
    except (JoseError, ValueError, TypeError) as exc:
        raise ExchangeRefused("The verifier's encryption key cannot be used.", reason="bad_encryption_key") from exc
    header = {"alg": ENCRYPTION[0], "enc": ENCRYPTION[1]}
    if jwk.get("kid"):
        header["kid"] = jwk["kid"]
    data = json.dumps(plaintext, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return jwe.encrypt_compact(header, data, key, algorithms=list(ENCRYPTION))


__all__ = ["encrypt_ecdh_es", "sign_ed25519", "unverified", "verify_jws"]
