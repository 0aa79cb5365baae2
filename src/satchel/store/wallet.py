"""The wallet: one SQLCipher 4 file, opened with a passphrase. Every method is one transaction.

A ``Wallet`` may be shared between threads (calls are serialised by a lock). After :meth:`close` every
call raises :class:`WalletLocked`.
"""

from __future__ import annotations

import builtins
import functools
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from satchel.clock import Clock, SystemClock, isoformat
from satchel.errors import (
    PassphraseChanged,
    WalletCorrupt,
    WalletError,
    WalletExists,
    WalletLocked,
    WalletNotFound,
)
from satchel.model import CredentialRecord, DisplayFields, ListQuery
from satchel.model.disclosure import RememberedChoice
from satchel.store import (
    atomic,
    backup,
    connection,
    credentials,
    disclosures,
    keys,
    listing,
    organise,
    settings,
)
from satchel.store.backup import RestoreSummary
from satchel.store.keys import HolderKeyRecord
from satchel.store.schema import ContentKeyReader, migrate, version
from satchel.store.settings import ActivityEntry

T = TypeVar("T")
_MIN_FILE_SIZE = 512  # SQLite's smallest page; anything shorter cannot be a wallet


def _locked(method: Callable[..., T]) -> Callable[..., T]:
    @functools.wraps(method)
    def wrapper(self: Wallet, *args: Any, **kwargs: Any) -> T:
        with self._lock:
            if self._conn is None:
                raise WalletLocked()
            try:
                with connection.storage_errors():
                    return method(self, *args, **kwargs)
            except WalletError as exc:
                if type(exc) in (WalletError, WalletCorrupt) and not connection.key_still_opens(self._conn, self.path):
                    self.close()  # this key is stale: the session must unlock again
                    raise PassphraseChanged() from None
                raise
    return wrapper


