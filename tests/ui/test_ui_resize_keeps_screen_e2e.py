"""Crossing the phone/desktop width (a phone rotating, a window resized) keeps what is on screen (issue 11).

The shell used to wrap the routed screen in different controls for the rail and the bottom-bar layouts, so a
resize across the threshold remounted the screen: typed text, the Share screen's step and an offer already
fetched (which an issuer serves only once) were lost. Each test resizes 1280 → 400 → 1280 and checks the state
is still there; screenshots at both sizes are saved as artifacts/screenshots/resize-*.png."""

from __future__ import annotations

import re

import pytest
from exchange.peers import installed, start_issuer
from ui_harness import corpus_dir, focus, nav_item, open_app, seeded_wallet, shot, type_into

pytestmark = [pytest.mark.ui, pytest.mark.slow]

PASSPHRASE = "meadow copper signal seventy"
FILES = ("cred-valid-eddsa-rdfc-2022-ob3.json", "cred-valid-ecdsa-rdfc-2019-p256-ob3.json")
WIDE, NARROW, HEIGHT = 1280, 400, 900
PASTED = '{"half": "typed credential'


@pytest.fixture(scope="module")
def wallet_app(tmp_path_factory):
    proc = seeded_wallet(tmp_path_factory.mktemp("satchel-resize") / "home", PASSPHRASE,
                         [corpus_dir() / "peer" / name for name in FILES])
    yield proc
    proc.stop()


def _unlock(page, url: str) -> None:
    page.set_viewport_size({"width": WIDE, "height": HEIGHT})
    open_app(page, url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    nav_item(page, "Add").wait_for()


def _resize(page, width: int) -> None:
    """Resize the window and wait for the navigation of the new size class: a bottom bar's tabs on a phone,
    a rail (no tabs) on a wide window."""
    page.set_viewport_size({"width": width, "height": HEIGHT})
    tabs = page.get_by_role("tab")
    if width < 900:
        tabs.first.wait_for()
    else:
        tabs.first.wait_for(state="detached")


def _field_holds(page, label: str, text: str) -> None:
    """The field still holds ``text``: read from the browser's editing element once the field has the focus
    (Flutter web draws an unfocused field's text, and fills the element a moment after focusing)."""
    focus(page, page.get_by_label(label, exact=True), label)
    page.wait_for_function("text => document.activeElement && document.activeElement.value === text", arg=text,
                           timeout=10_000)


def test_the_add_screen_keeps_its_pasted_text_across_widths(page, wallet_app):
    _unlock(page, wallet_app.url)
    nav_item(page, "Add").click()
    page.wait_for_url(re.compile(r"/add$"))
    type_into(page, "Credential text (JSON or JWT)", PASTED)
    _field_holds(page, "Credential text (JSON or JWT)", PASTED)
    shot(page, "resize-add-wide-before")
    _resize(page, NARROW)
    _field_holds(page, "Credential text (JSON or JWT)", PASTED)
    shot(page, "resize-add-narrow")
    _resize(page, WIDE)
    _field_holds(page, "Credential text (JSON or JWT)", PASTED)
    shot(page, "resize-add-wide-after")
    page.keyboard.press("End")  # still a live field: typing goes on from where it was
    page.keyboard.type(" more")
    page.wait_for_function("() => document.activeElement && document.activeElement.value.endsWith(' more')")


def test_the_share_screen_keeps_its_selection_and_step_across_widths(page, wallet_app):
    _unlock(page, wallet_app.url)
    _resize(page, NARROW)
    page.get_by_role("tab", name="Share", exact=True).click()
    page.wait_for_url(re.compile(r"/share$"))
    for name in ("Secure Coding", "Teamwork Fundamentals"):
        page.get_by_role("checkbox", name=re.compile(name)).click()
        page.get_by_role("checkbox", name=re.compile(name), checked=True).wait_for()
    page.get_by_role("button", name=re.compile(r"^Next: 2 selected")).click()
    page.get_by_text("Step 2 of 3").wait_for()
    type_into(page, "Verifier's challenge (optional)", "half-typed")
    shot(page, "resize-share-narrow-before")
    _resize(page, WIDE)  # the wide layout shows the choice and the options side by side, with no step counter
    page.get_by_text("2 selected", exact=True).wait_for()
    for name in ("Secure Coding", "Teamwork Fundamentals"):
        page.get_by_role("checkbox", name=re.compile(name), checked=True).wait_for()
    _field_holds(page, "Verifier's challenge (optional)", "half-typed")
    shot(page, "resize-share-wide")
    _resize(page, NARROW)
    page.get_by_text("Step 2 of 3").wait_for()  # still at the options, not back to step 1
    assert page.get_by_text("Step 1 of 3").count() == 0
    _field_holds(page, "Verifier's challenge (optional)", "half-typed")
    shot(page, "resize-share-narrow-after")


def test_recruiter_mode_keeps_its_panel_across_widths(page, wallet_app):
    _unlock(page, wallet_app.url)
    nav_item(page, "Recruiter").click()
    page.wait_for_url(re.compile(r"/recruiter$"))
    label = "Or type the path of an image or presentation file on this computer"
    type_into(page, label, "/tmp/half/typed")
    shot(page, "resize-recruiter-wide-before")
    _resize(page, NARROW)
    _field_holds(page, label, "/tmp/half/typed")
    shot(page, "resize-recruiter-narrow")
    _resize(page, WIDE)
    _field_holds(page, label, "/tmp/half/typed")
    shot(page, "resize-recruiter-wide-after")


@pytest.mark.interop
def test_an_offer_fetched_once_stays_on_screen_across_widths(page, tmp_path):
    issuer = start_issuer(installed("issuer-peer"), tmp_path / "issuer", "oid4vci", "--once", "--by-reference",
                          "--tx-code", "2468", timeout=120)
    mp = pytest.MonkeyPatch()
    mp.setenv("SATCHEL_ALLOW_LOOPBACK", "1")
    mp.setenv("SATCHEL_EXTRA_CA_FILE", str(tmp_path / "issuer" / "ca.pem"))
    try:
        app = seeded_wallet(tmp_path / "home", PASSPHRASE, [])
    finally:
        mp.undo()
    try:
        query = issuer.ready["offer_uri"].split("?", 1)[1]
        _unlock_at(page, f"{app.url}?{query}")
        page.get_by_text("Offer from Issuer Peer Test Academy").wait_for()
        type_into(page, "Transaction code (4 characters, digits)", "24")  # half typed
        assert len(_offer_reads(issuer)) == 1
        shot(page, "resize-offer-wide-before")
        _resize(page, NARROW)
        page.get_by_text("Offer from Issuer Peer Test Academy").wait_for()
        shot(page, "resize-offer-narrow")
        _resize(page, WIDE)
        page.get_by_text("Offer from Issuer Peer Test Academy").wait_for()
        _field_holds(page, "Transaction code (4 characters, digits)", "24")
        shot(page, "resize-offer-wide-after")
        assert len(_offer_reads(issuer)) == 1  # the single-use offer was not fetched again
        type_into(page, "Transaction code (4 characters, digits)", "2468")
        page.get_by_role("button", name="Receive").click()
        page.get_by_text("Received 1 credential(s) from Issuer Peer Test Academy.").wait_for()
        assert issuer.wait() == 0
    finally:
        app.stop()
        issuer.stop()


def _offer_reads(issuer) -> list[dict]:
    return [e for e in issuer.events() if e.get("event") == "http_request" and e["path"].startswith("/offers/")]


def _unlock_at(page, url: str) -> None:
    page.set_viewport_size({"width": WIDE, "height": HEIGHT})
    open_app(page, url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")

