"""Wallet settings (JSON values by key) and the activity log."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from satchel.errors import UsageError
from satchel.store.connection import Connection, transaction


@dataclass(frozen=True)
class ActivityEntry:
    id: int
    at: str
    action: str
    credential_id: str | None
    detail: str | None


def get_setting(conn: Connection, key: str, default: Any = None) -> Any:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def set_setting(conn: Connection, key: str, value: Any) -> None:
    if not isinstance(key, str) or not key:
        raise UsageError("A setting needs a name.")
    try:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)
    except (TypeError, ValueError):
        raise UsageError("A setting's value must be plain JSON (text, numbers, lists, objects).") from None
    with transaction(conn):
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, text))


def log(conn: Connection, at: str, action: str, credential_id: str | None, detail: str | None) -> None:
    if not isinstance(action, str) or not action:
        raise UsageError("An activity entry needs an action.")
    with transaction(conn):
        conn.execute("INSERT INTO activity (at, action, credential_id, detail) VALUES (?, ?, ?, ?)",
                     (at, action, credential_id, detail))


def activity(conn: Connection, limit: int = 100) -> list[ActivityEntry]:
    """The latest entries, newest first."""
    if limit < 0:
        raise UsageError("The number of activity entries cannot be negative.")
    rows = conn.execute(
        "SELECT id, at, action, credential_id, detail FROM activity ORDER BY id DESC LIMIT ?", (limit,)
    ).fetchall()
    return [ActivityEntry(*row) for row in rows]
