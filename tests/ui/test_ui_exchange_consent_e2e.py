"""A VC-API exchanger asks for a stored credential by example before it issues: the app shows who asks and
what, lists the matching credentials with tick boxes (none ticked), sends exactly the one ticked, and a
declined request sends nothing. The exchanger is local (tests/exchange/exchanger.py: the issuer peer's
DCC exchange asks for DIDAuthentication only); what it received is the judge."""

from __future__ import annotations

import json
import re

import pytest
from exchange.exchanger import REASON, QueryByExampleExchanger
from playwright.sync_api import expect
from ui_harness import corpus_dir, open_app, seeded_wallet, shot, type_into

pytestmark = [pytest.mark.ui, pytest.mark.slow]

PASSPHRASE = "lichen harbour velvet ninety"
PEER = corpus_dir() / "peer"


@pytest.fixture(scope="module")
def exchanger_and_app(tmp_path_factory):
    root = tmp_path_factory.mktemp("satchel-consent-ui")
    issued = json.loads((PEER / "cred-valid-ed25519signature2020-v1-ob3.json").read_text())
    exchanger = QueryByExampleExchanger(root / "exchanger", issued)
    mp = pytest.MonkeyPatch()
    mp.setenv("SATCHEL_ALLOW_LOOPBACK", "1")
    mp.setenv("SATCHEL_EXTRA_CA_FILE", str(exchanger.ca))
    try:
        app = seeded_wallet(root / "home", PASSPHRASE,
                            [PEER / "cred-valid-ecdsa-rdfc-2019-p256-ob3.json",
                             PEER / "cred-valid-eddsa-rdfc-2022-ob3.json",
                             corpus_dir() / "extra" / "vcjwt-valid-eddsa.jwt"])
    finally:
        mp.undo()
    yield exchanger, app
    app.stop()
    exchanger.stop()


def _open_exchange(page, link: str) -> None:
    type_into(page, "Link", link)
    page.get_by_role("button", name="Continue").click()
    page.get_by_text("Offer from 127.0.0.1:", exact=False).wait_for()  # the exchanger's host, not proven:
    page.get_by_text("Unverified website: who runs it is not proven.", exact=False).wait_for()
    page.get_by_role("button", name="Receive").click()
    page.get_by_text("The issuer asks for credentials").wait_for()


def test_choose_what_the_exchanger_gets_or_decline(page, exchanger_and_app):
    exchanger, app = exchanger_and_app
    open_app(page, app.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Add").first.click()
    page.get_by_role("button", name="Open a link").click()

    first, link = exchanger.link()
    _open_exchange(page, link)
    page.get_by_text("Asked by 127.0.0.1:", exact=False).wait_for()
    page.get_by_text("It asks for: OpenBadgeCredential").wait_for()
    page.get_by_text(f"Reason given: {REASON}").wait_for()
    secure = page.get_by_role("checkbox", name="Secure Coding")
    teamwork = page.get_by_role("checkbox", name="Teamwork Fundamentals")
    secure.wait_for()
    teamwork.wait_for()
    assert page.get_by_role("checkbox").count() == 2  # the VC-JWT answers nothing and is not offered
    assert not secure.is_checked() and not teamwork.is_checked()
    assert page.get_by_role("button", name="Send").is_disabled()
    assert exchanger.posted[first] == [{}]  # nothing of the holder's has left yet
    secure.click()
    expect(page.get_by_role("button", name="Send")).to_be_enabled()
    shot(page, "exchange-qbe-consent")
    page.get_by_role("button", name="Send").click()
    page.get_by_text(re.compile(r"^Received 1 credential\(s\) through the website 127\.0\.0\.1:\d+ "
                               r"\(not verified\)\.$")).wait_for()
    page.get_by_text("Data Literacy — Verified").wait_for()
    shot(page, "exchange-qbe-received")
    sent = exchanger.posted[first][1]["verifiablePresentation"]
    assert [c["credentialSubject"]["achievement"]["name"] for c in sent["verifiableCredential"]] == ["Secure Coding"]
    page.get_by_role("button", name="Close").click()

    second, link = exchanger.link()
    _open_exchange(page, link)
    page.get_by_role("button", name="Decline").click()
    page.get_by_text("Cancelled: nothing was received or sent.").wait_for()
    assert exchanger.posted[second] == [{}]


def test_the_offer_says_the_origin_a_link_names_is_not_proven(page, exchanger_and_app):
    """A dccrequest link may name any credentialRequestOrigin: the offer shows the exchanger's host (where the
    proof goes) as an unverified website, and the named origin as a claim that is not proven."""
    from urllib.parse import parse_qs, quote, urlsplit

    exchanger, app = exchanger_and_app
    exchange_id, link = exchanger.link()
    request = json.loads(parse_qs(urlsplit(link).query)["request"][0])
    request["credentialRequestOrigin"] = "https://university.example"
    claimed = "dccrequest://request?request=" + quote(json.dumps(request))
    open_app(page, app.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Add").first.click()
    page.get_by_role("button", name="Open a link").click()
    type_into(page, "Link", claimed)
    page.get_by_role("button", name="Continue").click()
    page.get_by_text("Offer from 127.0.0.1:", exact=False).wait_for()
    page.get_by_text("Unverified website: who runs it is not proven.", exact=False).wait_for()
    page.get_by_text("The link says it comes from https://university.example; that is not proven.").wait_for()
    assert page.get_by_text("Offer from https://university.example").count() == 0
    shot(page, "exchange-vcapi-offer-unproven")
    page.get_by_role("button", name="Cancel").click()
    page.get_by_text("Cancelled: nothing was received or sent.").wait_for()
    assert exchanger.posted.get(exchange_id, []) == []  # nothing was sent to the exchanger
