"""VC-JWT: VC-JWT 1.1 (``vc`` claim; iss, jti, sub, nbf, exp mapped onto the credential) and
VC 2.0 JOSE (the payload is the credential)."""

from __future__ import annotations

import copy
from typing import Any

from satchel.clock import isoformat
from satchel.errors import Malformed
from satchel.vc.datamodel import issuer_of
from satchel.vc.dates import Validity, jwt_validity


def credential_from_claims(payload: dict[str, Any]) -> tuple[dict[str, Any], Validity]:
    """The credential a JWT carries, and the validity its registered claims give. Raises Malformed."""
    validity = jwt_validity(payload)
    vc = payload.get("vc")
    if not isinstance(vc, dict):
        if "@context" in payload:
            return payload, validity
        raise Malformed("The token does not carry a credential.")
    credential = copy.deepcopy(vc)
    _bind(credential, payload, "iss", "issuer")
    _bind(credential, payload, "jti", "id")
    subject = credential.get("credentialSubject")
    if isinstance(payload.get("sub"), str) and isinstance(subject, dict):
        if subject.get("id", payload["sub"]) != payload["sub"]:
            raise Malformed("The token's sub claim does not match the credential subject.")
        subject["id"] = payload["sub"]
    v1 = credential.get("@context", [None])[0] == "https://www.w3.org/2018/credentials/v1" \
        if isinstance(credential.get("@context"), list) else False
    if validity.starts and "issuanceDate" not in credential and "validFrom" not in credential:
        credential["issuanceDate" if v1 else "validFrom"] = isoformat(validity.starts[1])
    if validity.ends and "expirationDate" not in credential and "validUntil" not in credential:
        credential["expirationDate" if v1 else "validUntil"] = isoformat(validity.ends[1])
    return credential, validity


def _bind(credential: dict[str, Any], payload: dict[str, Any], claim: str, field: str) -> None:
    value = payload.get(claim)
    if value is None:
        return
    current = issuer_of(credential)[0] if field == "issuer" else credential.get(field)
    if current is None:
        credential[field] = value
    elif current != value:
        raise Malformed(f"The token's {claim} claim does not match the credential's {field}.")


def presentation_from_claims(payload: dict[str, Any]) -> dict[str, Any]:
    """The presentation a JWT carries (``vp`` claim, holder from ``iss``; or a VC 2.0 JOSE payload)."""
    vp = payload.get("vp")
    if not isinstance(vp, dict):
        if "@context" in payload:
            return payload
        raise Malformed("The token does not carry a presentation.")
    presentation = copy.deepcopy(vp)
    holder = presentation.get("holder")
    holder_id = holder.get("id") if isinstance(holder, dict) else holder
    if isinstance(payload.get("iss"), str):
        if holder_id is not None and holder_id != payload["iss"]:
            raise Malformed("The token's iss claim does not match the presentation's holder.")
        presentation.setdefault("holder", payload["iss"])
    return presentation
