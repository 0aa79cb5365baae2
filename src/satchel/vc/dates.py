"""Validity periods from every format (VC 1.1/2.0, JWT claims, OB 2.0) checked against a clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from satchel.clock import isoformat, parse_instant
from satchel.errors import Malformed
from satchel.model import Check, CheckName
from satchel.vc import checks

DEFAULT_SKEW = timedelta(minutes=5)
# How old an SD-JWT key binding JWT may be (its iat) when it is checked (RFC 9901 §7.3: "within an
# acceptable window"); here, not in sd_jwt.py, so the engine's default needs no SD-JWT code.
KB_MAX_AGE = timedelta(minutes=5)


@dataclass(frozen=True)
class Validity:
    """The most restrictive start and end found, each with the field it came from."""

    starts: tuple[str, datetime] | None = None
    ends: tuple[str, datetime] | None = None

    def merge(self, other: Validity) -> Validity:
        starts = max((v for v in (self.starts, other.starts) if v), key=lambda v: v[1], default=None)
        ends = min((v for v in (self.ends, other.ends) if v), key=lambda v: v[1], default=None)
        return Validity(starts, ends)


def _instant(document: dict[str, Any], name: str) -> tuple[str, datetime] | None:
    value = document.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise Malformed(f"The date {name} is not text.", field=name)
    try:
        return name, parse_instant(value)
    except ValueError as exc:
        raise Malformed(f"The date {name} is not a valid date: {value[:40]}", field=name) from exc


def _numeric(claims: dict[str, Any], name: str) -> tuple[str, datetime] | None:
    value = claims.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Malformed(f"The JWT claim {name} is not a number.", field=name)
    try:
        return name, datetime.fromtimestamp(value, timezone.utc)
    except (OverflowError, OSError, ValueError) as exc:
        raise Malformed(f"The JWT claim {name} is out of range.", field=name) from exc


def _pick(candidates: list[tuple[str, datetime] | None], latest: bool) -> tuple[str, datetime] | None:
    found = [c for c in candidates if c]
    if not found:
        return None
    return (max if latest else min)(found, key=lambda c: c[1])


def credential_validity(credential: dict[str, Any]) -> Validity:
    """validFrom/validUntil (VC 2.0) and issuanceDate/expirationDate (VC 1.1). Raises Malformed."""
    starts = _pick([_instant(credential, "validFrom"), _instant(credential, "issuanceDate")], latest=True)
    ends = _pick([_instant(credential, "validUntil"), _instant(credential, "expirationDate")], latest=False)
    return Validity(starts, ends)


def jwt_validity(claims: dict[str, Any]) -> Validity:
    """nbf (or iat when there is no nbf) and exp, in seconds since the epoch. Raises Malformed."""
    nbf, iat = _numeric(claims, "nbf"), _numeric(claims, "iat")
    return Validity(nbf or iat, _numeric(claims, "exp"))


def ob2_validity(assertion: dict[str, Any]) -> Validity:
    """issuedOn and expires of an Open Badges 2.0 assertion: ISO 8601 text or, as the OB 2.0 DateTime
    type allows, a Unix timestamp in seconds. Raises Malformed."""
    return Validity(_ob2_instant(assertion, "issuedOn"), _ob2_instant(assertion, "expires"))


def _ob2_instant(assertion: dict[str, Any], name: str) -> tuple[str, datetime] | None:
    if isinstance(assertion.get(name), int | float) and not isinstance(assertion.get(name), bool):
        return _numeric(assertion, name)
    return _instant(assertion, name)


def date_checks(validity: Validity, now: datetime, skew: timedelta = DEFAULT_SKEW, *,
                authentic: bool = True) -> list[Check]:
    """The not_before and expiry checks; ``authentic`` picks the "authentic but …" sentences."""
    suffix = "" if authentic else "_unverified"
    result: list[Check] = []
    if validity.starts is None:
        result.append(checks.ok(CheckName.NOT_BEFORE, "none"))
    else:
        field, when = validity.starts
        details = {"field": field, "date": isoformat(when), "now": isoformat(now)}
        if when > now + skew:
            result.append(checks.failed(CheckName.NOT_BEFORE, "failed" + suffix, details, date=_day(when)))
        else:
            result.append(checks.ok(CheckName.NOT_BEFORE, "ok", details, date=_day(when)))
    if validity.ends is None:
        result.append(checks.ok(CheckName.EXPIRY, "none"))
    else:
        field, when = validity.ends
        details = {"field": field, "date": isoformat(when), "now": isoformat(now)}
        if when < now - skew:
            result.append(checks.failed(CheckName.EXPIRY, "failed" + suffix, details, date=_day(when)))
        else:
            result.append(checks.ok(CheckName.EXPIRY, "ok", details, date=_day(when)))
    return result


def _day(when: datetime) -> str:
    return when.astimezone(timezone.utc).strftime("%Y-%m-%d")
