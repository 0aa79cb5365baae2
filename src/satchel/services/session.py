"""The unlocked wallet, held for the lifetime of a session, with idle auto-lock bookkeeping."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from satchel import store
from satchel.clock import Clock
from satchel.errors import PassphraseChanged, WalletLocked

if TYPE_CHECKING:
    from satchel.store import Wallet
    from satchel.store.schema import ContentKeyReader


class WalletSession:
    def __init__(self, path: Path, clock: Clock) -> None:
        self.path = path
        self._clock = clock
        self._wallet: Wallet | None = None
        self._last_used: datetime | None = None
        self._lock = threading.RLock()
        self._reason: PassphraseChanged | None = None

    @property
    def is_unlocked(self) -> bool:
        self._drop_if_stale()
        return self._wallet is not None

    @property
    def lock_reason(self) -> PassphraseChanged | None:
        """Why the session was locked from under the user (None after a plain lock or auto-lock)."""
        self._drop_if_stale()
        return self._reason

    def _drop_if_stale(self) -> None:
        """The store closes a wallet whose key no longer opens the file (the passphrase was changed
        elsewhere): the session is then locked, and says why."""
        with self._lock:
            if self._wallet is not None and not self._wallet.is_open:
                self._wallet = None
                self._last_used = None
                self._reason = PassphraseChanged()

    def exists(self) -> bool:
        return self.path.exists()

    def create(self, passphrase: str) -> Wallet:
        with self._lock:
            self.close()
            self._wallet = store.Wallet.create(self.path, passphrase, content_keys=_content_keys())
            self._touch()
            return self._wallet

    def unlock(self, passphrase: str) -> Wallet:
        with self._lock:
            self.close()
            self._wallet = store.Wallet.open(self.path, passphrase, content_keys=_content_keys())
            self._touch()
            return self._wallet

    def wallet(self) -> Wallet:
        """The open wallet; raises WalletLocked when there is none (PassphraseChanged when that is why)."""
        with self._lock:
            self._drop_if_stale()
            if self._wallet is None:
                raise PassphraseChanged() if self._reason else WalletLocked()
            self._touch()
            return self._wallet

    def close(self) -> None:
        with self._lock:
            if self._wallet is not None:
                self._wallet.close()
            self._wallet = None
            self._last_used = None
            self._reason = None

    def idle_for(self) -> timedelta:
        if self._last_used is None:
            return timedelta(0)
        return self._clock.now() - self._last_used

    def lock_if_idle(self, limit: timedelta) -> bool:
        """Lock when unused for longer than ``limit``; returns True when it locked."""
        with self._lock:
            if self._wallet is not None and self.idle_for() >= limit:
                self.close()
                return True
            return False

    def _touch(self) -> None:
        self._last_used = self._clock.now()


def _content_keys() -> ContentKeyReader:
    """How an old wallet (or backup) gets the content keys it lacks when it is upgraded (see store.schema)."""
    from satchel.services.importing import stored_content_key  # the parsers load with the wallet, not before
    return stored_content_key
