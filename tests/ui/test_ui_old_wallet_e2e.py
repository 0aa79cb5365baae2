"""A wallet made by an older Satchel (schema 2, tests/store/data/wallet-v2.satchel) opened in the app: it is
upgraded on unlock, the baked PNG and the JSON of one credential become one card carrying the tags of
both, the list's tag filter finds that card by either tag, and removing a tag on the card removes it from
both copies."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect
from ui_harness import AppProcess, choose_from_menu, open_app, shot, type_into

pytestmark = [pytest.mark.ui, pytest.mark.slow]

FIXTURE = Path(__file__).resolve().parents[1] / "store" / "data" / "wallet-v2.satchel"
PASSPHRASE = "fixture passphrase v2"


@pytest.fixture(scope="module")
def old_wallet_app(tmp_path_factory):
    home = tmp_path_factory.mktemp("satchel-old-wallet") / "home"
    home.mkdir(mode=0o700)
    shutil.copyfile(FIXTURE, home / "wallet.satchel")
    (home / "wallet.satchel").chmod(0o600)
    proc = AppProcess(home)
    proc.wait_listening()
    yield proc
    proc.stop()


def pick(page, dropdown: str, option: str) -> None:
    opener = page.get_by_role("button", name=re.compile(rf"^{re.escape(dropdown)}\s")).first
    choose_from_menu(opener, page.get_by_role("button", name=option, exact=True))


def cards(page):
    return page.get_by_role("button", name=re.compile(r"^Open "))


def test_an_old_wallet_shows_one_card_with_the_tags_of_both_copies(page, old_wallet_app):
    open_app(page, old_wallet_app.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_text("3 credentials").wait_for(timeout=60_000)  # 4 files kept, 3 credentials
    expect(cards(page)).to_have_count(3)
    teamwork = page.get_by_role("button", name=re.compile(r"^Open Teamwork Fundamentals\b"))
    assert teamwork.count() == 1

    pick(page, "Tag", "from-png (1)")  # the tag was on the baked PNG, which is not the card's first copy
    page.get_by_text("1 credential", exact=True).wait_for()
    expect(cards(page)).to_have_count(1)
    teamwork.wait_for()
    shot(page, "old-wallet-tag-filter-en")
    pick(page, "Tag", "from-json (1)")
    page.get_by_text("1 credential", exact=True).wait_for()
    expect(cards(page)).to_have_count(1)
    teamwork.wait_for()

    cards(page).first.click()
    page.get_by_text("Verification", exact=True).wait_for()
    page.get_by_role("button", name="Remove tag from-json").wait_for()
    page.get_by_role("button", name="Remove tag from-png").scroll_into_view_if_needed()
    page.wait_for_timeout(500)  # the scroll is animated
    remove = page.get_by_role("button", name="Remove tag from-png").bounding_box()
    assert remove is not None  # the chip's delete icon (its semantics node reads as disabled): a pointer click
    page.mouse.click(remove["x"] + remove["width"] / 2, remove["y"] + remove["height"] / 2)
    page.get_by_role("button", name="Remove tag from-png").wait_for(state="detached")
    shot(page, "old-wallet-detail-en")
    page.get_by_role("button", name="Credentials").first.click()
    page.get_by_text("1 credential", exact=True).wait_for()  # still filtered by from-json
    opener = page.get_by_role("button", name=re.compile(r"^Tag\s")).first
    opener.click()
    page.get_by_role("button", name="from-json (1)", exact=True).wait_for()
    assert page.get_by_role("button", name="from-png (1)", exact=True).count() == 0  # gone from both copies
