"""Renderers for Annex I values that need more than plain text: credits, durations, levels, dates."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from satchel.clock import parse_instant
from satchel.formats.microcredential._lookup import text

_DURATION = re.compile(r"^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
                       r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?)?$")
_DURATION_UNITS = ("years", "months", "weeks", "days", "hours", "minutes")
_EQF_CONCEPT = re.compile(r"data\.europa\.eu/snb/eqf/(\d)$")


def with_unit(unit: str) -> Callable[[Any], str | None]:
    """A number (or numeric text) followed by its unit: ``3 ECTS``."""
    def render(value: Any) -> str | None:
        if isinstance(value, bool):
            return None
        if isinstance(value, (int, float)) and value > 0:
            return f"{text(value)} {unit}"
        if isinstance(value, str) and re.fullmatch(r"\d+(?:[.,]\d+)?", value.strip()):
            return f"{value.strip()} {unit}"
        return None
    return render


def credit_point(value: Any) -> str | None:
    """ELM ``CreditPoint``: ``{"point": 2, "framework": {prefLabel: "European Credit Transfer System"}}``."""
    if not isinstance(value, dict):
        return None
    point = value.get("point")
    amount = text(point) if isinstance(point, (int, float, str)) and not isinstance(point, bool) else None
    if not amount:
        return None
    framework = text(value.get("framework")) or ""
    framework_id = str(value.get("framework", {}).get("id", "")) if isinstance(value.get("framework"), dict) else ""
    if "ECTS" in framework or "European Credit Transfer" in framework or framework_id.endswith("6fcec5c5af"):
        return f"{amount} ECTS"
    return f"{amount} credits ({framework})" if framework else f"{amount} credits"


def duration(value: Any) -> str | None:
    """An ISO 8601 duration (``PT60H``) in words (``60 hours``)."""
    if not isinstance(value, str):
        return None
    match = _DURATION.match(value.strip())
    if not match or not any(match.groups()):
        return None
    parts = [f"{text(float(amount))} {unit}" for amount, unit in zip(match.groups(), _DURATION_UNITS, strict=True)
             if amount]
    return ", ".join(parts)


def eqf_level(value: Any) -> str | None:
    """An EQF level from an ELM concept (``…/snb/eqf/6``) or an alignment (targetName / targetCode)."""
    if isinstance(value, dict):
        concept = _EQF_CONCEPT.search(str(value.get("id", "")))
        if concept:
            return f"EQF level {concept.group(1)}"
        code = value.get("targetCode")
        name = text(value.get("targetName"))
        if name:
            return name
        if isinstance(code, (str, int)) and str(code).strip().isdigit():
            return f"EQF level {str(code).strip()}"
        return text(value)
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 8:
        return f"EQF level {value}"
    if isinstance(value, str) and value.strip().isdigit() and 1 <= int(value) <= 8:
        return f"EQF level {value.strip()}"
    return text(value)


def date(value: Any) -> str | None:
    """An instant as its calendar date (ISO ``YYYY-MM-DD``); the UI formats it for people."""
    if not isinstance(value, str):
        return None
    try:
        return parse_instant(value).date().isoformat()
    except ValueError:
        return None


def flag(when_true: str, when_false: str | None = None) -> Callable[[Any], str | None]:
    """A boolean as a sentence (``identityChecked: true`` → ``identity checked``)."""
    def render(value: Any) -> str | None:
        if value is True:
            return when_true
        if value is False:
            return when_false
        return None
    return render


def person_name(value: Any) -> str | None:
    """A learner: ``fullName``, else given and family names, else ``name``."""
    if not isinstance(value, dict):
        return text(value)
    full = text(value.get("fullName")) or text(value.get("name"))
    if full:
        return full
    given, family = text(value.get("givenName")), text(value.get("familyName"))
    return " ".join(p for p in (given, family) if p) or None


def plain_identifier(value: Any) -> str | None:
    """An OB 3.0 ``IdentityObject`` that is not hashed (an e-mail, a student id, a name)."""
    if not isinstance(value, dict) or value.get("hashed") is not False:
        return None
    return text(value.get("identityHash"))


__all__ = ["credit_point", "date", "duration", "eqf_level", "flag", "person_name", "plain_identifier",
           "with_unit"]
