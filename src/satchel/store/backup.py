"""Encrypted backups: one SQLCipher file with its own passphrase, and a merge-without-duplicates restore.

A backup is a copy of the wallet's tables (``sqlcipher_export`` into a freshly keyed database) plus a
``backup_header`` table naming the format, sealed as a whole (:mod:`satchel.store.seal`). It is written to
a 0600 temp file beside the target, flushed, and moved into place atomically. Restoring copies the backup
into a private temp file beside the wallet while checking the seal (a flipped byte anywhere: BackupError,
nothing restored; backups of format 1, made before the seal, get SQLCipher's check of every page
instead), upgrades that copy with the wallet's own migrations, then merges it in one transaction:
credentials already present (same SHA-256) are skipped, tags and collection memberships are united,
missing holder keys are added without ever replacing the wallet's active key, and existing settings and
remembered disclosure choices win.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from satchel.errors import (
    BackupError,
    FileAccessError,
    UsageError,
    WalletCorrupt,
    WrongPassphrase,
)
from satchel.fsutil import held
from satchel.store import atomic, disclosures, seal
from satchel.store.connection import (
    Connection,
    DatabaseError,
    check_passphrase,
    connect,
    looks_like_plain_sqlite,
    storage_errors,
    transaction,
    verify_key,
)
from satchel.store.credentials import refresh_search
from satchel.store.schema import APPLICATION_ID, ContentKeyReader, current_version, migrate

FORMAT = "satchel-backup"
FORMAT_VERSION = "2"  # 2: sealed as a whole; 1: unsealed (still read, every page checked)
_UNSEALED_VERSION = "1"
_PAGE_SIZE = 4096
_ALIAS = "backup"


@dataclass(frozen=True)
class RestoreSummary:
    added: int  # credentials that were not in the wallet yet
    skipped: int  # credentials the wallet already had (same bytes)


def export(conn: Connection, path: Path, passphrase: str, created_at: str) -> None:
    check_passphrase(passphrase)
    path = Path(path)
    atomic.ensure_private_dir(path.parent)
    temp = atomic.temp_path_beside(path)
    atomic.create_private_file(temp)
    try:
        with storage_errors():
            conn.execute(f"ATTACH DATABASE ? AS {_ALIAS} KEY ?", (str(temp), passphrase))
            try:
                _fill(conn, created_at)
            finally:
                conn.execute(f"DETACH DATABASE {_ALIAS}")
        seal.append_seal(temp, passphrase)
        atomic.replace_atomically(temp, path)
    except BaseException:
        atomic.remove_quietly(temp)
        raise


def _fill(conn: Connection, created_at: str) -> None:
    with transaction(conn):
        conn.execute(f"SELECT sqlcipher_export('{_ALIAS}')")
        conn.execute(f"CREATE TABLE {_ALIAS}.backup_header (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.executemany(
            f"INSERT INTO {_ALIAS}.backup_header (key, value) VALUES (?, ?)",
            [("format", FORMAT), ("format_version", FORMAT_VERSION), ("created_at", created_at)],
        )
        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute(f"PRAGMA {_ALIAS}.user_version = {version}")
        conn.execute(f"PRAGMA {_ALIAS}.application_id = {APPLICATION_ID}")


def restore(conn: Connection, wallet_path: Path, path: Path, passphrase: str, now: str,
            content_keys: ContentKeyReader | None = None) -> RestoreSummary:
    """Merge the backup at ``path`` into the wallet; an old backup is upgraded on its temporary copy first
    (``content_keys``: see store.schema)."""
    check_passphrase(passphrase)
    path = Path(path)
    if not path.is_file():
        raise FileAccessError.from_os_error(IsADirectoryError() if path.is_dir() else FileNotFoundError(), path)
    if looks_like_plain_sqlite(path):
        raise BackupError("This file is not a Satchel backup.")
    copy = atomic.temp_path_beside(Path(wallet_path))
    atomic.create_private_file(copy)
    try:
        with held(copy):  # marks the copy as in use, so that another open does not clean it away
            sealed = seal.is_sealed(path)
            if sealed:
                try:
                    seal.copy_if_sealed(path, passphrase, copy)
                except seal.SealMismatch:
                    raise _mismatch(copy, passphrase) from None
            else:
                shutil.copyfile(path, copy)
            _prepare(copy, passphrase, sealed, content_keys)
            return _attach_and_merge(conn, copy, passphrase, now)
    finally:
        atomic.remove_quietly(copy)


_DAMAGED = "This backup is damaged or was changed after it was made; nothing was restored."


def _mismatch(copy: Path, passphrase: str) -> BackupError:
    """A seal that does not match: a wrong passphrase (the copy does not open) or a damaged file."""
    try:
        probe = connect(copy, passphrase)
        verify_key(probe, wrong=BackupError)
        probe.close()
    except (BackupError, WalletCorrupt, UsageError):
        return BackupError()
    return BackupError(_DAMAGED, code="backup_damaged")


def _attach_and_merge(conn: Connection, copy: Path, passphrase: str, now: str) -> RestoreSummary:
    with storage_errors():
        conn.execute(f"ATTACH DATABASE ? AS {_ALIAS} KEY ?", (str(copy), passphrase))
        try:
            return _merge(conn, now)
        finally:
            conn.execute(f"DETACH DATABASE {_ALIAS}")


def _prepare(copy: Path, passphrase: str, sealed: bool, content_keys: ContentKeyReader | None) -> None:
    """Check the passphrase and the header on the copy, and upgrade it to the current schema.

    A sealed copy was authenticated as a whole already; an unsealed one (format 1) must be whole pages,
    every one of which passes SQLCipher's HMAC check."""
    try:
        backup = connect(copy, passphrase)
        verify_key(backup, wrong=BackupError)
    except (WalletCorrupt, WrongPassphrase, UsageError):
        raise BackupError() from None
    try:
        header = dict(backup.execute("SELECT key, value FROM backup_header").fetchall())
        if header.get("format") != FORMAT:
            raise BackupError("This file is not a Satchel backup.")
        if header.get("format_version") not in (FORMAT_VERSION, _UNSEALED_VERSION):
            raise BackupError("This backup was made by a newer version of Satchel; update Satchel to read it.")
        if not sealed and (header.get("format_version") != _UNSEALED_VERSION
                           or copy.stat().st_size % _PAGE_SIZE
                           or backup.execute("PRAGMA cipher_integrity_check").fetchall()):
            raise BackupError(_DAMAGED, code="backup_damaged")
        version = int(backup.execute("PRAGMA user_version").fetchone()[0])
        if version > current_version():
            raise BackupError("This backup was made by a newer version of Satchel; update Satchel to read it.")
        migrate(backup, content_keys)
    except DatabaseError:
        raise BackupError("This file is not a Satchel backup, or it is damaged.") from None
    except WalletCorrupt:
        raise BackupError("This file is not a Satchel backup, or it is damaged.") from None
    finally:
        backup.close()


