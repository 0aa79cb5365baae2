"""Verifying an SD-JWT VC (``dc+sd-jwt``) as the issuer handed it over.

- format: header ``typ`` ``dc+sd-jwt`` (``vc+sd-jwt`` is read too), a ``vct``, an ``iss``; every
  disclosure must be referenced by a digest of the issuer-signed claims (``_sd_alg`` sha-256), else the
  credential is malformed;
- signature and issuer key: for a DID ``iss``, the key its ``kid`` names in the DID document; for an https
  ``iss``, the JWT VC Issuer Metadata at ``/.well-known/jwt-vc-issuer`` on that very origin (its ``issuer``
  must equal ``iss``; keys inline in ``jwks``), key chosen by ``kid`` — identity comes from the issuer;
- dates from ``nbf``/``iat`` and ``exp``; a ``status`` claim (token status lists) cannot be read yet:
  the status is then unknown, named.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from satchel.crypto import public_key_from_jwk
from satchel.errors import FetchError, InvalidKey, Malformed, SatchelError
from satchel.model import Check, CheckName, SignedForm, VerificationReport
from satchel.vc import checks
from satchel.vc.datamodel import Shape
from satchel.vc.dates import jwt_validity
from satchel.vc.jws import signature_with_key, split_jws, verify_did_jws

if TYPE_CHECKING:
    from satchel.vc.engine import Verifier

FORMAT, SIGNATURE, ISSUER_KEY = CheckName.FORMAT, CheckName.SIGNATURE, CheckName.ISSUER_KEY
TYPES = ("dc+sd-jwt", "vc+sd-jwt")
MAX_DISCLOSURES = 500


def _digest(disclosure: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(disclosure.encode("ascii")).digest()).rstrip(b"=").decode()


def _b64json(part: str) -> Any:
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def _referenced(value: Any, found: set[str]) -> None:
    if isinstance(value, dict):
        for digest in value.get("_sd") or []:
            if isinstance(digest, str):
                found.add(digest)
        for key, item in value.items():
            if key == "...":
                if isinstance(item, str):
                    found.add(item)
            elif key != "_sd":
                _referenced(item, found)
    elif isinstance(value, list):
        for item in value:
            _referenced(item, found)


def _disclosures_problem(payload: dict[str, Any], disclosures: list[str]) -> str | None:
    if len(disclosures) > MAX_DISCLOSURES:
        return "it carries too many disclosures."
    if payload.get("_sd_alg", "sha-256") != "sha-256":
        return f"its disclosures use {payload.get('_sd_alg')!r}, which Satchel does not read."
    found: set[str] = set()
    _referenced(payload, found)
    for disclosure in disclosures:
        try:
            decoded = _b64json(disclosure)
        except (ValueError, UnicodeDecodeError):
            return "a disclosure is not valid base64url JSON."
        if not isinstance(decoded, list) or len(decoded) not in (2, 3):
            return "a disclosure is not a list of two or three items."
        _referenced(decoded[-1], found)
    missing = [d for d in disclosures if _digest(d) not in found]
    return "a disclosure is not covered by the issuer's signature." if missing else None


def _issuer_metadata_key(engine: Verifier, iss: str, kid: Any) -> tuple[Any, dict[str, Any]]:
    parts = urlsplit(iss)
    url = f"https://{parts.netloc}/.well-known/jwt-vc-issuer{parts.path.rstrip('/')}"
    metadata, _ = engine.source.fetch_json(url)
    if metadata.get("issuer") != iss:
        raise InvalidKey("The issuer's metadata names another issuer.")
    keys = (metadata.get("jwks") or {}).get("keys") if isinstance(metadata.get("jwks"), dict) else None
    candidates = [k for k in keys or [] if isinstance(k, dict) and (kid is None or k.get("kid") == kid)]
    if len(candidates) != 1:
        raise InvalidKey("The issuer's metadata does not name one key for this credential.")
    return public_key_from_jwk(candidates[0]), {"metadata": url, "kid": kid}


def _signature(engine: Verifier, jws: Any, iss: str) -> tuple[Check, Check]:
    if iss.startswith("did:"):
        resolver, web = engine.resolver()
        signature, issuer_key, _ = verify_did_jws(jws, iss, resolver, web)
        return signature, issuer_key
    if not iss.startswith("https://"):
        return (checks.failed(SIGNATURE, "failed", {"iss": iss[:200]}), checks.unknown(ISSUER_KEY, "skipped"))
    try:
        key, details = _issuer_metadata_key(engine, iss, jws.header.get("kid"))
    except FetchError as exc:
        return (checks.unknown(SIGNATURE, "key_unavailable", {"iss": iss, "reason": exc.message}),
                checks.unknown(ISSUER_KEY, "skipped"))
    except (InvalidKey, Malformed) as exc:
        return (checks.failed(SIGNATURE, "failed", {"iss": iss, "reason": exc.message}),
                checks.unknown(ISSUER_KEY, "skipped"))
    signature = signature_with_key(jws, key, details)
    if signature.status.value != "ok":
        return signature, checks.unknown(ISSUER_KEY, "skipped")
    return signature, checks.ok(ISSUER_KEY, "ok", {**details, "issuer": iss})


def _top_level_claims(payload: dict[str, Any], disclosures: list[str]) -> dict[str, Any]:
    """The issuer's claims with the top-level disclosures put back (for the report's title)."""
    claims = {k: v for k, v in payload.items() if k not in ("_sd", "_sd_alg")}
    digests = set(payload.get("_sd") or [])
    for disclosure in disclosures:
        try:
            decoded = _b64json(disclosure)
        except (ValueError, UnicodeDecodeError):
            continue
        if isinstance(decoded, list) and len(decoded) == 3 and isinstance(decoded[1], str) \
                and _digest(disclosure) in digests:
            claims.setdefault(decoded[1], decoded[2])
    name = claims.get("achievement_name") or claims.get("title")
    if isinstance(name, str) and "name" not in claims:
        claims["name"] = name
    return claims


def verify_sd_jwt_vc(engine: Verifier, token: str) -> VerificationReport:
    parts = token.strip().split("~")
    jws = split_jws(parts[0])
    disclosures = [p for p in parts[1:] if p and "." not in p]  # a trailing key-binding JWT has dots
    claims = _top_level_claims(jws.payload, disclosures)
    iss, vct = jws.payload.get("iss"), jws.payload.get("vct")
    if jws.header.get("typ") not in TYPES or not isinstance(vct, str) or not isinstance(iss, str):
        reason = "it is not an SD-JWT VC (typ dc+sd-jwt, vct and iss)."
        return engine._report("credential", claims, [checks.failed(FORMAT, "malformed", {"reason": reason},
                                                                    reason=reason)])
    problem = _disclosures_problem(jws.payload, disclosures)
    if problem is not None:
        return engine._report("credential", claims, [checks.failed(FORMAT, "malformed", {"reason": problem},
                                                                    reason=problem)])
    try:
        validity = jwt_validity(jws.payload)
    except SatchelError as exc:
        return engine.garbled("credential", exc)
    issuer_name = claims.get("issuer_name") if isinstance(claims.get("issuer_name"), str) else None
    shape = Shape(checks.ok(FORMAT, "ok"), "sd-jwt-vc", iss, issuer_name, validity)
    signature, issuer_key = _signature(engine, jws, iss)
    status = (checks.unknown(CheckName.STATUS, "unsupported", {"status": jws.payload["status"]}, type="token status list")
              if "status" in jws.payload else checks.ok(CheckName.STATUS, "none"))
    return engine.finish(claims, shape, signature, issuer_key, with_status=True, status=status,
                         details={"signed_form": SignedForm.SD_JWT_VC.value, "alg": jws.alg, "vct": vct})


__all__ = ["verify_sd_jwt_vc"]
