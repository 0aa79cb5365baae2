"""Receive a credential from the issuer peer and answer the verifier peer, through the app (web mode).

The peers run on 127.0.0.1 with throwaway CAs; the app process gets the two test settings
(SATCHEL_ALLOW_LOOPBACK, SATCHEL_EXTRA_CA_FILE with both CAs). The verifier's result.json is the judge.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from exchange.peers import installed, start_issuer, start_verifier
from ui_harness import open_app, seeded_wallet, shot, type_into

pytestmark = [pytest.mark.ui, pytest.mark.slow, pytest.mark.interop]

PASSPHRASE = "lichen harbour velvet ninety"


@pytest.fixture(scope="module")
def peers_and_app(tmp_path_factory):
    root = tmp_path_factory.mktemp("satchel-exchange-ui")
    issuer = start_issuer(installed("issuer-peer"), root / "issuer", "oid4vci", "--once", "--tx-code", "2468",
                          timeout=120)
    verifier = start_verifier(installed("verifier-peer"), root / "verifier", "--once",
                              "--client-id-prefix", "redirect_uri", timeout=300)
    cas = root / "cas.pem"
    cas.write_bytes((root / "issuer" / "ca.pem").read_bytes() + (root / "verifier" / "ca.pem").read_bytes())
    mp = pytest.MonkeyPatch()
    mp.setenv("SATCHEL_ALLOW_LOOPBACK", "1")
    mp.setenv("SATCHEL_EXTRA_CA_FILE", str(cas))
    try:
        app = seeded_wallet(root / "home", PASSPHRASE, [])
    finally:
        mp.undo()
    yield issuer, verifier, app
    app.stop()
    issuer.stop()
    verifier.stop()


def test_receive_an_offer_and_answer_a_request(page, peers_and_app):
    issuer, verifier, app = peers_and_app
    open_app(page, app.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Add").first.click()
    page.get_by_role("button", name="Open a link").click()

    type_into(page, "Link", issuer.ready["offer_uri"])
    page.get_by_role("button", name="Continue").click()
    page.get_by_text("Offer from Issuer Peer Test Academy").wait_for()
    type_into(page, "Transaction code (4 characters, digits)", "2468")
    shot(page, "exchange-offer")
    page.get_by_role("button", name="Receive").click()
    page.get_by_text("Received 1 credential(s) from Issuer Peer Test Academy.").wait_for()
    page.get_by_text("Introduction to Interop Testing — Verified").wait_for()
    shot(page, "exchange-received")
    assert issuer.wait() == 0
    page.get_by_role("button", name="Close").click()

    type_into(page, "Link", verifier.ready["authorization_request"])
    page.get_by_role("button", name="Continue").click()
    page.get_by_text("Unverified website", exact=False).wait_for()
    page.get_by_role("radio", name="Introduction to Interop Testing").wait_for()
    shot(page, "exchange-consent")
    page.get_by_role("button", name="Send").click()
    page.get_by_text("The verifier accepted your answer.").wait_for()
    shot(page, "exchange-sent")
    assert verifier.wait() == 0
    assert verifier.result()["verified"] is True

    # A second launch with a link hands it to this window, which opens the online screen with it and reads it.
    page.get_by_role("button", name="Close").click()
    link = ("openid4vp://?client_id=origin%3Ahttps%3A%2F%2Fverifier.example"
            "&request_uri=https%3A%2F%2Fverifier.example%2Fr")
    done = subprocess.run([sys.executable, "-m", "satchel", "app", link],
                          env={**os.environ, "SATCHEL_HOME": str(app.home)},
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0 and "already open" in done.stdout, done.stderr
    page.get_by_text("reserved for the browser API", exact=False).wait_for()  # read at once: no Continue
    shot(page, "exchange-refused")
