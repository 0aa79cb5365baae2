"""The app sends a session whose passphrase was changed elsewhere back to the unlock screen, saying why
(no browser: the runtime's notification and the state change the shell makes from it)."""

from __future__ import annotations

import asyncio

import pytest

from satchel.errors import PassphraseChanged
from satchel.services import Satchel
from satchel.store import Wallet
from satchel.ui.runtime import Runtime
from satchel.ui.state import AppState
from satchel.ui.strings import tr
from satchel.ui.viewmodels.notes import Note
from satchel.ui.views.common import Screen

OLD, NEW = "first passphrase here", "second passphrase here"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_call_that_finds_the_passphrase_changed_locks_every_window_with_the_message(tmp_path, lang):
    app = Satchel(home=tmp_path, offline=True)
    app.create_wallet(OLD)
    rt = Runtime(app)
    windows = [AppState(lang=lang, has_wallet=True, unlocked=True) for _ in range(2)]
    screens = [Screen(state, rt, lambda key, **kw: tr(key, lang, **kw)) for state in windows]
    removers = [rt.on_session_lost(lambda err, sc=sc: sc.state.locked(Note.failure(err))) for sc in screens]
    with Wallet.open(app.wallet_file, OLD) as elsewhere:
        elsewhere.rekey(NEW)

    with pytest.raises(PassphraseChanged):
        asyncio.run(rt.call(app.list))
    expected = {"en": "passphrase was changed", "fr": "phrase secrète du portefeuille a été changée"}[lang]
    for state in windows:
        assert not state.unlocked and expected in state.lock_note.text(lang)

    for remove in removers:
        remove()
    windows[0].unlocked = True
    with pytest.raises(PassphraseChanged):
        asyncio.run(rt.call(app.list))
    assert windows[0].unlocked  # unregistered windows are left alone


def test_the_idle_watch_finds_the_reason_too(tmp_path):
    app = Satchel(home=tmp_path, offline=True)
    app.create_wallet(OLD)
    with Wallet.open(app.wallet_file, OLD) as elsewhere:
        elsewhere.rekey(NEW)
    with pytest.raises(PassphraseChanged):
        app.list()
    assert not app.is_unlocked and isinstance(app.lock_reason, PassphraseChanged)
