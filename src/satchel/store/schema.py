"""The wallet's tables, versioned with ``PRAGMA user_version``: one migration function per version.

``MIGRATIONS[n]`` takes a database at version ``n`` to version ``n + 1``. To change the schema, append a
``_migrate_to_N(conn)`` to the list; :func:`migrate` runs every missing step, in order, inside one
transaction, so a wallet is never left half-upgraded. Old files are kept in tests/store to prove it.

A step that needs to read credentials (version 3 computes content keys from the stored bytes) calls the
SQL function ``satchel_content_key(raw, format)``: the store cannot parse credentials (``formats`` is a
sibling layer), so :func:`migrate` registers it from the reader its caller passes (the services pass
``services.importing.stored_content_key``). An exception in the reader aborts the whole upgrade with that
exception, and nothing is changed. Version 5 reads stored reports, which are model data
(``model.stored_report``), so it needs no reader.

Layout (version 1). Small, searchable columns live in ``credentials``; the unbounded ones (the verbatim
bytes, the image, which is often a data: URI, the full display fields and the last report) live in
``credential_payloads``, one row per credential, so that listing, sorting and searching 10,000
credentials reads a few megabytes rather than every credential's bytes. ``credential_search`` holds the
folded (lower-case, accent-free) text that search matches.
"""

from __future__ import annotations

from collections.abc import Callable

from satchel.errors import UsageError, WalletCorrupt
from satchel.model.report import Outcome
from satchel.model.stored_report import current_verdict
from satchel.store.connection import Connection, DatabaseError, transaction

ContentKeyReader = Callable[[bytes, str], "str | None"]
"""(stored bytes, format) → the credential's content key, or None when it has none or cannot be read."""

APPLICATION_ID = 0x53415443  # "SATC": marks the file as a Satchel wallet


def _migrate_to_1(conn: Connection) -> None:
    for statement in _V1:
        conn.execute(statement)


