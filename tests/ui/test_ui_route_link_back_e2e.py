"""A link opened with the app reaches it as a route (`/?credential_offer_uri=…`), and in web mode the browser's
history keeps that route. Back (or Forward) landing on it again must not open the link again: a single-use
offer would be fetched again and fail, and the person would be asked again about what they already declined.
There the home screen shows; the route stays in history as it was, so Back goes on past it instead of bouncing.
A different link arriving later in the same window still opens.

Two issuer peers on 127.0.0.1 (single-use offers, one by reference, one by value); each request they get is
counted."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest
from exchange.peers import installed, start_issuer
from ui_harness import open_app, seeded_wallet, shot, type_into

pytestmark = [pytest.mark.ui, pytest.mark.slow, pytest.mark.interop]

PASSPHRASE = "orchard pebble lantern ninety"
OFFER_TITLE = "Offer from Issuer Peer Test Academy"
ONLINE_TITLE = "Receive or present online"


@pytest.fixture
def issuers_and_app(tmp_path_factory):
    """Fresh for each try: the offers are single-use, so a rerun must not meet the offers a failed try spent."""
    root = tmp_path_factory.mktemp("satchel-route-back-ui")
    first = start_issuer(installed("issuer-peer"), root / "first", "oid4vci", "--once", "--by-reference",
                         "--tx-code", "2468", timeout=120)
    second = start_issuer(installed("issuer-peer"), root / "second", "oid4vci", "--once", "--tx-code", "1357",
                          timeout=120)
    cas = root / "cas.pem"
    cas.write_bytes((root / "first" / "ca.pem").read_bytes() + (root / "second" / "ca.pem").read_bytes())
    mp = pytest.MonkeyPatch()
    mp.setenv("SATCHEL_ALLOW_LOOPBACK", "1")
    mp.setenv("SATCHEL_EXTRA_CA_FILE", str(cas))
    try:
        app = seeded_wallet(root / "home", PASSPHRASE, [])
    finally:
        mp.undo()
    yield first, second, app
    app.stop()
    first.stop()
    second.stop()


def _requests(issuer, path: str = "/") -> list[dict]:
    return [e for e in issuer.events() if e.get("event") == "http_request" and e["path"].startswith(path)]


def _arrives_while_open(page, route: str) -> None:
    """A link handed to the running app (as a phone or the desktop does): the browser's address changes to the
    route without loading the page again, so the app's session — unlocked — goes on."""
    page.evaluate("route => { history.pushState(null, '', route); "
                  "window.dispatchEvent(new PopStateEvent('popstate', {state: null})); }", route)


def _at(page, query: str) -> bool:
    """The page's address is the link's route (Flutter may write the query with fewer escapes); the address
    changes a moment after Back or Forward, so it is awaited (up to 10 s) rather than read at once."""
    for _ in range(50):
        if dict(parse_qsl(urlsplit(page.url).query)) == dict(parse_qsl(query)):
            return True
        page.wait_for_timeout(200)
    return False


def _settled(page) -> None:
    page.wait_for_timeout(2000)  # time for a wrong navigation or a request to happen, were there one


def test_back_onto_a_handled_link_shows_home_and_a_new_link_still_opens(browser, issuers_and_app):
    first, second, app = issuers_and_app
    first_query = urlsplit(first.ready["offer_uri"]).query
    second_query = urlsplit(second.ready["offer_uri"]).query
    assert first_query.startswith("credential_offer_uri=") and second_query.startswith("credential_offer=")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        open_app(page, f"{app.url}?{first_query}")
        type_into(page, "Passphrase", PASSPHRASE)
        page.keyboard.press("Enter")
        page.get_by_text(OFFER_TITLE).wait_for()
        assert len(_requests(first, "/offers/")) == 1
        page.get_by_role("button", name="Cancel").click()
        page.get_by_text("Cancelled: nothing was received or sent.").wait_for()
        asked = len(_requests(first))

        page.go_back()  # to the unlock screen the link went through: no passphrase form for an open wallet
        page.get_by_text("Your wallet is already open.").wait_for()
        page.get_by_role("button", name="Go to your credentials").wait_for()
        assert page.get_by_role("button", name="Unlock").count() == 0
        shot(page, "route-link-back-unlock-already-open")
        page.go_back()  # to the link's own route
        assert _at(page, first_query)
        page.get_by_text("Your wallet is empty").wait_for()  # the home screen
        _settled(page)
        assert page.get_by_text(ONLINE_TITLE).count() == 0 and page.get_by_text(OFFER_TITLE).count() == 0
        assert len(_requests(first)) == asked  # the spent offer is not fetched again
        shot(page, "route-link-back-home")
        # Forward past it, then Back onto it once more: still nothing. Each step waits for its screen: Flutter
        # reads the history asynchronously, and steps fired at once can land elsewhere.
        page.go_forward()
        page.get_by_text("Your wallet is already open.").wait_for()
        page.go_forward()
        page.get_by_text(ONLINE_TITLE).wait_for()
        page.go_back()
        page.get_by_text("Your wallet is already open.").wait_for()
        page.go_back()
        page.get_by_text("Your wallet is empty").wait_for()
        _settled(page)
        assert _at(page, first_query) and len(_requests(first)) == asked

        _arrives_while_open(page, f"/?{second_query}")  # a new link, in the same window and session
        page.get_by_text(OFFER_TITLE).wait_for()
        assert page.get_by_role("button", name="Unlock").count() == 0  # still unlocked: the same session
        shot(page, "route-link-back-new-link")
        type_into(page, "Transaction code (4 characters, digits)", "1357")
        page.get_by_role("button", name="Receive").click()
        page.get_by_text("Received 1 credential(s) from Issuer Peer Test Academy.").wait_for()
        assert second.wait() == 0
        answered = len(_requests(second))

        page.go_back()  # onto the second link's route: the home screen lists what it brought
        assert _at(page, second_query)
        page.get_by_text("Introduction to Interop Testing").first.wait_for()
        _settled(page)
        assert page.get_by_text(ONLINE_TITLE).count() == 0
        assert len(_requests(second)) == answered and len(_requests(first)) == asked
        shot(page, "route-link-back-after-receiving")
        page.go_back()  # onto the first link's route again: home, nothing asked of its issuer
        assert _at(page, first_query)
        page.get_by_text("Introduction to Interop Testing").first.wait_for()
        _settled(page)
        assert page.get_by_text(ONLINE_TITLE).count() == 0 and len(_requests(first)) == asked
        page.go_back()  # and Back goes on past the app's first entry: no bounce onto the home screen
        page.wait_for_url("about:blank", timeout=10_000)
    finally:
        context.close()
