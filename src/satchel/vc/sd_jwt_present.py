"""The holder's SD-JWT VC presentation: only the chosen disclosures, then a key binding JWT (RFC 9901 §4.3:
``typ kb+jwt``, ``aud``, ``nonce``, ``iat``, ``sd_hash``) signed with the wallet's Ed25519 key.

The credential must name that key in ``cnf.jwk`` (or ``cnf.kid`` as the wallet's did:key); a credential bound
to another key cannot be presented by this wallet, and is refused rather than sent without proof.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from satchel import crypto
from satchel.errors import ShareError
from satchel.model.sd_jwt import resolvable, select
from satchel.vc.sd_jwt import KB_TYPE, parse


def holder_jwk(secret: bytes) -> dict[str, str]:
    """The public JWK of the wallet's Ed25519 key (what an issuer puts in ``cnf.jwk``)."""
    return crypto.public_jwk(crypto.public_key_from_multikey(crypto.ed25519_multikey(secret)))


def bound_to(token: str, secret: bytes, did: str) -> bool:
    """True when the credential's ``cnf`` names this wallet key."""
    cnf = parse(token).payload.get("cnf")
    if not isinstance(cnf, dict):
        return False
    jwk = cnf.get("jwk")
    if isinstance(jwk, dict):
        mine = holder_jwk(secret)
        return all(jwk.get(k) == v for k, v in mine.items())
    kid = cnf.get("kid")
    return isinstance(kid, str) and kid.split("#", 1)[0] == did


def applicable(token: str, pointers: Sequence[str]) -> list[str]:
    """The pointers that name a claim of this credential (the others belong to other credentials)."""
    return resolvable(parse(token), list(pointers))


def present(token: str, pointers: Sequence[str] | None, *, secret: bytes, did: str, aud: str, nonce: str,
            iat: int) -> str:
    """``<issuer-jwt>~<chosen disclosures>~<kb-jwt>``; ``pointers`` None keeps every disclosure."""
    sd = parse(token)
    if not bound_to(token, secret, did):
        raise ShareError("This SD-JWT credential is bound to another key than this wallet's holder key, so "
                         "it cannot be presented with proof of holding it.")
    chosen = sd.presented_part if pointers is None else select(sd, list(pointers))
    header = {"typ": KB_TYPE, "alg": "EdDSA"}
    payload: dict[str, Any] = {"iat": iat, "aud": aud, "nonce": nonce,
                               "sd_hash": parse(chosen).digest(chosen)}
    signing_input = ".".join(crypto.b64url_encode(json.dumps(part, separators=(",", ":")).encode("utf-8"))
                             for part in (header, payload))
    signature = crypto.sign_ed25519(secret, signing_input.encode("ascii"))
    return f"{chosen}{signing_input}.{crypto.b64url_encode(signature)}"


__all__ = ["applicable", "bound_to", "holder_jwk", "present"]
