"""Small JSON files beside the wallet that need no unlocking: preferences, trusted issuers, the
recruiter's verification history. None of them holds secrets; all are written atomically (0600).

The recruiter history does hold personal data of candidates (names, DIDs, challenges, whole reports), so
it keeps entries only for ``recruiter_history_days`` (default 30; 0 keeps nothing) and at most
:data:`MAX_HISTORY` of them; older ones are purged whenever the file is read or written."""

from __future__ import annotations

import contextlib
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from satchel.clock import Clock, SystemClock, parse_instant
from satchel.errors import SatchelError, UsageError
from satchel.fsutil import atomic_write

HISTORY_DAYS_DEFAULT = 30
MAX_HISTORY_DAYS = 3650
PREFERENCE_DEFAULTS: dict[str, Any] = {
    "language": None,  # None = follow the system locale
    "theme": "system",  # light | dark | system
    "auto_lock_minutes": 5,
    "recruiter_history_days": HISTORY_DAYS_DEFAULT,
    "recruiter_domain": None,  # the recruiter's organisation (services.recruiter_desk), None = not set
}
MAX_HISTORY = 500


class JsonFile:
    def __init__(self, path: Path, default: Any) -> None:
        self.path = path
        self._default = default

    def read(self) -> Any:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return json.loads(json.dumps(self._default))
        return data if isinstance(data, type(self._default)) else json.loads(json.dumps(self._default))

    def write(self, value: Any) -> None:
        atomic_write(self.path, json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8"), mode=0o600)


class Preferences:
    def __init__(self, path: Path) -> None:
        self._file = JsonFile(path, {})

    def get(self, key: str, default: Any = None) -> Any:
        data = self._file.read()
        if key in data:
            return data[key]
        return PREFERENCE_DEFAULTS.get(key, default)

    def set(self, key: str, value: Any) -> None:
        data = self._file.read()
        data[key] = value
        self._file.write(data)


class TrustedIssuers:
    """Issuers the user trusts: ``[{"id": ..., "name": ...}]``."""

    def __init__(self, path: Path) -> None:
        self._file = JsonFile(path, [])

    def entries(self) -> list[tuple[str, str]]:
        return [(e["id"], e.get("name") or e["id"]) for e in self._file.read()
                if isinstance(e, dict) and isinstance(e.get("id"), str)]

    def add(self, issuer_id: str, name: str | None = None) -> None:
        entries = [e for e in self.entries() if e[0] != issuer_id]
        entries.append((issuer_id, name or issuer_id))
        self._file.write([{"id": i, "name": n} for i, n in entries])

    def remove(self, issuer_id: str) -> bool:
        entries = self.entries()
        kept = [e for e in entries if e[0] != issuer_id]
        self._file.write([{"id": i, "name": n} for i, n in kept])
        return len(kept) != len(entries)


def history_days(value: Any) -> int:
    """A retention setting as a whole number of days (0 = keep nothing); UsageError otherwise."""
    try:
        days = int(value)
    except (TypeError, ValueError):
        days = -1
    if isinstance(value, bool) or str(value).strip() != str(days) or not 0 <= days <= MAX_HISTORY_DAYS:
        raise UsageError(f"The history is kept for a whole number of days, from 0 (keep nothing) to "
                         f"{MAX_HISTORY_DAYS}; '{value}' is not one.", code="history_days", value=str(value)[:20],
                         max=MAX_HISTORY_DAYS)
    return days


class History:
    """The recruiter's past verifications, newest first, capped in number and in age.

    The retention lives in the preferences (``recruiter_history_days``). What is past it is deleted when
    the history is made (every start of the app or a command), read or written, and when the retention
    is shortened."""

    def __init__(self, path: Path, *, clock: Clock | None = None, preferences: Preferences | None = None) -> None:
        self._file = JsonFile(path, [])
        self._clock = clock or SystemClock()
        self._preferences = preferences
        self.purge()

    def retention_days(self) -> int:
        stored = self._preferences.get("recruiter_history_days") if self._preferences else None
        try:
            return history_days(HISTORY_DAYS_DEFAULT if stored is None else stored)
        except UsageError:  # a hand-edited preference: fall back to the default, never to "forever"
            return HISTORY_DAYS_DEFAULT

    def set_retention_days(self, days: Any) -> None:
        """Keep entries for ``days`` (0 = keep nothing; UsageError for anything else than 0–3650);
        older entries are deleted at once."""
        if self._preferences is None:
            raise UsageError("This history has no preferences to keep its retention in.")
        self._preferences.set("recruiter_history_days", history_days(days))
        self.purge()

    def _fresh(self, entries: list[Any]) -> list[dict[str, Any]]:
        oldest = self._clock.now() - timedelta(days=self.retention_days())
        kept = []
        for entry in entries:
            try:
                at = parse_instant(entry["at"])
            except (AttributeError, TypeError, KeyError, ValueError):
                continue  # no readable date: its age cannot be known, so it is not kept
            if at > oldest:
                kept.append(entry)
        return kept[:MAX_HISTORY]

    def entries(self) -> list[dict[str, Any]]:
        raw = self._file.read()
        kept = self._fresh(raw)
        if len(kept) != len(raw):
            self._file.write(kept)  # purged on reading too, not only when something is added
        return kept

    def purge(self) -> None:
        """Delete what is past the retention now. A file that cannot be rewritten (read-only home) is
        left for the next read or write to try again: starting Satchel never fails because of it."""
        if self._file.path.exists():
            with contextlib.suppress(OSError, SatchelError):
                self.entries()

    def add(self, entry: dict[str, Any]) -> None:
        self._file.write(self._fresh([entry, *self._file.read()]))

    def clear(self) -> None:
        self._file.write([])
