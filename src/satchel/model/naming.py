"""What a credential is called, read the same way by the wallet's list (satchel.formats) and by a
verification report's title (satchel.vc). Pure: a JSON object in, a name or None out.

Where real credentials put their name, in order:
- ``name`` on the credential (VC 2.0, OB 3.0);
- ``credentialSubject.achievement.name`` (OB 3.0);
- ``credentialSubject.hasCredential.name`` (Digital Credentials Consortium ``Assertion`` and
  ``LearningCredential``, schema.org ``EducationalOccupationalCredential``);
- a DCC ``StudentId``: "<holder's name> — Student ID".
"""

from __future__ import annotations

from typing import Any

MAX_NAME = 300


def _text(value: Any) -> str | None:
    if isinstance(value, list):  # a language map given as [{"@value": ..., "@language": ...}]
        value = next((v for v in value if isinstance(v, str | dict)), None)
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, str) and value.strip():
        return value.strip()[:MAX_NAME]
    return None


def _first(value: Any) -> dict[str, Any]:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, dict)), None)
    return value if isinstance(value, dict) else {}


def _types(document: dict[str, Any]) -> list[str]:
    value = document.get("type", [])
    return [t for t in (value if isinstance(value, list) else [value]) if isinstance(t, str)]


def credential_name(document: Any) -> str | None:
    """The credential's name for people, or None when it has none."""
    if not isinstance(document, dict):
        return None
    subject = _first(document.get("credentialSubject"))
    name = (_text(document.get("name")) or _text(_first(subject.get("achievement")).get("name"))
            or _text(_first(subject.get("hasCredential")).get("name")))
    if name is None and "StudentId" in _types(document):
        holder = _text(subject.get("name"))
        name = f"{holder} — Student ID" if holder else "Student ID"
    return name


def credential_description(document: Any) -> str | None:
    if not isinstance(document, dict):
        return None
    subject = _first(document.get("credentialSubject"))
    return (_text(document.get("description")) or _text(_first(subject.get("achievement")).get("description"))
            or _text(_first(subject.get("hasCredential")).get("description")))


__all__ = ["credential_description", "credential_name"]
