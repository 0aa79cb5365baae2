"""Opening a SQLCipher database with a passphrase, and turning its errors into Satchel's.

The passphrase goes into ``PRAGMA key`` as a quoted SQL string literal (single quotes doubled), and any
error raised while that statement is around is re-raised without its cause, so neither the passphrase nor
the SQL text that carried it can surface in a traceback or a log.

A wrong passphrase is found by the first read (``SQLITE_NOTADB``). Nothing is written before that read:
the only pragmas issued before it configure the codec in memory. (If a previous run was killed in the
middle of a transaction, SQLite rolls that transaction back from its journal on first access, with or
without the right key; that restores the last committed bytes, which is what any later open would do.)
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3

from satchel.errors import UsageError, WalletCorrupt, WalletError, WrongPassphrase

Parameters = Sequence[Any] | Mapping[str, Any]


class Cursor(Protocol):
    """What the store reads from a sqlcipher3 cursor (the sqlite3 DB-API; rows are tuples)."""

    rowcount: int

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What the store uses of a sqlcipher3 connection (which ships no type information)."""

    def execute(self, sql: str, parameters: Parameters = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Parameters], /) -> Cursor: ...

    def create_function(self, name: str, narg: int, func: Callable[..., Any], *, deterministic: bool = ...) -> None: ...

    def close(self) -> None: ...


DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError

_SQLITE_NOTADB = 26
_PLAINTEXT_HEADER = b"SQLite format 3\x00"
_CACHE_KIB = 32 * 1024  # decrypted pages kept in memory: a 10,000-credential list/search stays in RAM


def check_passphrase(passphrase: str) -> None:
    """Refuse passphrases SQLCipher cannot take safely (an empty key would mean *no* encryption)."""
    if not isinstance(passphrase, str) or not passphrase:
        raise UsageError("A passphrase is required.")
    if "\x00" in passphrase:
        raise UsageError("A passphrase cannot contain a NUL character.")


def quote_literal(text: str) -> str:
    """``text`` as an SQL string literal: wrapped in single quotes, inner single quotes doubled."""
    return "'" + text.replace("'", "''") + "'"


def looks_like_plain_sqlite(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(_PLAINTEXT_HEADER)) == _PLAINTEXT_HEADER


def connect(path: Path, passphrase: str) -> Connection:
    """Open ``path`` read-write and set its key; the key is checked by :func:`verify_key`."""
    check_passphrase(passphrase)
    try:
        conn: Connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlcipher3.Error:
        raise WalletCorrupt("The wallet file could not be opened.") from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA key = " + quote_literal(passphrase))
        # Pin the SQLCipher 4 settings (PBKDF2-HMAC-SHA512, 256,000 iterations, 4 KiB pages,
        # HMAC-SHA512) so that a future library default cannot silently change how files are read.
        conn.execute("PRAGMA cipher_compatibility = 4")
    except sqlcipher3.Error:
        conn.close()
        raise WalletCorrupt("The wallet file could not be opened.") from None
    return conn


def verify_key(conn: Connection, *, wrong: type[Exception] = WrongPassphrase) -> None:
    """Read the schema once: a wrong key fails here, before anything is written."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if getattr(exc, "sqlite_errorcode", None) == _SQLITE_NOTADB:
            raise wrong() from None
        raise WalletCorrupt() from None


def key_still_opens(conn: Connection, path: Path) -> bool:
    """Whether the key this connection holds still opens the file at ``path`` (page 1 and the schema).

    ``ATTACH`` without a ``KEY`` clause uses the main database's key, so this needs no passphrase. False
    only when SQLCipher says "not a database" with this key: the file was re-keyed (or replaced) since
    this connection unlocked it. A busy or locked file is not mistaken for that."""
    try:
        conn.execute("ATTACH DATABASE ? AS key_probe", (str(path),))
    except sqlcipher3.Error as exc:
        return getattr(exc, "sqlite_errorcode", None) != _SQLITE_NOTADB
    try:
        conn.execute("SELECT count(*) FROM key_probe.sqlite_master").fetchone()
        return True
    except sqlcipher3.Error as exc:
        return getattr(exc, "sqlite_errorcode", None) != _SQLITE_NOTADB
    finally:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("DETACH DATABASE key_probe")


def configure(conn: Connection) -> None:
    """Session settings, applied once the key is known to be right."""
    conn.execute("PRAGMA journal_mode = DELETE")  # one file at rest; a journal only during a write
    conn.execute("PRAGMA synchronous = FULL")  # a reported commit survives a crash or power cut
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")  # sorting and temp tables never reach disk unencrypted
    conn.execute("PRAGMA secure_delete = ON")  # deleted credentials are zeroed inside the file
    conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")


def rekey(conn: Connection, new_passphrase: str) -> None:
    check_passphrase(new_passphrase)
    try:
        conn.execute("PRAGMA rekey = " + quote_literal(new_passphrase))
    except sqlcipher3.Error:
        raise WalletCorrupt("The passphrase could not be changed; the old one still opens the wallet.") from None


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``; any exception rolls everything back and propagates."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextlib.contextmanager
def storage_errors() -> Iterator[None]:
    """Turn a low-level database failure into a WalletError (SQL text and values stay out of it)."""
    try:
        yield
    except sqlcipher3.Error as exc:
        name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
        if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
            raise WalletCorrupt() from None
        raise WalletError(f"The wallet could not be read or written ({name}).") from None
