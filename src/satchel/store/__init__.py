"""The encrypted wallet: the only package that imports ``sqlcipher3``.

    from satchel.store import Wallet
    with Wallet.open(path, passphrase) as wallet:
        wallet.list(ListQuery(search="python", limit=20))

See docs/security.md for what is encrypted, the key derivation and the backup format.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from satchel.store.backup import RestoreSummary
    from satchel.store.keys import HolderKeyRecord
    from satchel.store.settings import ActivityEntry
    from satchel.store.wallet import Wallet

# sqlcipher3 is loaded on first use, so a command that needs no wallet (`satchel verify FILE`) never loads it.
_LAZY = {"RestoreSummary": "backup", "HolderKeyRecord": "keys", "ActivityEntry": "settings", "Wallet": "wallet"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'satchel.store' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


__all__ = ["ActivityEntry", "HolderKeyRecord", "RestoreSummary", "Wallet"]
