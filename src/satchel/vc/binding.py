"""Holder binding: is each credential in a presentation issued to the person who presented it?

A credential is bound when one of its subjects' ``id`` is an identifier the presentation proved: its
holder, or the controller of another valid ``authentication`` proof on it. Anything else is a fact to
show, not a forgery, so it is a warning that says to whom the credential was issued:
- another DID: the presenter did not prove they control it;
- an e-mail, a URL, a name: nothing proves the presenter controls it; check it yourself.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from satchel.model import Check, CheckName
from satchel.vc import checks

HOLDER_BINDING = CheckName.HOLDER_BINDING
MAX_LABEL = 200


def _subjects(credential: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not isinstance(credential, dict):
        return []
    subject = credential.get("credentialSubject")
    items = subject if isinstance(subject, list) else [subject]
    return [s for s in items if isinstance(s, dict)]


def subject_identifiers(credential: dict[str, Any] | None) -> list[str]:
    """Every subject ``id`` of the credential (DIDs, URLs, mailto:…)."""
    return [s["id"] for s in _subjects(credential) if isinstance(s.get("id"), str)]


def _other_identifier(credential: dict[str, Any] | None) -> str | None:
    """What the credential names its subject by when it has no ``id``: an e-mail, else a name."""
    for field in ("email", "identifier", "name"):
        for subject in _subjects(credential):
            value = subject.get(field)
            if isinstance(value, str) and value.strip():
                return value.strip()[:MAX_LABEL]
            if isinstance(value, list) and value and isinstance(value[0], dict):
                inner = value[0].get("identityHash") or value[0].get("identifier")
                if isinstance(inner, str):
                    return inner[:MAX_LABEL]
    return None


def holder_binding_check(credential: dict[str, Any] | None, proven: Collection[str],
                         holder: str | None) -> Check:
    """The holder_binding check for one credential, given the identifiers the presentation proved."""
    ids = subject_identifiers(credential)
    details: dict[str, Any] = {"holder": holder, "subjects": ids[:10], "proven": sorted(proven)[:10]}
    if not proven:
        return checks.warning(HOLDER_BINDING, "holder_unproven", details)
    bound = next((i for i in ids if i in proven), None)
    if bound is not None:
        return checks.ok(HOLDER_BINDING, "ok", details, subject=bound)
    dids = [i for i in ids if i.startswith("did:")]
    if dids:
        return checks.warning(HOLDER_BINDING, "other_did", details, subject=dids[0][:MAX_LABEL])
    label = ids[0][:MAX_LABEL] if ids else _other_identifier(credential)
    if label is None:
        return checks.warning(HOLDER_BINDING, "no_subject", details)
    return checks.warning(HOLDER_BINDING, "not_did", details, subject=label.removeprefix("mailto:"))


__all__ = ["holder_binding_check", "subject_identifiers"]
