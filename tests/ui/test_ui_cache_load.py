"""An app-only user with no network where the issuer's revocation list lives: the badge reads "Unknown";
the list saved from the issuer's site is loaded from Settings, and "Verify again" shows it revoked."""

from __future__ import annotations

import re

import pytest
from ui_harness import AppProcess, corpus_dir, open_app, shot, type_into

from satchel.net import OfflineFetcher
from satchel.services import Satchel

pytestmark = [pytest.mark.ui, pytest.mark.slow]

PASSPHRASE = "lighthouse pebble autumn kettle"
STATUS_LIST = "https://example.edu/status/list-1"


@pytest.fixture(scope="module")
def revoked_app(tmp_path_factory):
    home = tmp_path_factory.mktemp("satchel-cache-load") / "home"
    app = Satchel(home, fetcher=OfflineFetcher())
    app.create_wallet(PASSPHRASE)
    [cred_id] = app.import_bytes((corpus_dir() / "peer" / "cred-status-revoked-eddsa.json").read_bytes(),
                                 source="test").added
    assert app.verify_stored(cred_id).outcome.value == "unknown"  # the list cannot be fetched
    app.lock()
    proc = AppProcess(home)
    proc.wait_listening()
    yield proc
    proc.stop()


def test_a_revocation_list_loaded_from_settings_is_used(page, revoked_app):
    open_app(page, revoked_app.url)
    page.get_by_text("Unlock your wallet").wait_for()
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_role("button", name=re.compile(r"^Open Status Revoked")).click()
    page.get_by_text("Verification", exact=True).wait_for()
    assert page.get_by_text("Unknown", exact=True).count() >= 1

    page.get_by_role("button", name=re.compile(r"^Settings(\s|$)")).first.click()
    page.get_by_text("Document cache", exact=True).wait_for()
    type_into(page, "Address of the document (https://…)", STATUS_LIST)
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Load a saved document").click()
    chooser.value.set_files(str(corpus_dir() / "peer" / "status-list-1.json"))
    page.get_by_text(f"Kept for {STATUS_LIST}. Verify your credentials again to use it.").wait_for()
    page.get_by_text(STATUS_LIST, exact=True).wait_for()  # listed in the cache with its age
    shot(page, "settings-cache-loaded")

    page.get_by_role("button", name=re.compile(r"^Credentials(\s|$)")).first.click()
    page.get_by_role("button", name=re.compile(r"^Open Status Revoked")).click()
    page.get_by_role("button", name="Verify again").click()
    page.get_by_text("Revoked", exact=True).first.wait_for(timeout=60_000)
    shot(page, "detail-revoked-after-cache-load")