_V1 = (
    """CREATE TABLE credentials (
        id TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        format TEXT NOT NULL,
        signed_form TEXT NOT NULL,
        source TEXT NOT NULL,
        added_at TEXT NOT NULL,
        name TEXT,
        description TEXT,
        issuer_name TEXT,
        issuer_id TEXT,
        subject_name TEXT,
        issued TEXT,
        valid_from TEXT,
        valid_until TEXT,
        achievement_type TEXT,
        name_key TEXT,
        issuer_key TEXT,
        outcome TEXT,
        verified_at TEXT
    )""",
    """CREATE TABLE credential_payloads (
        credential_id TEXT PRIMARY KEY REFERENCES credentials(id) ON DELETE CASCADE,
        raw BLOB NOT NULL,
        image TEXT,
        display_json TEXT NOT NULL,
        report_json TEXT
    )""",
    """CREATE TABLE credential_search (
        credential_id TEXT PRIMARY KEY REFERENCES credentials(id) ON DELETE CASCADE,
        text TEXT NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TABLE tags (
        credential_id TEXT NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (credential_id, tag)
    ) WITHOUT ROWID""",
    """CREATE TABLE collections (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE collection_items (
        collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
        credential_id TEXT NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,
        PRIMARY KEY (collection_id, credential_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE holder_keys (
        kid TEXT PRIMARY KEY,
        did TEXT NOT NULL,
        secret BLOB NOT NULL,
        public_multibase TEXT NOT NULL,
        created_at TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
        retired_at TEXT
    )""",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE activity (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        credential_id TEXT,
        detail TEXT
    )""",
    # What list/count filter and sort on. Sort indexes match ORDER BY "<key> IS NULL, <key>, …" exactly.
    "CREATE INDEX credentials_by_name ON credentials (name_key IS NULL, name_key, added_at, id)",
    "CREATE INDEX credentials_by_issuer ON credentials (issuer_key IS NULL, issuer_key, added_at, id)",
    "CREATE INDEX credentials_by_issued ON credentials (issued IS NULL, issued, added_at, id)",
    "CREATE INDEX credentials_by_added ON credentials (added_at, id)",
    "CREATE INDEX credentials_by_outcome ON credentials (outcome)",
    "CREATE INDEX credentials_by_issuer_id ON credentials (issuer_id)",
    "CREATE INDEX credentials_by_issuer_name ON credentials (issuer_name)",
    "CREATE INDEX tags_by_tag ON tags (tag, credential_id)",
    "CREATE INDEX collection_items_by_credential ON collection_items (credential_id)",
    "CREATE UNIQUE INDEX holder_keys_one_active ON holder_keys (active) WHERE active = 1",
    "CREATE INDEX activity_by_credential ON activity (credential_id)",
    "CREATE INDEX activity_by_at ON activity (at)",
)

def _migrate_to_2(conn: Connection) -> None:
    """A content key: the same credential received in another wrapping (inside a presentation, scanned
    back from a QR code, re-serialised) is recognised as already in the wallet. Older rows keep NULL."""
    conn.execute("ALTER TABLE credentials ADD COLUMN content_key TEXT")
    conn.execute("CREATE INDEX credentials_by_content ON credentials (content_key) WHERE content_key IS NOT NULL")


def _migrate_to_3(conn: Connection) -> None:
    """Content keys for the rows stored without one: baked PNG/SVG badges received before keys covered
    wrappers, and every row of a version-1 wallet. Computed from the stored bytes, so the same credential
    received as JSON and as a baked image becomes one card. A row the reader cannot read keeps NULL."""
    conn.execute("""UPDATE credentials SET content_key = (
                        SELECT satchel_content_key(p.raw, credentials.format) FROM credential_payloads p
                        WHERE p.credential_id = credentials.id)
                    WHERE content_key IS NULL""")


def _migrate_to_4(conn: Connection) -> None:
    """Remembered disclosure choices: per verifier and credential content, the claims shown (a JSON array of
    claim keys), the claims asked (NULL for a QR share), the request answered, and when (store.disclosures)."""
    conn.execute("""CREATE TABLE disclosure_choices (
        verifier TEXT NOT NULL,
        label TEXT NOT NULL,
        content_key TEXT NOT NULL,
        revealed TEXT NOT NULL,
        asked TEXT,
        request TEXT,
        chosen_at TEXT NOT NULL,
        PRIMARY KEY (verifier, content_key)
    ) WITHOUT ROWID""")
    conn.execute("CREATE INDEX disclosure_choices_by_content ON disclosure_choices (content_key)")


def _migrate_to_5(conn: Connection) -> None:
    """Stored verdicts by today's rules (model.stored_report), without verifying anything again: a row
    stored as ``failed`` gets the outcome its stored report's checks have now (``invalid`` when no
    signature was computed and found not to match), and a stored report whose skipped issuer-key or status
    sentence blamed a signature that did not fail gets today's sentence. ``verified_at`` is kept (the
    checks are the ones made then). A row without a report, or with one that cannot be read, keeps what
    it has."""
    rows = conn.execute("""SELECT c.id, c.outcome, p.report_json FROM credentials c
                           JOIN credential_payloads p ON p.credential_id = c.id
                           WHERE p.report_json IS NOT NULL AND (c.outcome = 'failed'
                                 OR instr(p.report_json, '"issuer_key.skipped"')
                                 OR instr(p.report_json, '"revocation.skipped"'))""").fetchall()
    for cid, outcome, report_json in rows:
        verdict = current_verdict(report_json if isinstance(report_json, str) else None)
        if verdict is None:
            continue
        if outcome == Outcome.FAILED.value and verdict.outcome is not Outcome.FAILED:
            conn.execute("UPDATE credentials SET outcome = ? WHERE id = ?", (verdict.outcome.value, cid))
        if verdict.report_json is not None:
            conn.execute("UPDATE credential_payloads SET report_json = ? WHERE credential_id = ?",
                         (verdict.report_json, cid))


MIGRATIONS: list[Callable[[Connection], None]] = [_migrate_to_1, _migrate_to_2, _migrate_to_3, _migrate_to_4,
                                                  _migrate_to_5]


def current_version() -> int:
    return len(MIGRATIONS)


def version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, content_keys: ContentKeyReader | None = None) -> int:
    """Bring the database up to :func:`current_version`; returns the version it was at.

    ``content_keys`` reads a stored credential for the steps that need it (see the module docstring);
    without one, upgrading a wallet that holds credentials from before version 3 raises UsageError."""
    with transaction(conn):
        start = version(conn)
        _check_is_wallet(conn, start)
        if start < current_version():
            reader = _Reader(content_keys)
            conn.create_function("satchel_content_key", 2, reader, deterministic=True)
            for target in range(start + 1, current_version() + 1):
                try:
                    MIGRATIONS[target - 1](conn)
                except DatabaseError:
                    if reader.error is not None:  # SQLite only says "user-defined function raised exception"
                        raise reader.error from None
                    raise
                conn.execute(f"PRAGMA user_version = {int(target)}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return start


class _Reader:
    """``satchel_content_key(raw, format)`` for SQL; keeps the reader's exception, which SQLite drops."""

    def __init__(self, read: ContentKeyReader | None) -> None:
        self._read = read
        self.error: BaseException | None = None

    def __call__(self, raw: bytes | None, fmt: str | None) -> str | None:
        try:
            if self._read is None:
                raise UsageError("This wallet was made by an older Satchel and must be upgraded by a caller "
                                 "that can read credentials.")
            return self._read(bytes(raw or b""), str(fmt or ""))
        except BaseException as exc:
            self.error = exc
            raise


def _check_is_wallet(conn: Connection, start: int) -> None:
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if start > current_version():
        raise WalletCorrupt("This wallet was made by a newer version of Satchel; update Satchel to open it.")
    if start == 0:
        # Version 0 is a keyed database with nothing in it yet (a wallet whose creation never finished,
        # or a file made by a tool that only marked it as ours). Anything else is another program's.
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables or app_id not in (0, APPLICATION_ID):
            raise WalletCorrupt()
    elif app_id != APPLICATION_ID:
        raise WalletCorrupt()
