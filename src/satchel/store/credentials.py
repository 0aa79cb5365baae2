"""Credentials: add (idempotent by SHA-256), read, delete, store the last verification report."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from satchel.errors import CredentialNotFound, UsageError, WalletError
from satchel.model import CredentialRecord, DisplayFields
from satchel.store import disclosures
from satchel.store.connection import Connection, IntegrityError, transaction
from satchel.store.records import RECORD_COLUMNS, display_to_json, enum_text, record_from_row
from satchel.store.text import search_text, sort_key

ID_LENGTH = 16  # hex characters of the SHA-256 of the raw bytes


def credential_id(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:ID_LENGTH]


def add(conn: Connection, raw: bytes, *, format: object, signed_form: object, source: str,
        display: DisplayFields, added_at: str, content_key: str | None = None,
        match_content: bool = False) -> tuple[str, bool]:
    """Store ``raw`` verbatim; the same bytes again give back the existing id and ``False``. With
    ``match_content`` (for bytes Satchel re-serialised itself, e.g. a credential taken out of a
    presentation) a credential already stored under the same ``content_key`` counts as the same."""
    if not isinstance(raw, (bytes, bytearray)) or not raw:
        raise UsageError("A credential needs its bytes.")
    raw = bytes(raw)
    digest = hashlib.sha256(raw).hexdigest()
    new_id = digest[:ID_LENGTH]
    with transaction(conn):
        found = conn.execute("SELECT id FROM credentials WHERE sha256 = ?", (digest,)).fetchone()
        if found:
            return found[0], False
        if content_key and match_content:
            found = conn.execute("SELECT id FROM credentials WHERE content_key = ? ORDER BY added_at LIMIT 1",
                                 (content_key,)).fetchone()
            if found:
                return found[0], False
        try:
            conn.execute(
                """INSERT INTO credentials (id, sha256, format, signed_form, source, added_at, name,
                       description, issuer_name, issuer_id, subject_name, issued, valid_from, valid_until,
                       achievement_type, name_key, issuer_key, content_key)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (new_id, digest, enum_text(format), enum_text(signed_form), source, added_at,
                 display.name, display.description, display.issuer_name, display.issuer_id,
                 display.subject_name, display.issued, display.valid_from, display.valid_until,
                 display.achievement_type, sort_key(display.name),
                 sort_key(display.issuer_name or display.issuer_id), content_key),
            )
        except IntegrityError:
            raise WalletError("Another credential already uses this id; the new one was not added.") from None
        conn.execute(
            "INSERT INTO credential_payloads (credential_id, raw, image, display_json) VALUES (?, ?, ?, ?)",
            (new_id, raw, display.image, display_to_json(display)),
        )
        refresh_search(conn, [new_id])
    return new_id, True


def get(conn: Connection, cid: str) -> CredentialRecord:
    row = conn.execute(
        f"SELECT {RECORD_COLUMNS}, p.raw FROM credentials c "
        "JOIN credential_payloads p ON p.credential_id = c.id WHERE c.id = ?",
        (cid,),
    ).fetchone()
    if row is None:
        raise CredentialNotFound()
    return record_from_row(row, raw=row[13])


def ids_with_prefix(conn: Connection, prefix: str, limit: int = 2) -> list[str]:
    """Ids starting with ``prefix`` (hex only; at most ``limit``, enough to tell unique from ambiguous)."""
    if not prefix or any(c not in "0123456789abcdef" for c in prefix):
        return []
    rows = conn.execute("SELECT id FROM credentials WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
                        (prefix, prefix + "g", limit)).fetchall()
    return [row[0] for row in rows]


def require(conn: Connection, ids: Iterable[str]) -> list[str]:
    """The ids, de-duplicated in order; raises CredentialNotFound if any is not in the wallet."""
    wanted = list(dict.fromkeys(ids))
    for cid in wanted:
        if conn.execute("SELECT 1 FROM credentials WHERE id = ?", (cid,)).fetchone() is None:
            raise CredentialNotFound()
    return wanted


