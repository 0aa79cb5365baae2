"""A credential sealed with JAdES (Europass EDC): JWS JSON serialization whose payload is the credential."""

from __future__ import annotations

import base64
import binascii
from typing import Any

from satchel.errors import Malformed, UnsupportedFormat
from satchel.formats._credentials import is_credential
from satchel.formats._json import parse_json_safely
from satchel.formats._jws import check_crit
from satchel.model.credential import CredentialFormat, ParsedCredential, SignedForm

MEDIA_JADES = "application/jose+json"


def looks_like_jades(obj: dict[str, Any]) -> bool:
    """``{"payload": "…", "signatures": [...]}`` (general) or ``{"payload", "protected", "signature"}``."""
    return isinstance(obj.get("payload"), str) and (
        isinstance(obj.get("signatures"), list) or isinstance(obj.get("protected"), str))


def credential_from_jades(obj: dict[str, Any], raw: bytes) -> ParsedCredential:
    header = _protected_header(obj)
    payload_text: str = obj["payload"]
    payload = payload_text.encode("utf-8") if header.get("b64", True) is False else _b64url(payload_text)
    document = parse_json_safely(payload)
    if not isinstance(document, dict) or not is_credential(document):
        raise UnsupportedFormat("This sealed document does not hold a credential.")
    from satchel.formats._display import extract_display  # loaded with the first sealed credential

    display = extract_display(document, signed_form=SignedForm.JADES, fmt=CredentialFormat.JADES_JSON)
    return ParsedCredential(raw=raw, format=CredentialFormat.JADES_JSON, signed_form=SignedForm.JADES,
                            document=document, verifiable=obj, display=display, media_type=MEDIA_JADES)


def _protected_header(obj: dict[str, Any]) -> dict[str, Any]:
    signatures = obj.get("signatures", [obj])
    first = signatures[0] if isinstance(signatures, list) and signatures else None
    protected = first.get("protected") if isinstance(first, dict) else None
    if not isinstance(protected, str):
        raise Malformed("The seal has no protected header.")
    header = parse_json_safely(_b64url(protected))
    if not isinstance(header, dict):
        raise Malformed("The seal's header is not a JSON object.")
    check_crit(header)  # as for any JWS header: an empty or malformed crit is refused (RFC 7515)
    return header


def _b64url(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise Malformed("The sealed credential is not valid base64url.") from exc


__all__ = ["credential_from_jades", "looks_like_jades"]
