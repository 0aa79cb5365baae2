"""Data-model checks before any cryptography: contexts known (never fetched), types, required fields,
dates that parse. Each failure is one FAILED format check with a plain sentence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from satchel.errors import Malformed
from satchel.model import Check, CheckName, CheckStatus
from satchel.model.naming import credential_name
from satchel.vc import checks
from satchel.vc.dates import Validity, credential_validity
from satchel.vc.jsonld import bundled_urls

VC_V1 = "https://www.w3.org/2018/credentials/v1"
VC_V2 = "https://www.w3.org/ns/credentials/v2"
FORMAT = CheckName.FORMAT


@dataclass(frozen=True)
class Shape:
    """What the data-model step learnt: the format check, and (when it passed) the parts used later."""

    check: Check
    version: str | None = None  # "1.1" or "2.0"
    issuer_id: str | None = None
    issuer_name: str | None = None
    validity: Validity = Validity()

    @property
    def ok(self) -> bool:
        return self.check.status.value == "ok"

    @property
    def failed(self) -> bool:
        """The document is not a well-formed credential (nothing else was learnt)."""
        return self.check.status is CheckStatus.FAILED


def types_of(document: dict[str, Any]) -> list[str]:
    value = document.get("type", [])
    return [t for t in (value if isinstance(value, list) else [value]) if isinstance(t, str)]


def issuer_of(document: dict[str, Any]) -> tuple[str | None, str | None]:
    issuer = document.get("issuer")
    if isinstance(issuer, str):
        return issuer, None
    if isinstance(issuer, dict) and isinstance(issuer.get("id"), str):
        name = issuer.get("name")
        return issuer["id"], name if isinstance(name, str) else None
    return None, None


def context_problem(document: dict[str, Any]) -> Check | None:
    """A FAILED format check when @context is missing or not a VC context first; an UNKNOWN one when a
    context is not bundled (a vocabulary Satchel lacks, never fetched: the credential cannot be checked,
    which does not make it a forgery)."""
    contexts = document.get("@context")
    contexts = contexts if isinstance(contexts, list) else [contexts]
    if not contexts or contexts[0] not in (VC_V1, VC_V2):
        return checks.failed(FORMAT, "malformed", {"field": "@context"},
                             reason="it does not start with the W3C credentials context.")
    known = bundled_urls()
    for context in contexts:
        if isinstance(context, str) and context not in known:
            return unknown_context(context)
        if not isinstance(context, str | dict):
            return checks.failed(FORMAT, "malformed", {"field": "@context"},
                                 reason="its @context is not valid.")
    return None


def unknown_context(url: str) -> Check:
    return checks.unknown(FORMAT, "unknown_context", {"url": url[:300]}, url=url[:300])


def credential_shape(document: Any, expected_type: str = "VerifiableCredential") -> Shape:
    """The data-model step. ``check`` is FAILED for a malformed credential, UNKNOWN (with the other
    parts filled in, so dates are still reported) when it uses a vocabulary Satchel lacks."""
    if not isinstance(document, dict):
        return Shape(checks.failed(FORMAT, "malformed", reason="it is not a JSON object."))
    problem = context_problem(document)
    if problem is not None and problem.status is CheckStatus.FAILED:
        return Shape(problem)
    version = "1.1" if document["@context"][0] == VC_V1 else "2.0"
    if expected_type not in types_of(document):
        return Shape(checks.failed(FORMAT, "bad_type", {"type": types_of(document)}, expected=expected_type))
    issuer_id, issuer_name = issuer_of(document)
    if issuer_id is None:
        return Shape(checks.failed(FORMAT, "missing_field", {"field": "issuer"}, field="issuer"))
    subject = document.get("credentialSubject")
    if not isinstance(subject, dict | list) or not subject:
        return Shape(checks.failed(FORMAT, "missing_field", {"field": "credentialSubject"},
                                   field="credentialSubject"))
    if version == "1.1" and "issuanceDate" not in document:
        return Shape(checks.failed(FORMAT, "missing_field", {"field": "issuanceDate"}, field="issuanceDate"))
    try:
        validity = credential_validity(document)
    except Malformed as exc:
        field = exc.params.get("field", "?")
        return Shape(checks.failed(FORMAT, "bad_date", {"field": field}, field=field))
    return Shape(problem or checks.ok(FORMAT, "ok", {"vc_version": version}), version, issuer_id, issuer_name,
                 validity)


def presentation_shape(document: Any) -> Check:
    if not isinstance(document, dict):
        return checks.failed(FORMAT, "malformed", reason="it is not a JSON object.")
    problem = context_problem(document)
    if problem is not None:
        return problem
    if "VerifiablePresentation" not in types_of(document):
        return checks.failed(FORMAT, "bad_type", {"type": types_of(document)}, expected="VerifiablePresentation")
    return checks.ok(FORMAT, "presentation_ok")


def title_of(document: dict[str, Any]) -> str | None:
    """The name people know the credential by (the same rule as the wallet's list)."""
    return credential_name(document)
