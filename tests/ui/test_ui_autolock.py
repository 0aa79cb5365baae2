"""Auto-lock: after the configured idle time the app returns to the unlock screen and says why."""

from __future__ import annotations

import pytest
from ui_harness import AppProcess, open_app, shot, type_into

from satchel.services import Satchel

pytestmark = [pytest.mark.ui, pytest.mark.slow]

PASSPHRASE = "copper kettle morning tide"


@pytest.fixture(scope="module")
def idle_app(tmp_path_factory):
    home = tmp_path_factory.mktemp("satchel-autolock") / "home"
    app = Satchel(home)
    app.create_wallet(PASSPHRASE)
    app.set_setting("auto_lock_minutes", 0.05)  # three seconds, so the test stays short
    app.lock()
    proc = AppProcess(home)
    proc.wait_listening()
    yield proc
    proc.stop()


def test_idle_wallet_locks_itself(page, idle_app):
    open_app(page, idle_app.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")  # the keyboard alone unlocks
    page.get_by_text("Your wallet is empty").wait_for()
    page.get_by_text("Locked after 0.05 minutes without use.").wait_for(timeout=45_000)
    page.get_by_text("Unlock your wallet").wait_for()
    shot(page, "autolock-en-light")
    page.get_by_role("radio", name="Français").click()  # the note is kept as a sentence key: it follows
    page.get_by_text("Verrouillé après 0.05 minutes sans utilisation.").wait_for()
    shot(page, "autolock-note-in-french")
    page.get_by_role("radio", name="English").click()
    page.get_by_text("Locked after 0.05 minutes without use.").wait_for()
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")  # the keyboard alone unlocks
    page.get_by_text("Your wallet is empty").wait_for()
