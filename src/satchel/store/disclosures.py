"""Remembered disclosure choices (table ``disclosure_choices``, schema version 4): per verifier and credential
content, the claims the holder showed, the claims the verifier asked for, and when.

A credential is named by its content key (its sha256 when it has none), so the same credential received in
another wrapping finds the same choice. When the last stored copy of a credential is deleted, its choices go
with it (:func:`drop_orphans`): the wallet keeps no trace of whom a deleted credential was shown to.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from satchel.errors import CredentialNotFound, UsageError
from satchel.model.disclosure import RememberedChoice
from satchel.store.connection import Connection, transaction

MAX_CLAIMS = 500  # claim keys in one remembered choice (a credential lists at most 500 hideable fields)
MAX_TEXT = 2_000  # characters of a verifier key, label, request id or claim key

_KEY_OF = "SELECT COALESCE(content_key, sha256) FROM credentials WHERE id = ?"
# A stored credential whose content is the remembered one (written so that SQLite uses the two indexes).
_SAME = "(c.content_key = {m}.content_key OR (c.content_key IS NULL AND c.sha256 = {m}.content_key))"
_SAME_AS_M = _SAME.format(m="m")
_SAME_AS_ROW = _SAME.format(m="disclosure_choices")
COLUMNS = "verifier, label, content_key, revealed, asked, request, chosen_at"


def _text(value: object, what: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value or len(value) > MAX_TEXT:
        raise UsageError(f"A remembered choice needs {what} (text of at most {MAX_TEXT} characters).")
    return value


def _claims(values: Sequence[str] | None, what: str) -> str | None:
    if values is None:
        return None
    if isinstance(values, str) or len(values) > MAX_CLAIMS:
        raise UsageError(f"A remembered choice keeps a list of at most {MAX_CLAIMS} {what}.")
    for value in values:
        _text(value, what)
    return json.dumps(list(dict.fromkeys(values)), ensure_ascii=False)


def content_key_of(conn: Connection, cred_id: str) -> str:
    row = conn.execute(_KEY_OF, (cred_id,)).fetchone()
    if row is None:
        raise CredentialNotFound()
    return str(row[0])


def remember(conn: Connection, cred_id: str, *, verifier: str, label: str, revealed: Sequence[str],
             asked: Sequence[str] | None, request: str | None, at: str) -> None:
    """Keep (replacing the last one) what ``verifier`` was shown of the credential ``cred_id``."""
    row = (_text(verifier, "a verifier"), _text(label, "a verifier name"), _claims(revealed, "claims shown"),
           _claims(asked, "claims asked"), _text(request, "a request id", optional=True), _text(at, "a time"))
    with transaction(conn):
        key = content_key_of(conn, cred_id)
        conn.execute(f"INSERT OR REPLACE INTO disclosure_choices ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (row[0], row[1], key, row[2], row[3], row[4], row[5]))


def _choice(row: Sequence[object]) -> RememberedChoice:
    asked = json.loads(str(row[4])) if row[4] is not None else None
    return RememberedChoice(
        verifier=str(row[0]), label=str(row[1]), content_key=str(row[2]), revealed=tuple(json.loads(str(row[3]))),
        asked=tuple(asked) if asked is not None else None, request=row[5] if isinstance(row[5], str) else None,
        chosen_at=str(row[6]), credential_id=row[7] if len(row) > 7 and isinstance(row[7], str) else None,
        credential_name=row[8] if len(row) > 8 and isinstance(row[8], str) else None)


def recall(conn: Connection, cred_id: str, verifier: str) -> RememberedChoice | None:
    key = content_key_of(conn, cred_id)
    row = conn.execute(f"SELECT {COLUMNS} FROM disclosure_choices WHERE verifier = ? AND content_key = ?",
                       (verifier, key)).fetchone()
    return _choice(row) if row is not None else None


def listing(conn: Connection) -> list[RememberedChoice]:
    """Every remembered choice, newest first, with the first stored copy of its credential."""
    rows = conn.execute(
        f"""SELECT {COLUMNS},
                   (SELECT c.id FROM credentials c WHERE {_SAME_AS_M} ORDER BY c.added_at, c.rowid LIMIT 1),
                   (SELECT c.name FROM credentials c WHERE {_SAME_AS_M} ORDER BY c.added_at, c.rowid LIMIT 1)
            FROM disclosure_choices m ORDER BY chosen_at DESC, verifier, content_key""").fetchall()
    return [_choice(row) for row in rows]


def forget(conn: Connection, *, verifier: str | None = None, cred_id: str | None = None) -> int:
    """Forget the choices for one verifier, one credential, both, or (neither given) all; returns how many."""
    where, params = [], []
    if verifier is not None:
        where.append("verifier = ?")
        params.append(verifier)
    with transaction(conn):
        if cred_id is not None:
            where.append("content_key = ?")
            params.append(content_key_of(conn, cred_id))
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        return int(conn.execute(f"DELETE FROM disclosure_choices{clause}", params).rowcount)


def drop_orphans(conn: Connection) -> None:
    """Inside the caller's transaction: forget choices about credentials no longer in the wallet."""
    conn.execute(f"""DELETE FROM disclosure_choices WHERE NOT EXISTS (
                         SELECT 1 FROM credentials c WHERE {_SAME_AS_ROW})""")
