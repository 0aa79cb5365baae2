"""Small JSON files beside the wallet that need no unlocking: preferences, trusted issuers, the
recruiter's verification history. None of them holds secrets; all are written atomically."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from satchel.fsutil import atomic_write

PREFERENCE_DEFAULTS: dict[str, Any] = {
    "language": None,  # None = follow the system locale
    "theme": "system",  # light | dark | system
    "auto_lock_minutes": 5,
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


class History:
    """The recruiter's past verifications, newest first, capped."""

    def __init__(self, path: Path) -> None:
        self._file = JsonFile(path, [])

    def entries(self) -> list[dict[str, Any]]:
        return [e for e in self._file.read() if isinstance(e, dict)]

    def add(self, entry: dict[str, Any]) -> None:
        self._file.write(([entry] + self.entries())[:MAX_HISTORY])

    def clear(self) -> None:
        self._file.write([])
