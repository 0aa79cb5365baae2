"""How long a cached public document may be used (status lists, DID documents, OB 2.0 documents).

A copy is fresh until the earliest limit its publisher states — the list credential's ``validUntil`` /
``expirationDate``, ``fetched_at`` + its ``ttl`` (milliseconds, Bitstring Status List), ``fetched_at`` +
the ``ttl`` of the status entry that points to it — and, when the publisher states none, until
``fetched_at`` + the user's maximum age (default 7 days). A verifier never uses an older copy: the
:class:`~satchel.errors.StaleDocument` it gets instead becomes an UNKNOWN check that names the copy's
age and says how to refresh it.
"""

from __future__ import annotations

import contextlib
import json
from datetime import datetime, timedelta
from typing import Any

from satchel.clock import isoformat, parse_instant
from satchel.errors import FetchError, StaleDocument
from satchel.model import Check, CheckName
from satchel.vc import checks
from satchel.vc.cache import CachedDocument

DEFAULT_MAX_AGE = timedelta(days=7)
MAX_AGE_SETTING = "cache_max_age_days"  # the preference that overrides DEFAULT_MAX_AGE
MAX_TTL = timedelta(days=3650)
_REFRESH = "satchel cache refresh"


def ttl(value: Any) -> timedelta | None:
    """A ``ttl`` in milliseconds (number or digits) as a duration; None when absent or unusable."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.isdigit() and len(value) < 16:
        value = int(value)
    if isinstance(value, int | float) and value > 0:
        return min(timedelta(milliseconds=value), MAX_TTL)
    return None


def stated_limit(cached: CachedDocument) -> datetime | None:
    """The earliest end of use the document states for itself (validUntil / expirationDate / ttl)."""
    try:
        document = json.loads(cached.body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(document, dict):
        return None
    limits: list[datetime] = []
    for name in ("validUntil", "expirationDate"):
        if isinstance(document.get(name), str):
            with contextlib.suppress(ValueError):  # an unreadable date limits nothing here
                limits.append(parse_instant(document[name]))
    subject = document.get("credentialSubject")
    lifetime = ttl(subject.get("ttl")) if isinstance(subject, dict) else None
    if lifetime is not None:
        limits.append(cached.fetched_at + lifetime)
    return min(limits, default=None)


def fresh_until(cached: CachedDocument, max_age: timedelta, lifetime: timedelta | None = None) -> datetime:
    """Until when ``cached`` may be used; ``lifetime`` is a ttl stated by whoever points to it."""
    stated = [limit for limit in (stated_limit(cached),
                                  cached.fetched_at + lifetime if lifetime is not None else None) if limit]
    return min(stated) if stated else cached.fetched_at + max_age


def stale_error(cached: CachedDocument, now: datetime, until: datetime) -> StaleDocument:
    age = int(cached.age(now).total_seconds())
    return StaleDocument(f"The only copy of {cached.url[:200]} is {age_text(age)} old (downloaded "
                         f"{isoformat(cached.fetched_at)[:10]}, usable until {isoformat(until)[:10]}); "
                         f"refresh it with `{_REFRESH}`.",
                         url=cached.url, age_seconds=age, fetched_at=isoformat(cached.fetched_at),
                         fresh_until=isoformat(until))


def age_text(seconds: int) -> str:
    """How old a copy is, in its largest whole unit ("1 day", "3 hours")."""
    if seconds >= 86400:
        days = seconds // 86400
        return "1 day" if days == 1 else f"{days} days"
    if seconds >= 3600:
        hours = seconds // 3600
        return "1 hour" if hours == 1 else f"{hours} hours"
    if seconds >= 60:
        minutes = seconds // 60
        return "1 minute" if minutes == 1 else f"{minutes} minutes"
    return "1 second" if seconds == 1 else f"{seconds} seconds"


def stale_check(name: CheckName, exc: StaleDocument, details: dict[str, Any], result: str = "stale") -> Check:
    """UNKNOWN: the copy at hand is too old to be used; its age and the command to refresh it."""
    age = int(exc.params.get("age_seconds", 0))
    copy = {**exc.params, "from_cache": True, "stale": True}
    return checks.unknown(name, result, {**details, "reason": exc.message, "copy": copy},
                          date=str(exc.params.get("fetched_at", ""))[:10], days=age // 86400,
                          command=_REFRESH)


def unavailable_check(name: CheckName, result: str, details: dict[str, Any],
                      failures: dict[str, FetchError], stale_result: str = "stale") -> Check:
    """UNKNOWN because a document could not be had: ``<name>.<stale_result>`` when only a too-old copy was."""
    stale = next((exc for exc in failures.values() if isinstance(exc, StaleDocument)), None)
    return stale_check(name, stale, details, stale_result) if stale else checks.unknown(name, result, details)


__all__ = ["DEFAULT_MAX_AGE", "MAX_AGE_SETTING", "age_text", "fresh_until", "stale_check", "stale_error",
           "stated_limit", "ttl", "unavailable_check"]
