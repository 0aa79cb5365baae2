"""SD-JWT VCs (``dc+sd-jwt``, IETF SD-JWT VC): the issuer JWT, its disclosures, and display fields.

Stored exactly as received (the compact ``jwt~disclosure~…~``); the disclosed claims are put back only
for display and for matching presentation requests. Never verifies (satchel.vc does).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from satchel.formats._sd_jwt import disclosed_payload
from satchel.model import CredentialFormat, DisplayFields, ParsedCredential, SignedForm

MEDIA_SD_JWT_VC = "application/dc+sd-jwt"
TYPES = ("dc+sd-jwt", "vc+sd-jwt")


def looks_like_sd_jwt_vc(token: str, header: dict[str, Any], payload: dict[str, Any]) -> bool:
    return "~" in token and (header.get("typ") in TYPES or isinstance(payload.get("vct"), str)) \
        and "vc" not in payload


def _text(value: Any) -> str | None:
    return value.strip()[:500] if isinstance(value, str) and value.strip() else None


def _instant(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < 1e11:
        return datetime.fromtimestamp(value, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return None


def _display(claims: dict[str, Any]) -> DisplayFields:
    vct = _text(claims.get("vct"))
    given, family = _text(claims.get("given_name")), _text(claims.get("family_name"))
    person = " ".join(p for p in (given, family) if p) or _text(claims.get("name"))
    achievement = _text(claims.get("achievement_name"))
    found = claims.get("achievement")
    nested: dict[str, Any] = found if isinstance(found, dict) else {}
    achievement = achievement or _text(nested.get("name"))
    return DisplayFields(
        name=achievement or _text(claims.get("title")) or (vct.rstrip("/").rsplit("/", 1)[-1] if vct else None),
        description=_text(nested.get("description")),
        issuer_name=_text(claims.get("issuer_name")),
        issuer_id=_text(claims.get("iss")),
        subject_name=person,
        issued=_instant(claims.get("iat")),
        valid_from=_instant(claims.get("nbf")) or _instant(claims.get("iat")),
        valid_until=_instant(claims.get("exp")),
        achievement_type=_text(claims.get("achievement_type")) or _text(nested.get("achievement_type")),
        achievement_name=achievement,
        extra={"vct": vct} if vct else {})


def credential_from_sd_jwt_vc(token: str, payload: dict[str, Any], raw: bytes) -> ParsedCredential:
    claims = disclosed_payload(token, payload)
    return ParsedCredential(raw=raw, format=CredentialFormat.SD_JWT_VC, signed_form=SignedForm.SD_JWT_VC,
                            document=claims, verifiable=token.strip(), display=_display(claims),
                            media_type=MEDIA_SD_JWT_VC)


__all__ = ["MEDIA_SD_JWT_VC", "credential_from_sd_jwt_vc", "looks_like_sd_jwt_vc"]
