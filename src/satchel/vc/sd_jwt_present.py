"""The holder's SD-JWT VC presentation: the one builder for every way Satchel shows an SD-JWT VC —
``present --reveal`` and QR shares (JSON pointers), and OpenID4VP answers (DCQL claim paths, through
:func:`requested`).

- **What is revealed**: the disclosures the chosen claims need, with those of the objects above them and every
  disclosure below a chosen object; a chosen claim that is always visible needs none; a pointer that names no
  claim is a UsageError. ``None`` reveals every disclosure the signed payload references (one it does not
  reference would only make the verifier refuse the presentation); ``[]`` reveals none.
- **DCQL claim paths** become pointers over the credential's own claims (:func:`satchel.model.dcql.pointers_for`):
  a ``null`` step is each element of the array, so exactly what the verifier named is revealed.
- **Key binding JWT** (RFC 9901 §4.3): header ``typ kb+jwt``, ``alg EdDSA`` (or ``Ed25519``,
  its fully-specified name, when the caller asks: same signature); ``iat``, ``aud``, ``nonce`` and
  ``sd_hash`` (base64url of the token's ``_sd_alg`` digest of everything up to the last ``~``), signed with the
  wallet's Ed25519 key.
- **Only a key the credential names**: its ``cnf.jwk`` must be that key's public JWK, or ``cnf.kid`` a URL of the
  wallet's did:key. Otherwise :class:`HolderKeyMismatch`: a presentation signed with another key proves nothing,
  so nothing is signed. :func:`binding_problem` tells beforehand (an OpenID4VP consent screen lists such a
  credential as not presentable, with the reason).
- **Without key binding** (:func:`without_key_binding`): only when a verifier does not require holder binding
  (OpenID4VP 1.0 §B.3, ``require_cryptographic_holder_binding: false``) and the wallet cannot prove it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from satchel import crypto
from satchel.errors import HolderKeyMismatch, InvalidKey, ShareError
from satchel.model.dcql import pointers_for
from satchel.model.sd_jwt import disclosable_pointers, disclosed_payload, resolvable, select
from satchel.vc.sd_jwt import parse
from satchel.vc.sd_jwt_holder import KB_TYPE

KB_ALG = crypto.ED25519_JOSE_ALGS[0]  # the alg of a key binding JWT when nothing asks for another Ed25519 name


def holder_jwk(secret: bytes) -> dict[str, str]:
    """The public JWK of the wallet's Ed25519 key (what an issuer puts in ``cnf.jwk``)."""
    return crypto.public_jwk(crypto.public_key_from_multikey(crypto.ed25519_multikey(secret)))


def bound_to(token: str, secret: bytes, did: str) -> bool:
    """True when the credential's ``cnf`` names this wallet key."""
    return _names(parse(token).payload.get("cnf"), did, crypto.ed25519_multikey(secret))


def _names(cnf: Any, did: str, multikey: str) -> bool:
    """``cnf.jwk`` is the key of ``multikey`` (same RFC 7638 thumbprint), or ``cnf.kid`` a URL of ``did``."""
    if not isinstance(cnf, dict):
        return False
    jwk = cnf.get("jwk")
    if isinstance(jwk, dict):
        try:
            theirs = crypto.jwk_thumbprint(crypto.public_key_from_jwk(jwk))
        except InvalidKey:
            return False
        return theirs == crypto.jwk_thumbprint(crypto.public_key_from_multikey(multikey))
    kid = cnf.get("kid")
    return isinstance(kid, str) and kid.split("#", 1)[0] == did


def binding_problem(cnf: Any, keys: Iterable[tuple[str, str]]) -> str | None:
    """Why a credential whose ``cnf`` is this cannot be presented with proof of holding it by any of ``keys`` (the
    wallet's holder keys as (did, public multikey)): ``no_holder_key`` (it names none), ``other_key``; None when
    one of them is the key it names."""
    if not isinstance(cnf, dict) or not ({"jwk", "kid"} & set(cnf)):
        return "no_holder_key"
    return None if bound_key(cnf, keys) else "other_key"


def bound_key(cnf: Any, keys: Iterable[tuple[str, str]]) -> tuple[str, str] | None:
    """The (did, multikey) of ``keys`` that a credential's ``cnf`` names, if any."""
    return next(((did, multikey) for did, multikey in keys if _names(cnf, did, multikey)), None)


def applicable(token: str, pointers: Sequence[str]) -> list[str]:
    """The pointers that name a claim of this credential (the others belong to other credentials)."""
    return resolvable(parse(token), list(pointers))


def requested(token: str, paths: Sequence[Sequence[Any]]) -> list[str] | None:
    """The pointers of this credential that DCQL claim ``paths`` ask for (``null`` = each array element); None
    when no path is named (every claim). UsageError for a path that finds nothing."""
    if not paths:
        return None
    return pointers_for([{"path": list(path)} for path in paths], disclosed_payload(parse(token)))


def without_key_binding(token: str, pointers: Sequence[str] | None) -> str:
    """``<issuer-jwt>~<chosen disclosures>~`` with no key binding JWT: only for a verifier that does not require
    cryptographic holder binding (OpenID4VP ``require_cryptographic_holder_binding: false``)."""
    sd = parse(token)
    if sd.digest("") is None:
        raise ShareError(f"This SD-JWT credential hides its claims with a digest algorithm Satchel does not know "
                         f"({sd.hash_name[:40]}), so it cannot be presented.")
    return select(sd, disclosable_pointers(sd) if pointers is None else list(pointers))


def present(token: str, pointers: Sequence[str] | None, *, secret: bytes, did: str, aud: str, nonce: str,
            iat: int, alg: str = KB_ALG) -> str:
    """``<issuer-jwt>~<chosen disclosures>~<kb-jwt>``; ``pointers`` None keeps every referenced disclosure; ``alg``
    the KB-JWT's, one of :data:`satchel.crypto.ED25519_JOSE_ALGS`."""
    if alg not in crypto.ED25519_JOSE_ALGS:
        raise ValueError(f"{alg!r} is not a JOSE name of an Ed25519 signature")
    sd = parse(token)
    if sd.digest("") is None:
        raise ShareError(f"This SD-JWT credential hides its claims with a digest algorithm Satchel does not know "
                         f"({sd.hash_name[:40]}), so it cannot be presented.")
    if not isinstance(sd.payload.get("cnf"), dict):
        raise HolderKeyMismatch("This SD-JWT credential names no holder key (cnf), so it cannot be presented with "
                                "proof of holding it.")
    if not bound_to(token, secret, did):
        raise HolderKeyMismatch("This SD-JWT credential is bound to another key than this wallet's holder key, so "
                                "it cannot be presented with proof of holding it.")
    chosen = select(sd, disclosable_pointers(sd) if pointers is None else list(pointers))
    header = {"typ": KB_TYPE, "alg": alg}
    payload: dict[str, Any] = {"iat": iat, "aud": aud, "nonce": nonce, "sd_hash": sd.digest(chosen)}
    signing_input = ".".join(crypto.b64url_encode(json.dumps(part, separators=(",", ":")).encode("utf-8"))
                             for part in (header, payload))
    signature = crypto.sign_ed25519(secret, signing_input.encode("ascii"))
    return f"{chosen}{signing_input}.{crypto.b64url_encode(signature)}"


__all__ = ["KB_ALG", "applicable", "binding_problem", "bound_key", "bound_to", "holder_jwk", "present", "requested",
           "without_key_binding"]