def with_copies(conn: Connection, ids: Iterable[str]) -> list[str]:
    """The ids and every other row holding the same credential (same content key), in order, once each."""
    out: dict[str, None] = {}
    for cid in ids:
        out[cid] = None
        out.update((row[0], None) for row in conn.execute(
            "SELECT d.id FROM credentials c JOIN credentials d ON d.content_key = c.content_key "
            "WHERE c.id = ? ORDER BY d.added_at, d.rowid", (cid,)))
    return list(out)


def delete(conn: Connection, cid: str) -> None:
    with transaction(conn):
        if conn.execute("DELETE FROM credentials WHERE id = ?", (cid,)).rowcount == 0:
            raise CredentialNotFound()
        disclosures.drop_orphans(conn)


def set_display(conn: Connection, cid: str, display: DisplayFields) -> None:
    """Replace the display fields (never the stored bytes), e.g. once a badge's details were fetched."""
    with transaction(conn):
        updated = conn.execute(
            """UPDATE credentials SET name = ?, description = ?, issuer_name = ?, issuer_id = ?,
                   subject_name = ?, issued = ?, valid_from = ?, valid_until = ?, achievement_type = ?,
                   name_key = ?, issuer_key = ? WHERE id = ?""",
            (display.name, display.description, display.issuer_name, display.issuer_id, display.subject_name,
             display.issued, display.valid_from, display.valid_until, display.achievement_type,
             sort_key(display.name), sort_key(display.issuer_name or display.issuer_id), cid),
        ).rowcount
        if updated == 0:
            raise CredentialNotFound()
        conn.execute("UPDATE credential_payloads SET image = ?, display_json = ? WHERE credential_id = ?",
                     (display.image, display_to_json(display), cid))
        refresh_search(conn, [cid])


def set_report(conn: Connection, cid: str, report_json: str, outcome: str, verified_at: str) -> None:
    with transaction(conn):
        if not _write_report(conn, cid, report_json, outcome, verified_at):
            raise CredentialNotFound()


def set_reports(conn: Connection, rows: Iterable[tuple[str, str, str, str]]) -> int:
    """Many (id, report JSON, outcome, verified at) in one transaction (one commit, not one per row);
    ids deleted meanwhile are skipped. Returns how many were written."""
    rows = list(rows)
    with transaction(conn):
        written = conn.executemany("UPDATE credentials SET outcome = ?, verified_at = ? WHERE id = ?",
                                   [(enum_text(outcome), at, cid) for cid, _, outcome, at in rows]).rowcount
        conn.executemany("UPDATE credential_payloads SET report_json = ? WHERE credential_id = ?",
                         [(report, cid) for cid, report, _, _ in rows])  # a deleted id updates no row
    return int(written)


def _write_report(conn: Connection, cid: str, report_json: str, outcome: str, verified_at: str) -> bool:
    updated = conn.execute(
        "UPDATE credentials SET outcome = ?, verified_at = ? WHERE id = ?",
        (enum_text(outcome), verified_at, cid),
    ).rowcount
    if updated:
        conn.execute("UPDATE credential_payloads SET report_json = ? WHERE credential_id = ?", (report_json, cid))
    return bool(updated)


def issuers(conn: Connection) -> list[tuple[str | None, str | None, int]]:
    """(issuer id, issuer name, how many credentials), alphabetically by name, unnamed last. A credential
    held in several copies (JSON, baked PNG…) counts once."""
    rows = conn.execute(
        """SELECT issuer_id, issuer_name, count(DISTINCT coalesce(content_key, id)), min(issuer_key) AS k
           FROM credentials GROUP BY issuer_id, issuer_name ORDER BY k IS NULL, k, issuer_id"""
    ).fetchall()
    return [(issuer_id, name, count) for issuer_id, name, count, _ in rows]


def refresh_search(conn: Connection, ids: Iterable[str]) -> None:
    """Recompute the folded search text of these credentials (after an add or a tag change)."""
    for cid in ids:
        row = conn.execute(
            """SELECT name, description, issuer_name, subject_name, achievement_type,
                      (SELECT group_concat(tag, char(10)) FROM tags WHERE credential_id = c.id)
               FROM credentials c WHERE id = ?""",
            (cid,),
        ).fetchone()
        if row is None:
            continue
        conn.execute(
            "INSERT OR REPLACE INTO credential_search (credential_id, text) VALUES (?, ?)",
            (cid, search_text(row)),
        )
