"""The passphrase changed elsewhere (`satchel passwd`) while the app has the wallet open: the next thing
the app does sends it back to the unlock screen with that sentence, and the new passphrase opens it.
Settings shows the recruiter history retention, and a choice there is saved."""

from __future__ import annotations

import pytest
from ui_harness import AppProcess, choose_from_menu, open_app, shot, type_into

from satchel.services import Satchel
from satchel.store import Wallet

pytestmark = [pytest.mark.ui, pytest.mark.slow]

PASSPHRASE = "linen harbour pepper ninety"
NEW_PASSPHRASE = "velvet canyon orbit twelve"
CHANGED = "The wallet's passphrase was changed in another window or with 'satchel passwd'."


@pytest.fixture(scope="module")
def open_wallet_app(tmp_path_factory):
    home = tmp_path_factory.mktemp("satchel-passwd") / "home"
    app = Satchel(home)
    app.create_wallet(PASSPHRASE)
    app.lock()
    proc = AppProcess(home)
    proc.wait_listening()
    yield proc
    proc.stop()


def test_passphrase_changed_elsewhere_goes_back_to_unlock_with_the_reason(page, open_wallet_app):
    open_app(page, open_wallet_app.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_text("Your wallet is empty").wait_for()
    page.get_by_role("button", name="Settings").first.click()
    page.get_by_text("Keep recruiter history for").first.wait_for()
    page.get_by_text("30 days").first.wait_for()
    choose_from_menu(page.get_by_role("button", name="Keep recruiter history for"),
                     page.get_by_role("button", name="7 days", exact=True))
    page.get_by_text("7 days").first.wait_for()
    for _ in range(50):  # the choice is saved off the UI thread
        if Satchel(open_wallet_app.home).history.retention_days() == 7:
            break
        page.wait_for_timeout(100)
    assert Satchel(open_wallet_app.home).history.retention_days() == 7

    with Wallet.open(open_wallet_app.home / "wallet.satchel", PASSPHRASE) as elsewhere:  # `satchel passwd`
        elsewhere.rekey(NEW_PASSPHRASE)
    page.get_by_role("button", name="Credentials").first.click()  # the list is read again
    page.get_by_text(CHANGED, exact=False).first.wait_for(timeout=30_000)
    page.get_by_text("Unlock your wallet").wait_for()
    shot(page, "passphrase-changed-en-light")
    type_into(page, "Passphrase", NEW_PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_text("Your wallet is empty").wait_for()
