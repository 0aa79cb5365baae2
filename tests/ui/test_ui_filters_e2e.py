"""The credentials list end to end: filter by status and by tag (set on the detail page), sort by name
(and reversed), and search as you type. The wallet is seeded through the services before launch."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from ui_harness import choose_from_menu, corpus_dir, open_app, seeded_wallet, shot, type_into

pytestmark = [pytest.mark.ui, pytest.mark.slow]

PASSPHRASE = "lichen harbour velvet ninety"
NAMES_BY_NAME = ("Data Literacy", "Expired Skill", "Secure Coding", "Teamwork Fundamentals", "Teamwork Fundamentals")
# The list's dropdowns are buttons named by their label and current value ("Status All"); the menu entries
# are buttons by text.
STATUS, TAG, SORT = "Status", "Tag", "Sort by"


@pytest.fixture(scope="module")
def seeded_app(tmp_path_factory):
    peer = corpus_dir() / "peer"
    paths = [*sorted(peer.glob("cred-valid-*.json")), peer / "cred-expired-eddsa-ob3.json"]
    proc = seeded_wallet(tmp_path_factory.mktemp("satchel-filters") / "home", PASSPHRASE, paths)
    yield proc
    proc.stop()


def pick(page, dropdown: str, option: str) -> None:
    """Open the dropdown named ``dropdown`` and choose ``option``. A click that lands while the last menu
    is still closing is swallowed by Flutter, so the dropdown is clicked again until the menu is open."""
    opener = page.get_by_role("button", name=re.compile(rf"^{re.escape(dropdown)}\s")).first
    choose_from_menu(opener, page.get_by_role("button", name=option, exact=True))


def cards(page):
    return page.get_by_role("button", name=re.compile(r"^Open "))


def names(*titles: str) -> list[re.Pattern]:
    return [re.compile(rf"^Open {re.escape(t)}\b") for t in titles]


def test_filters_sort_and_search(page, seeded_app):
    open_app(page, seeded_app.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_text("5 credentials").wait_for()
    expect(cards(page)).to_have_count(5)

    # Status: only the expired one.
    pick(page, STATUS, "Expired")
    page.get_by_text("1 credential", exact=True).wait_for()
    expect(cards(page)).to_have_text(names("Expired Skill"))
    shot(page, "filters-status-expired")
    pick(page, STATUS, "Verified")
    page.get_by_text("4 credentials").wait_for()
    expect(cards(page)).to_have_count(4)
    assert page.get_by_role("button", name=re.compile(r"^Open Expired Skill")).count() == 0
    pick(page, STATUS, "All")
    page.get_by_text("5 credentials").wait_for()

    # Tag one credential on its detail page, then filter by that tag.
    page.get_by_role("button", name=re.compile(r"^Open Data Literacy")).click()
    page.get_by_text("Verification", exact=True).wait_for()
    type_into(page, "Add a tag", "portfolio")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Remove tag portfolio").wait_for()
    page.get_by_role("button", name="Credentials").first.click()
    page.get_by_text("5 credentials").wait_for()
    pick(page, TAG, "portfolio (1)")
    page.get_by_text("1 credential", exact=True).wait_for()
    expect(cards(page)).to_have_text(names("Data Literacy"))
    shot(page, "filters-tag-portfolio")
    pick(page, TAG, "All")
    page.get_by_text("5 credentials").wait_for()

    # Sort by name, then the other way round.
    pick(page, SORT, "Name")
    expect(cards(page)).to_have_text(names(*NAMES_BY_NAME))
    shot(page, "filters-sort-name")
    page.get_by_role("button", name="Reverse order").click()
    expect(cards(page)).to_have_text(names(*reversed(NAMES_BY_NAME)))

    # Search as you type (no Enter): the list narrows with the words typed so far.
    type_into(page, "Search credentials", "Teamwork")
    page.get_by_text("2 credentials").wait_for()
    expect(cards(page)).to_have_text(names("Teamwork Fundamentals", "Teamwork Fundamentals"))
    type_into(page, "Search credentials", "Secure")
    page.get_by_text("1 credential", exact=True).wait_for()
    expect(cards(page)).to_have_text(names("Secure Coding"))
    shot(page, "filters-search-secure")
    type_into(page, "Search credentials", "no such badge")
    page.get_by_text("0 credentials").wait_for()
    expect(cards(page)).to_have_count(0)
    page.get_by_role("button", name="Clear filters").click()
    page.get_by_text("5 credentials").wait_for()
    expect(cards(page)).to_have_count(5)
