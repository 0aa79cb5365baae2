"""Answering a verifier in the app (issue 13): the claims of an SD-JWT VC are ticked as asked the first time; the
same verifier (``x509_san_dns:localhost``, proven by its certificate) asking for one more claim later finds last
time's choice ticked and the new claim unticked and marked as newly asked, until the holder ticks it; sent
unticked, the new claim is not disclosed (and this verifier then refuses the answer, as it may).

A dc+sd-jwt credential is received from the issuer peer first (bound to the wallet's key); the verifier peer's
result.json says what was disclosed. Screenshots: artifacts/screenshots/remembered-answer-*.png."""

from __future__ import annotations

import json
import ssl
import urllib.request

import pytest
from exchange.peers import installed, start_issuer, start_verifier
from ui_harness import AppProcess, open_app, shot, type_into

from satchel.cli.main import main
from satchel.services import Satchel

pytestmark = [pytest.mark.ui, pytest.mark.slow, pytest.mark.interop]

PASSPHRASE = "quartz lantern meadow ninety"


@pytest.fixture(scope="module")
def stocked(tmp_path_factory):
    """A wallet holding the issuer peer's SD-JWT VC; the issuer's key and the vct, for the verifier peer."""
    root = tmp_path_factory.mktemp("satchel-answer-claims")
    home = root / "home"
    Satchel(home).create_wallet(PASSPHRASE)
    issuer = start_issuer(installed("issuer-peer"), root / "issuer", "oid4vci", "--format", "dc+sd-jwt")
    cas = root / "cas.pem"
    cas.write_bytes((root / "issuer" / "ca.pem").read_bytes())
    mp = pytest.MonkeyPatch()
    mp.setenv("SATCHEL_PASSPHRASE", PASSPHRASE)
    mp.setenv("SATCHEL_ALLOW_LOOPBACK", "1")
    mp.setenv("SATCHEL_EXTRA_CA_FILE", str(cas))
    try:
        assert main(["--home", str(home), "receive", issuer.ready["offer_uri"]]) == 0
        context = ssl.create_default_context(cafile=issuer.ca)
        url = f"{issuer.ready['issuer_url']}/.well-known/jwt-vc-issuer"
        with urllib.request.urlopen(url, context=context, timeout=10) as reply:
            (root / "issuer-jwk.json").write_bytes(reply.read())
        vct = json.loads((issuer.out / "issued.json").read_text())["decoded"]["claims"]["vct"]
        issuer.stop()
        app = AppProcess(home)  # inherits the two test settings
        app.wait_listening()
    finally:
        mp.undo()
    yield root, app, cas, vct
    app.stop()


def _verifier(root, cas, vct, name: str, claims: str):
    peer = start_verifier(installed("verifier-peer"), root / name, "--once", "--client-id-prefix", "x509_san_dns",
                          "--format", "dc+sd-jwt", "--vct", vct, "--claims", claims,
                          "--issuer-jwk", str(root / "issuer-jwk.json"), timeout=300)
    cas.write_bytes(peer.out.joinpath("ca.pem").read_bytes())  # read again at each exchange
    return peer


def _tick(page, box, attempts: int = 5) -> None:
    """Click a checkbox until it reads ticked (a click landing during a redraw, e.g. after a resize, is lost)."""
    for _ in range(attempts):
        box.click()
        for _ in range(20):
            if box.get_attribute("aria-checked") == "true":
                return
            page.wait_for_timeout(150)
    raise AssertionError("the checkbox could not be ticked")


def _send(page, outcome: str) -> None:
    """Press Send until the answer's outcome shows (a click landing during a redraw is lost; once the
    answer is under way the button is disabled, so a second click can never send twice)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(4):
        page.get_by_role("button", name="Send").click()
        try:
            page.get_by_text(outcome, exact=False).wait_for(timeout=8_000)
            return
        except PlaywrightTimeout:
            continue
    raise AssertionError(f"no answer outcome: {outcome}")


def _open_request(page, link: str) -> None:
    type_into(page, "Link", link)
    page.get_by_role("button", name="Continue").click()
    page.get_by_text("Claims to show").wait_for()


def test_a_verifier_asking_for_more_finds_the_new_claim_unticked(page, stocked):
    root, app, cas, vct = stocked
    open_app(page, app.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Add").first.click()
    page.get_by_role("button", name="Open a link").click()

    first = _verifier(root, cas, vct, "first", "given_name,family_name")
    _open_request(page, first.ready["authorization_request"])
    for claim in ("given_name", "family_name"):
        assert page.get_by_role("checkbox", name=claim, exact=True).get_attribute("aria-checked") == "true"
    assert page.get_by_text("Last time you showed this verifier", exact=False).count() == 0
    _send(page, "The verifier accepted your answer.")
    assert first.wait() == 0
    assert set(first.result()["disclosed_claims"]) == {"given_name", "family_name"}
    page.get_by_role("button", name="Close").click()

    second = _verifier(root, cas, vct, "second", "given_name,family_name,score")
    _open_request(page, second.ready["authorization_request"])
    page.get_by_text("Last time you showed this verifier", exact=False).wait_for()
    new = page.get_by_role("checkbox", name="score — newly asked")
    assert new.get_attribute("aria-checked") == "false"
    assert page.get_by_role("checkbox", name="given_name", exact=True).get_attribute("aria-checked") == "true"
    page.get_by_text("This verifier now asks for more than you showed it last time", exact=False).wait_for()
    shot(page, "remembered-answer-laptop-en")
    _tick(page, new)
    page.get_by_text("This verifier now asks for more", exact=False).wait_for(state="hidden")  # redrawn
    _send(page, "The verifier accepted your answer.")
    assert second.wait() == 0
    result = second.result()
    assert result["verified"] is True, result["errors"]
    assert set(result["disclosed_claims"]) == {"given_name", "family_name", "score"}
    page.get_by_role("button", name="Close").click()

    # On a phone (a new layout: the screen starts afresh), the same verifier asks for one more claim again.
    page.set_viewport_size({"width": 400, "height": 850})
    page.get_by_role("tab", name="Settings", exact=True).wait_for()  # the phone layout is on
    third = _verifier(root, cas, vct, "third", "given_name,family_name,score,achievement_name")
    _open_request(page, third.ready["authorization_request"])
    newer = page.get_by_role("checkbox", name="achievement_name — newly asked")
    assert newer.get_attribute("aria-checked") == "false"
    assert page.get_by_role("checkbox", name="score", exact=True).get_attribute("aria-checked") == "true"
    shot(page, "remembered-answer-phone-en")
    _send(page, "Expected claim 'achievement_name' to be defined")  # without the new claim: refused
    assert third.wait() == 1  # the verifier peer exits 1 when it did not accept the answer
    refused = third.result()
    assert refused["verified"] is False and refused["received"] is True
    assert set(refused["disclosed_claims"]) == {"given_name", "family_name", "score"}  # the newly asked one is not
