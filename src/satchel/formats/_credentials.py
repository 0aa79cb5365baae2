"""One credential from a JSON object or a compact token: VC / OB 3.0, VC-JWT, OB 2.0 assertion or JWS."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

from satchel.clock import isoformat
from satchel.errors import UnsupportedFormat
from satchel.formats._ecdsa_sd import disclosable_fields, mandatory_pointers
from satchel.formats._jws import split_compact_jws
from satchel.model.credential import CredentialFormat, DisplayFields, ParsedCredential, SignedForm

OB2_CONTEXT_PREFIX = "https://w3id.org/openbadges/"
MEDIA_VC_JSON = "application/ld+json"
MEDIA_VC_JWT = "application/vc+jwt"
MEDIA_OB2_JSON = "application/json"
MEDIA_JOSE = "application/jose"
MEDIA_SD_JWT_VC = "application/dc+sd-jwt"

# Off while parsing for a verification only (formats.parse(..., display=False)): the verifier never reads
# the display fields, and extracting them (with the EU checklist) costs more than reading the JSON.
_DISPLAY: ContextVar[bool] = ContextVar("satchel_formats_display", default=True)


@contextmanager
def display_fields(wanted: bool) -> Iterator[None]:
    """Within this block, credentials read by this module get their display fields only if ``wanted``
    (else empty :class:`DisplayFields`, and no list of the fields a holder may hide)."""
    token = _DISPLAY.set(wanted)
    try:
        yield
    finally:
        _DISPLAY.reset(token)


def types_of(obj: dict[str, Any]) -> set[str]:
    value = obj.get("type", obj.get("@type"))
    if isinstance(value, str):
        return {value}
    if isinstance(value, list):
        return {item for item in value if isinstance(item, str)}
    return set()


def is_credential(obj: dict[str, Any]) -> bool:
    return "VerifiableCredential" in types_of(obj)


def is_presentation(obj: dict[str, Any]) -> bool:
    return "VerifiablePresentation" in types_of(obj)


def is_ob2_assertion(obj: dict[str, Any]) -> bool:
    """OB 2.0 (and the 1.x forms it upgrades): typed Assertion, the OB context, or the classic shape."""
    if "Assertion" in types_of(obj):
        return True
    contexts = obj.get("@context")
    contexts = contexts if isinstance(contexts, list) else [contexts]
    if any(isinstance(ctx, str) and ctx.startswith(OB2_CONTEXT_PREFIX) for ctx in contexts):
        return not is_credential(obj)
    return "recipient" in obj and "badge" in obj and ("verify" in obj or "verification" in obj)


def credential_from_object(obj: dict[str, Any], raw: bytes) -> ParsedCredential:
    """A VC / OB 3.0 credential or an OB 2.0 assertion given as JSON; anything else is refused."""
    if is_credential(obj):
        parsed = _make(raw, CredentialFormat.VC_JSON, SignedForm.DATA_INTEGRITY, obj, obj, MEDIA_VC_JSON)
        hideable = disclosable_fields(obj) if _DISPLAY.get() else None
        if hideable is None:
            return parsed
        extra = {**parsed.display.extra, "disclosable": hideable, "mandatory": mandatory_pointers(obj)}
        return replace(parsed, display=replace(parsed.display, extra=extra))
    if is_ob2_assertion(obj):
        return _make(raw, CredentialFormat.OB2_JSON, SignedForm.OB2_HOSTED, obj, obj, MEDIA_OB2_JSON)
    if is_presentation(obj):
        raise UnsupportedFormat("A presentation was found where a single credential was expected.")
    raise UnsupportedFormat(
        "This JSON document is not a credential (it has no VerifiableCredential or Assertion type)."
    )


def credential_from_token(token: str, raw: bytes) -> ParsedCredential:
    """A VC-JWT (1.1 ``vc`` claim, or a VC 2.0 JOSE payload), possibly an SD-JWT, or an OB 2.0 signed assertion."""
    from satchel.formats._sd_jwt import claims_of, pointers_of  # tokens only: a JSON credential needs neither
    from satchel.formats._sd_jwt_vc import credential_from_sd_jwt_vc, looks_like_sd_jwt_vc

    token = token.strip()
    header, payload, _, _ = split_compact_jws(token)
    if looks_like_sd_jwt_vc(token, header, payload):
        parsed = credential_from_sd_jwt_vc(token, payload, raw)
        extra = {**parsed.display.extra, "disclosable": pointers_of(token)}  # what the holder may hide
        return replace(parsed, display=replace(parsed.display, extra=extra))
    if "~" in token:
        payload = claims_of(token)
    document = vc_from_jwt_payload(payload)
    if document is not None:
        return _make(raw, CredentialFormat.VC_JWT, SignedForm.VC_JWT, document, token, MEDIA_VC_JWT)
    if is_ob2_assertion(payload):
        return _make(raw, CredentialFormat.OB2_JWS, SignedForm.OB2_SIGNED, payload, token, MEDIA_JOSE)
    if isinstance(payload.get("vp"), dict) or is_presentation(payload):
        raise UnsupportedFormat("A presentation was found where a single credential was expected.")
    raise UnsupportedFormat("This signed token does not hold a credential.")


def hosted_ob2(url: str, raw: bytes) -> ParsedCredential:
    """An OB 2.0 hosted assertion known only by its URL (e.g. baked into an image)."""
    reference = {"id": url}
    return _make(raw, CredentialFormat.OB2_JSON, SignedForm.OB2_HOSTED, reference, dict(reference), MEDIA_OB2_JSON)


def vc_from_jwt_payload(payload: dict[str, Any]) -> dict[str, Any] | None:
    """The credential a JWT carries: the ``vc`` claim completed from the registered claims (VC-JWT 1.1
    §6.3.1: iss, jti, nbf/iat, exp, sub), or the payload itself when it is a VC 2.0 credential."""
    vc = payload.get("vc")
    if isinstance(vc, dict):
        return _complete_from_claims(vc, payload)
    if is_credential(payload):
        return payload
    return None


def vp_from_jwt_payload(payload: dict[str, Any]) -> dict[str, Any] | None:
    """The presentation a JWT carries: the ``vp`` claim (holder from ``iss``) or a VC 2.0 JOSE payload."""
    vp = payload.get("vp")
    if isinstance(vp, dict):
        document = dict(vp)
        if "holder" not in document and isinstance(payload.get("iss"), str):
            document["holder"] = payload["iss"]
        return document
    if is_presentation(payload):
        return payload
    return None


def _complete_from_claims(vc: dict[str, Any], claims: dict[str, Any]) -> dict[str, Any]:
    document = dict(vc)
    if "issuer" not in document and isinstance(claims.get("iss"), str):
        document["issuer"] = claims["iss"]
    if "id" not in document and isinstance(claims.get("jti"), str):
        document["id"] = claims["jti"]
    if "issuanceDate" not in document and "validFrom" not in document:
        issued = _numeric_date(claims.get("nbf")) or _numeric_date(claims.get("iat"))
        if issued:
            document["issuanceDate"] = issued
    if "expirationDate" not in document and "validUntil" not in document:
        expires = _numeric_date(claims.get("exp"))
        if expires:
            document["expirationDate"] = expires
    subject = document.get("credentialSubject")
    if isinstance(subject, dict) and "id" not in subject and isinstance(claims.get("sub"), str):
        document["credentialSubject"] = {**subject, "id": claims["sub"]}
    return document


def _numeric_date(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        return isoformat(datetime.fromtimestamp(value, timezone.utc))
    except (ValueError, OverflowError, OSError):
        return None


def _make(
    raw: bytes,
    fmt: CredentialFormat,
    signed_form: SignedForm,
    document: dict[str, Any],
    verifiable: dict[str, Any] | str,
    media_type: str,
) -> ParsedCredential:
    display = DisplayFields()
    if _DISPLAY.get():
        from satchel.formats._display import extract_display  # with the EU checklist: only when shown

        display = extract_display(document, signed_form=signed_form, fmt=fmt)
    return ParsedCredential(
        raw=raw,
        format=fmt,
        signed_form=signed_form,
        document=document,
        verifiable=verifiable,
        display=display,
        media_type=media_type,
    )
