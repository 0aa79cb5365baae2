"""A link opened with the app reaches it as a route (Flet drops the scheme and host: `/?credential_offer_uri=…`).
The app opened at that route lands, once unlocked, on the issuer peer's offer (read at once, as Continue
would); nothing is requested before Receive. A route that is no link changes nothing; a link arriving while
the app is open goes to the online screen too.

The peer runs on 127.0.0.1 with a throwaway CA; the app process gets the two test settings."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

import pytest
from exchange.peers import installed, start_issuer
from ui_harness import open_app, seeded_wallet, shot, type_into

pytestmark = [pytest.mark.ui, pytest.mark.slow, pytest.mark.interop]

PASSPHRASE = "orchard pebble lantern ninety"


@pytest.fixture(scope="module")
def issuers_and_app(tmp_path_factory):
    """Two issuer peers (their offers are single-use): one offering by reference, one by value."""
    root = tmp_path_factory.mktemp("satchel-route-ui")
    by_reference = start_issuer(installed("issuer-peer"), root / "by-reference", "oid4vci", "--once",
                                "--by-reference", "--tx-code", "2468", timeout=120)
    by_value = start_issuer(installed("issuer-peer"), root / "by-value", "oid4vci", "--once", "--tx-code", "1357",
                            timeout=120)
    cas = root / "cas.pem"
    cas.write_bytes((root / "by-reference" / "ca.pem").read_bytes() + (root / "by-value" / "ca.pem").read_bytes())
    mp = pytest.MonkeyPatch()
    mp.setenv("SATCHEL_ALLOW_LOOPBACK", "1")
    mp.setenv("SATCHEL_EXTRA_CA_FILE", str(cas))
    try:
        app = seeded_wallet(root / "home", PASSPHRASE, [])
    finally:
        mp.undo()
    yield by_reference, by_value, app
    app.stop()
    by_reference.stop()
    by_value.stop()


def _requests(issuer, path: str) -> list[dict]:
    return [e for e in issuer.events() if e.get("event") == "http_request" and e["path"].startswith(path)]


def test_the_app_opened_at_an_offer_route_lands_on_the_offer(page, issuers_and_app):
    issuer, _, app = issuers_and_app
    query = urlsplit(issuer.ready["offer_uri"]).query  # what Flet keeps of openid-credential-offer://?…
    assert query.startswith("credential_offer_uri=")
    open_app(page, f"{app.url}?{query}")
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")

    page.get_by_text("Offer from Issuer Peer Test Academy").wait_for()
    page.get_by_role("button", name="Receive").wait_for()
    assert len(_requests(issuer, "/offers/")) == 1  # read once, as a pasted link is
    assert not _requests(issuer, "/token")  # nothing asked for before Receive
    shot(page, "exchange-route-offer")  # the issuer's words about the code wrap under the field

    type_into(page, "Transaction code (4 characters, digits)", "2468")
    page.get_by_role("button", name="Receive").click()
    page.get_by_text("Received 1 credential(s) from Issuer Peer Test Academy.").wait_for()
    assert issuer.wait() == 0
    page.get_by_role("button", name="Close").click()

    # While the app is open: a route that is no link (an offer and a request at once) changes nothing …
    hostile = ("credential_offer_uri=" + quote("https://127.0.0.1:9/o", safe="")
               + "&client_id=redirect_uri%3Ahttps%3A%2F%2Fv.example&request_uri=https%3A%2F%2Fv.example%2Fr")
    open_app(page, f"{app.url}?{hostile}")
    page.get_by_text("Introduction to Interop Testing").first.wait_for()  # the credentials list
    page.wait_for_timeout(1500)  # time for a wrong navigation to happen, were there one
    assert page.get_by_text("Receive or present online").count() == 0
    # … and a link goes to the online screen, read at once (refused here before anything is fetched).
    request = "client_id=origin%3Ahttps%3A%2F%2Fverifier.example&request_uri=https%3A%2F%2Fverifier.example%2Fr"
    open_app(page, f"{app.url}?{request}")
    page.get_by_text("reserved for the browser API", exact=False).wait_for()
    shot(page, "exchange-route-refused")


def test_on_a_phone_sized_window_the_offer_fits_and_cancel_asks_for_nothing(browser, issuers_and_app):
    _, issuer, app = issuers_and_app
    query = urlsplit(issuer.ready["offer_uri"]).query
    assert query.startswith("credential_offer=")  # the offer by value this time
    context = browser.new_context(viewport={"width": 400, "height": 860}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        open_app(page, f"{app.url}?{query}")
        type_into(page, "Passphrase", PASSPHRASE)
        page.keyboard.press("Enter")
        page.get_by_text("Offer from Issuer Peer Test Academy").wait_for()
        shot(page, "exchange-route-offer-narrow")  # the helper text wraps at 400 px too
        page.get_by_role("button", name="Cancel").click()
        page.get_by_text("Cancelled: nothing was received or sent.").wait_for()
        assert not _requests(issuer, "/token") and not _requests(issuer, "/credential")
    finally:
        context.close()
