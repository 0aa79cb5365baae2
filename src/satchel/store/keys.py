"""The holder's signing keys. At most one is active; adding an active key retires the previous one.

Secrets stay inside the encrypted database and are never shown by ``repr``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from satchel.errors import UsageError
from satchel.store.connection import Connection, IntegrityError, transaction


@dataclass(frozen=True)
class HolderKeyRecord:
    kid: str
    did: str
    secret: bytes = field(repr=False)
    public_multibase: str
    created_at: str
    active: bool
    retired_at: str | None = None


_COLUMNS = "kid, did, secret, public_multibase, created_at, active, retired_at"


def _record(row: tuple[Any, ...]) -> HolderKeyRecord:
    kid, did, secret, public_multibase, created_at, active, retired_at = row
    return HolderKeyRecord(kid, did, bytes(secret), public_multibase, created_at, bool(active), retired_at)


def add(conn: Connection, kid: str, did: str, secret: bytes, public_multibase: str, created_at: str,
        active: bool, now: str) -> None:
    if not kid or not did or not public_multibase:
        raise UsageError("A holder key needs a key id, a DID and a public key.")
    if not isinstance(secret, (bytes, bytearray)) or not secret:
        raise UsageError("A holder key needs its secret bytes.")
    with transaction(conn):
        if active:
            conn.execute("UPDATE holder_keys SET active = 0, retired_at = ? WHERE active = 1", (now,))
        try:
            conn.execute(
                f"INSERT INTO holder_keys ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (kid, did, bytes(secret), public_multibase, created_at, int(bool(active)),
                 None),
            )
        except IntegrityError:
            raise UsageError("A holder key with this key id is already in the wallet.") from None


def active(conn: Connection) -> HolderKeyRecord | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM holder_keys WHERE active = 1").fetchone()
    return _record(row) if row else None


def all_keys(conn: Connection) -> list[HolderKeyRecord]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM holder_keys ORDER BY created_at, kid").fetchall()
    return [_record(row) for row in rows]
