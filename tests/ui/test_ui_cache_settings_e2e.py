"""Settings → Document cache: the maximum age of cached public documents (issue 9 §3), chosen in the
app and read back by the services (the same preference `satchel cache max-age` sets), and a copy past it
shown as too old to be used."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import expect
from ui_harness import choose_from_menu, corpus_dir, open_app, seeded_wallet, shot, type_into

pytestmark = [pytest.mark.ui, pytest.mark.slow]

PASSPHRASE = "lantern quarry meadow ninety"
LIST_URL = "https://example.edu/status/list-1"
FETCHED = datetime.now(UTC) - timedelta(days=10)


@pytest.fixture(scope="module")
def seeded_app(tmp_path_factory):
    home = tmp_path_factory.mktemp("satchel-cache") / "home"
    from satchel.services import Satchel
    Satchel(home).cache.put(LIST_URL, (corpus_dir() / "peer" / "status-list-1.json").read_bytes(),
                            fetched_at=FETCHED)
    proc = seeded_wallet(home, PASSPHRASE, [])
    yield proc
    proc.stop()


def test_max_age_is_chosen_in_settings(page, seeded_app):
    from satchel.services import Satchel

    open_app(page, seeded_app.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_text("Your wallet is empty").wait_for()
    page.get_by_role("button", name="Settings").first.click()
    page.get_by_text("Document cache", exact=True).wait_for()
    page.mouse.move(640, 450)
    page.mouse.wheel(0, 3000)
    expect(page.get_by_role("button", name="Refresh")).to_be_in_viewport()
    page.get_by_text("Too old to be used: refresh it").wait_for()  # 10 days old, default 7
    choose_from_menu(page.get_by_role("button", name="Use a cached copy for at most"),
                     page.get_by_role("button", name="14 days", exact=True))
    used_until = f"{FETCHED + timedelta(days=14):%Y-%m-%d}"
    page.get_by_text(f"Used until {used_until}").wait_for()
    shot(page, "settings-cache-max-age")
    assert Satchel(seeded_app.home).cache_max_age_days() == 14


def test_a_kept_message_follows_a_language_switch(page, seeded_app):
    """The section's outcome is kept as a sentence key: switching to French translates it where it stands."""
    open_app(page, seeded_app.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_text("Your wallet is empty").wait_for()
    page.get_by_role("button", name="Settings").first.click()
    page.get_by_text("Document cache", exact=True).wait_for()
    page.mouse.move(640, 450)
    page.mouse.wheel(0, 3000)
    page.get_by_role("button", name="Load a saved document").click()  # no address typed
    page.get_by_text("Type the document's https address first.").wait_for()
    page.mouse.wheel(0, -6000)
    page.get_by_role("radio", name="Français").click()
    page.get_by_text("Paramètres", exact=True).first.wait_for()
    page.mouse.wheel(0, 3000)
    page.get_by_text("Saisissez d'abord l'adresse https du document.").wait_for()
    shot(page, "settings-cache-note-in-french")
    page.mouse.wheel(0, -6000)
    page.get_by_role("radio", name="English").click()  # the other tests of this module read English
    page.get_by_text("Settings", exact=True).first.wait_for()