class Wallet:
    """``content_keys`` reads a stored credential's content key (see store.schema) when an old wallet or an
    old backup is upgraded; the services pass ``services.importing.stored_content_key``."""

    def __init__(self, path: Path, conn: connection.Connection, clock: Clock,
                 content_keys: ContentKeyReader | None = None) -> None:
        self.path = path
        self._conn: connection.Connection | None = conn
        self._clock = clock
        self._content_keys = content_keys
        self._lock = threading.RLock()

    # -- opening and closing ------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, *, clock: Clock | None = None,
               content_keys: ContentKeyReader | None = None) -> Wallet:
        """Make a new, empty wallet at ``path`` (0600, in a 0700 directory if it has to be made)."""
        path = Path(path)
        connection.check_passphrase(passphrase)
        if path.exists() or path.with_name(path.name + "-journal").exists():
            raise WalletExists()
        atomic.ensure_private_dir(path.parent)
        try:
            atomic.create_private_file(path)
        except FileExistsError:
            raise WalletExists() from None
        try:
            conn = connection.connect(path, passphrase)
            connection.verify_key(conn)
            connection.configure(conn)
            with connection.storage_errors():
                migrate(conn, content_keys)
        except BaseException:
            atomic.remove_quietly(path)
            raise
        return cls(path, conn, clock or SystemClock(), content_keys)

    @classmethod
    def open(cls, path: Path, passphrase: str, *, clock: Clock | None = None,
             content_keys: ContentKeyReader | None = None) -> Wallet:
        """Unlock the wallet at ``path`` (upgrading it if it is old); a wrong passphrase raises
        WrongPassphrase and changes nothing."""
        path = Path(path)
        connection.check_passphrase(passphrase)
        if not path.is_file():
            raise WalletNotFound()
        if path.stat().st_size < _MIN_FILE_SIZE or connection.looks_like_plain_sqlite(path):
            raise WalletCorrupt()
        conn = connection.connect(path, passphrase)
        connection.verify_key(conn)
        atomic.remove_leftover_temps(path)  # e.g. the decrypting copy of a restore that was killed
        try:
            with connection.storage_errors():
                connection.configure(conn)
                migrate(conn, content_keys)
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, clock or SystemClock(), content_keys)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    @property
    @_locked
    def schema_version(self) -> int:
        return version(self._db)

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> Wallet:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _now(self) -> str:
        return isoformat(self._clock.now())

    @property
    def _db(self) -> connection.Connection:
        assert self._conn is not None  # guarded by @_locked
        return self._conn

    # -- credentials -------------------------------------------------------------------------------

    @_locked
    def add_credential(self, raw: bytes, *, format: str, signed_form: str, source: str,
                       display: DisplayFields, added_at: str, content_key: str | None = None,
                       match_content: bool = False) -> tuple[str, bool]:
        return credentials.add(self._db, raw, format=format, signed_form=signed_form, source=source,
                               display=display, added_at=added_at, content_key=content_key,
                               match_content=match_content)

    @_locked
    def set_display(self, id: str, display: DisplayFields) -> None:
        credentials.set_display(self._db, id, display)

    @_locked
    def get(self, id: str) -> CredentialRecord:
        return credentials.get(self._db, id)

    @_locked
    def ids_with_prefix(self, prefix: str) -> list[str]:
        return credentials.ids_with_prefix(self._db, prefix)

    @_locked
    def list(self, query: ListQuery | None = None) -> list[CredentialRecord]:
        return listing.list_records(self._db, query or ListQuery())

    @_locked
    def list_ids(self, query: ListQuery | None = None) -> builtins.list[str]:
        """The ids ``list`` would give, in its order, without reading the records."""
        return listing.list_ids(self._db, query or ListQuery())

    @_locked
    def verification_inputs(self, ids: builtins.list[str]) -> builtins.list[tuple[str, str | None, str, bytes]]:
        """(id, name, signed form, exact bytes) of each of ``ids`` still stored, in that order, in one read."""
        return listing.verification_inputs(self._db, ids)

    @_locked
    def count(self, query: ListQuery | None = None) -> int:
        return listing.count(self._db, query or ListQuery())

    @_locked
    def delete(self, id: str) -> None:
        credentials.delete(self._db, id)

    @_locked
    def same_credential(self, id: str) -> builtins.list[tuple[str, str]]:
        """(id, format) of every received file holding the same credential as ``id``."""
        return listing.same_credential(self._db, id)

    @_locked
    def set_report(self, id: str, report_json: str, outcome: str, verified_at: str) -> None:
        credentials.set_report(self._db, id, report_json, outcome, verified_at)

    @_locked
    def set_reports(self, rows: Iterable[tuple[str, str, str, str]]) -> int:
        """(id, report JSON, outcome, verified at) rows in one transaction; deleted ids are skipped."""
        return credentials.set_reports(self._db, rows)

    @_locked
    def issuers(self) -> builtins.list[tuple[str | None, str | None, int]]:
        return credentials.issuers(self._db)

    # -- tags and collections ----------------------------------------------------------------------

    @_locked
    def add_tags(self, id: str, tags: Iterable[str]) -> None:
        organise.add_tags(self._db, id, tags)

    @_locked
    def remove_tags(self, id: str, tags: Iterable[str]) -> None:
        organise.remove_tags(self._db, id, tags)

    @_locked
    def tags(self) -> builtins.list[tuple[str, int]]:
        return organise.tags(self._db)

    @_locked
    def create_collection(self, name: str) -> None:
        organise.create_collection(self._db, name, self._now())

    @_locked
    def delete_collection(self, name: str) -> None:
        organise.delete_collection(self._db, name)

    @_locked
    def rename_collection(self, old: str, new: str) -> None:
        organise.rename_collection(self._db, old, new)

    @_locked
    def collections(self) -> builtins.list[tuple[str, int]]:
        return organise.collections(self._db)

    @_locked
    def add_to_collection(self, name: str, ids: Iterable[str]) -> None:
        organise.add_to_collection(self._db, name, ids)

    @_locked
    def remove_from_collection(self, name: str, ids: Iterable[str]) -> None:
        organise.remove_from_collection(self._db, name, ids)

    # -- holder keys ------------------------------------------------------------------------------

    @_locked
    def add_holder_key(self, kid: str, did: str, secret: bytes, public_multibase: str, created_at: str,
                       active: bool = True) -> None:
        keys.add(self._db, kid, did, secret, public_multibase, created_at, active, self._now())

    @_locked
    def active_holder_key(self) -> HolderKeyRecord | None:
        return keys.active(self._db)

    @_locked
    def holder_keys(self) -> builtins.list[HolderKeyRecord]:
        return keys.all_keys(self._db)

    # -- settings and activity ----------------------------------------------------------------------

    @_locked
    def get_setting(self, key: str, default: Any = None) -> Any:
        return settings.get_setting(self._db, key, default)

    @_locked
    def set_setting(self, key: str, value: Any) -> None:
        settings.set_setting(self._db, key, value)

    @_locked
    def log(self, action: str, credential_id: str | None = None, detail: str | None = None) -> None:
        settings.log(self._db, self._now(), action, credential_id, detail)

    @_locked
    def activity(self, limit: int = 100) -> builtins.list[ActivityEntry]:
        return settings.activity(self._db, limit)

    # -- remembered disclosure choices ---------------------------------------------------------------

    @_locked
    def remember_choice(self, id: str, *, verifier: str, label: str, revealed: Iterable[str],
                        asked: Iterable[str] | None = None, request: str | None = None) -> None:
        """What ``verifier`` was shown of credential ``id`` (replacing the last choice for that pair)."""
        disclosures.remember(self._db, id, verifier=verifier, label=label, revealed=builtins.list(revealed),
                             asked=None if asked is None else builtins.list(asked), request=request,
                             at=self._now())

    @_locked
    def recall_choice(self, id: str, verifier: str) -> RememberedChoice | None:
        return disclosures.recall(self._db, id, verifier)

    @_locked
    def remembered_choices(self) -> builtins.list[RememberedChoice]:
        return disclosures.listing(self._db)

    @_locked
    def forget_choices(self, *, verifier: str | None = None, id: str | None = None) -> int:
        return disclosures.forget(self._db, verifier=verifier, cred_id=id)

    # -- passphrase and backups ---------------------------------------------------------------------

    @_locked
    def rekey(self, new_passphrase: str) -> None:
        """Re-encrypt every page under ``new_passphrase``; afterwards only it opens the wallet."""
        connection.rekey(self._db, new_passphrase)

    @_locked
    def export_backup(self, path: Path, passphrase: str) -> None:
        backup.export(self._db, Path(path), passphrase, self._now())

    @_locked
    def import_backup(self, path: Path, passphrase: str) -> RestoreSummary:
        return backup.restore(self._db, self.path, Path(path), passphrase, self._now(), self._content_keys)