# Every column of a credential row (the backup copy was upgraded to the wallet's schema first): a restored
# credential keeps its content key, so its wrappers stay one card and a later import still sees it.
_CREDENTIAL_COLUMNS = (
    "id, sha256, format, signed_form, source, added_at, name, description, issuer_name, issuer_id, "
    "subject_name, issued, valid_from, valid_until, achievement_type, name_key, issuer_key, outcome, verified_at, "
    "content_key"
)


def _merge(conn: Connection, now: str) -> RestoreSummary:
    b = _ALIAS
    with transaction(conn):
        total = int(conn.execute(f"SELECT count(*) FROM {b}.credentials").fetchone()[0])
        added = conn.execute(
            f"""INSERT INTO credentials ({_CREDENTIAL_COLUMNS})
                SELECT {_CREDENTIAL_COLUMNS} FROM {b}.credentials n
                WHERE NOT EXISTS (SELECT 1 FROM credentials c WHERE c.sha256 = n.sha256 OR c.id = n.id)"""
        ).rowcount
        conn.execute(
            f"""INSERT OR IGNORE INTO credential_payloads (credential_id, raw, image, display_json, report_json)
                SELECT credential_id, raw, image, display_json, report_json FROM {b}.credential_payloads"""
        )
        conn.execute(
            f"""INSERT OR IGNORE INTO tags (credential_id, tag)
                SELECT credential_id, tag FROM {b}.tags WHERE credential_id IN (SELECT id FROM credentials)"""
        )
        conn.execute("INSERT OR IGNORE INTO collections (name, created_at) "
                     f"SELECT name, created_at FROM {b}.collections")
        conn.execute(
            f"""INSERT OR IGNORE INTO collection_items (collection_id, credential_id)
                SELECT k.id, bi.credential_id FROM {b}.collection_items bi
                JOIN {b}.collections bk ON bk.id = bi.collection_id
                JOIN collections k ON k.name = bk.name
                WHERE bi.credential_id IN (SELECT id FROM credentials)"""
        )
        _merge_holder_keys(conn, now)
        conn.execute(f"INSERT OR IGNORE INTO settings (key, value) SELECT key, value FROM {b}.settings")
        kept = disclosures.COLUMNS
        conn.execute(f"INSERT OR IGNORE INTO disclosure_choices ({kept}) SELECT {kept} FROM {b}.disclosure_choices")
        disclosures.drop_orphans(conn)
        conn.execute(
            f"""INSERT INTO activity (at, action, credential_id, detail)
                SELECT at, action, credential_id, detail FROM {b}.activity n
                WHERE NOT EXISTS (SELECT 1 FROM activity a WHERE a.at = n.at AND a.action = n.action
                                  AND a.credential_id IS n.credential_id AND a.detail IS n.detail)
                ORDER BY n.id"""
        )
        touched = [row[0] for row in conn.execute(
            f"SELECT id FROM credentials WHERE id IN (SELECT id FROM {b}.credentials)").fetchall()]
        refresh_search(conn, touched)
    return RestoreSummary(added=added, skipped=total - added)


def _merge_holder_keys(conn: Connection, now: str) -> None:
    """Add keys the wallet lacks; the backup's active key becomes active only if the wallet has none."""
    wallet_has_active = conn.execute("SELECT 1 FROM holder_keys WHERE active = 1").fetchone() is not None
    conn.execute(
        f"""INSERT OR IGNORE INTO holder_keys (kid, did, secret, public_multibase, created_at, active, retired_at)
            SELECT kid, did, secret, public_multibase, created_at,
                   CASE WHEN :keep THEN 0 ELSE active END,
                   CASE WHEN :keep AND active = 1 THEN :now ELSE retired_at END
            FROM {_ALIAS}.holder_keys ORDER BY active""",
        {"keep": int(wallet_has_active), "now": now},
    )
