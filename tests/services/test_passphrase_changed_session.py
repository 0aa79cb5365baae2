"""The services session after another process changed the passphrase: locked, and it says why."""

from __future__ import annotations

import pytest

from satchel.errors import PassphraseChanged
from satchel.services import Satchel
from satchel.store import Wallet

OLD, NEW = "first passphrase here", "second passphrase here"


def test_the_session_is_locked_with_the_reason_and_unlocks_with_the_new_passphrase(tmp_path):
    app = Satchel(home=tmp_path, offline=True)
    app.create_wallet(OLD)
    assert app.is_unlocked and app.lock_reason is None
    with Wallet.open(app.wallet_file, OLD) as elsewhere:  # `satchel passwd` in another process
        elsewhere.rekey(NEW)
    with pytest.raises(PassphraseChanged):
        app.list()
    assert not app.is_unlocked
    assert isinstance(app.lock_reason, PassphraseChanged)
    with pytest.raises(PassphraseChanged):  # every later call says the same, not "damaged"
        app.list()
    app.unlock(NEW)
    assert app.is_unlocked and app.lock_reason is None and app.list() == []
