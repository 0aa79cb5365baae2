"""The encrypted wallet: the only package that imports ``sqlcipher3``.

    from satchel.store import Wallet
    with Wallet.open(path, passphrase) as wallet:
        wallet.list(ListQuery(search="python", limit=20))

See docs/security.md for what is encrypted, the key derivation and the backup format.
"""

from satchel.store.backup import RestoreSummary
from satchel.store.keys import HolderKeyRecord
from satchel.store.settings import ActivityEntry
from satchel.store.wallet import Wallet

__all__ = ["ActivityEntry", "HolderKeyRecord", "RestoreSummary", "Wallet"]
