"""Settings end to end: an encrypted backup saved from one wallet and restored
into a fresh one; the passphrase changed, then the wallet locked and opened with the new one; an issuer
trusted and no longer trusted, seen on the detail page's issuer-trust check after "Verify again"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from ui_harness import (
    AppProcess,
    choose_from_menu,
    corpus_dir,
    focus,
    open_app,
    seeded_wallet,
    shot,
    type_into,
)

pytestmark = [pytest.mark.ui, pytest.mark.slow]

PASSPHRASE = "granite swallow autumn ledger"
NEW_PASSPHRASE = "marble heron winter compass"
BACKUP_SECRET = "saffron tunnel paper eleven"
FILES = ("cred-valid-eddsa-rdfc-2022-ob3.json", "cred-expired-eddsa-ob3.json")  # one issuer for both
ISSUER = "Example Institute of Technology"
UNLISTED = f"The issuer {ISSUER} is not on your list of trusted issuers."
LISTED = f"{ISSUER} is on your list of trusted issuers."


@pytest.fixture(scope="module")
def seeded_app(tmp_path_factory):
    proc = seeded_wallet(tmp_path_factory.mktemp("satchel-settings") / "home", PASSPHRASE,
                         [corpus_dir() / "peer" / name for name in FILES])
    yield proc
    proc.stop()


def type_in(page, field, text: str) -> None:
    """Like ui_harness.type_into, for a field whose label is shown twice (both "Repeat the passphrase")."""
    focus(page, field, None)
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.keyboard.type(text)


def backup_fields(page, secret: str) -> None:
    type_into(page, "Backup passphrase", secret)
    type_in(page, page.get_by_label("Repeat the passphrase", exact=True).last, secret)


def open_settings(page) -> None:
    page.get_by_role("button", name="Settings").first.click()
    page.get_by_text("Trusted issuers", exact=True).wait_for()


def open_credential(page, name: str) -> None:
    page.get_by_role("button", name="Credentials").first.click()
    page.get_by_role("button", name=re.compile(rf"^Open {re.escape(name)}")).click()
    page.get_by_text("Verification", exact=True).wait_for()


def verify_again(page) -> None:
    page.get_by_role("button", name="Verify again").click()
    page.get_by_role("button", name="Verify again").wait_for()


def trust_from_dropdown(page, option: str) -> None:
    """Open the trust dropdown by its accessible name (its arrow carries the label) and pick ``option``;
    a click swallowed while the page settles is repeated until the menu is open."""
    page.mouse.move(640, 450)
    page.mouse.wheel(0, 3000)  # the dropdown sits below the fold; Flutter does not scroll for a DOM click
    expect(page.get_by_role("button", name="Refresh")).to_be_in_viewport()
    choose_from_menu(page.get_by_role("button", name="Trust an issuer from my credentials"),
                     page.get_by_role("button", name=option, exact=True))


def test_backup_passphrase_and_trust(page, seeded_app, browser, tmp_path):
    open_app(page, seeded_app.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_text("2 credentials").wait_for()

    # Backup: its own passphrase, typed twice; the file comes down as a download.
    open_settings(page)
    # Dropdowns are announced by name (Flutter alone leaves an unnamed arrow button).
    page.get_by_role("button", name="Lock automatically after").wait_for()
    backup_fields(page, BACKUP_SECRET)
    with page.expect_download() as download:
        page.get_by_role("button", name="Save a backup").click()
    backup = tmp_path / "wallet.satchelbak"
    download.value.save_as(backup)
    page.get_by_text("Saved.", exact=True).wait_for()
    assert backup.stat().st_size > 0 and BACKUP_SECRET.encode() not in backup.read_bytes()
    shot(page, "settings-backup-saved")

    # Trust: the check warns, the issuer is trusted in Settings, "Verify again" turns it to ok.
    open_credential(page, "Teamwork Fundamentals")
    page.get_by_text(UNLISTED).wait_for()
    shot(page, "settings-trust-warning")
    open_settings(page)
    trust_from_dropdown(page, ISSUER)
    page.get_by_role("button", name=f"Stop trusting {ISSUER}").wait_for()
    shot(page, "settings-trusted")
    open_credential(page, "Teamwork Fundamentals")
    verify_again(page)
    page.get_by_text(LISTED).wait_for()
    assert page.get_by_text(UNLISTED).count() == 0
    shot(page, "settings-trust-ok")
    open_settings(page)
    page.get_by_role("button", name=f"Stop trusting {ISSUER}").click()
    page.get_by_role("button", name=f"Stop trusting {ISSUER}").wait_for(state="detached")
    open_credential(page, "Teamwork Fundamentals")
    verify_again(page)
    page.get_by_text(UNLISTED).wait_for()

    # A fresh home: create a wallet, restore the backup, see the same credentials.
    fresh = AppProcess(tmp_path / "fresh-home")
    try:
        fresh.wait_listening()
        restore_into_fresh_wallet(browser, fresh, backup)
    finally:
        fresh.stop()


def test_change_passphrase_then_unlock_with_new(page, seeded_app):
    open_app(page, seeded_app.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_text("2 credentials").wait_for()
    # Change the passphrase, lock, unlock with the new one (the old one no longer opens it).
    open_settings(page)
    type_into(page, "Current passphrase", PASSPHRASE)
    type_into(page, "New passphrase", NEW_PASSPHRASE)
    type_in(page, page.get_by_label("Repeat the passphrase", exact=True).first, NEW_PASSPHRASE)
    page.get_by_role("button", name="Change passphrase").click()
    page.get_by_text("The passphrase was changed.").wait_for()
    shot(page, "settings-passphrase-changed")
    page.get_by_role("button", name="Lock wallet").click()
    page.get_by_text("Unlock your wallet").wait_for()
    type_into(page, "Passphrase", PASSPHRASE)
    page.get_by_role("button", name="Unlock").click()
    page.get_by_text("That passphrase does not open this wallet", exact=False).wait_for()
    type_into(page, "Passphrase", NEW_PASSPHRASE)
    page.get_by_role("button", name="Unlock").click()
    page.get_by_text("2 credentials").wait_for()


def restore_into_fresh_wallet(browser, fresh: AppProcess, backup: Path) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        open_app(page, fresh.url)
        page.get_by_text("Create your wallet").wait_for()
        type_into(page, "Passphrase", PASSPHRASE)
        type_into(page, "Repeat the passphrase", PASSPHRASE)
        page.get_by_role("button", name="Create wallet").click()
        page.get_by_text("Your wallet is empty").wait_for()
        open_settings(page)
        # One restore through the UI (into empty fields: retyping over the previous text races with
        # Flutter under load); restoring twice without duplicates is covered by tests/cli and tests/store.
        page.get_by_role("button", name="Restore from a backup").click()  # the passphrase is asked first
        page.get_by_text("Type the backup's passphrase above first, then choose the file.").wait_for()
        backup_fields(page, BACKUP_SECRET)
        with page.expect_file_chooser() as chooser:
            page.get_by_role("button", name="Restore from a backup").click()
        chooser.value.set_files(str(backup))
        page.get_by_text("2 added, 0 already there.", exact=True).wait_for(timeout=60_000)
        assert page.get_by_label("Backup passphrase", exact=True).input_value() == ""  # cleared after use
        shot(page, "settings-restore-2-added")
        page.get_by_role("button", name="Credentials").first.click()
        page.get_by_text("2 credentials").wait_for()
        for name in ("Teamwork Fundamentals", "Expired Skill"):
            page.get_by_role("button", name=re.compile(rf"^Open {re.escape(name)}")).wait_for()
        shot(page, "settings-restored-list")
    except Exception:
        shot(page, "FAILED-settings-fresh-home")
        print(fresh.log.read_text(errors="replace")[-6000:])
        raise
    finally:
        context.close()
