"""The app's consent screen for an OpenID4VP request whose ``client_metadata.vp_formats_supported`` takes only EdDSA
VC-JWTs: the ES256-signed credential is listed as not offered, naming the algorithm, and never as a choice; the
EdDSA one is offered. The request comes by value (an unsigned ``redirect_uri:`` one), so no server is needed; the
test never presses Send."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest
from ui_harness import corpus_dir, open_app, seeded_wallet, shot, type_into

pytestmark = [pytest.mark.ui, pytest.mark.slow]

PASSPHRASE = "lichen harbour velvet ninety"
RESPONSE_URI = "https://verifier.example/response"
NOT_OFFERED = "Not offered: Data Literacy (ES256) — this verifier does not accept ES256 signatures."


@pytest.fixture(scope="module")
def app_process(tmp_path_factory):
    extra = corpus_dir() / "extra"
    proc = seeded_wallet(tmp_path_factory.mktemp("satchel-not-accepted-ui") / "home", PASSPHRASE,
                         [extra / "vcjwt-valid-es256.jwt", extra / "vcjwt-valid-eddsa.jwt"])
    yield proc
    proc.stop()


def _link() -> str:
    return "openid4vp://?" + urlencode({
        "response_type": "vp_token", "client_id": f"redirect_uri:{RESPONSE_URI}", "response_mode": "direct_post",
        "response_uri": RESPONSE_URI, "nonce": "n-0123456789", "state": "s-1",
        "dcql_query": json.dumps({"credentials": [{"id": "badge", "format": "jwt_vc_json"}]}),
        "client_metadata": json.dumps({"vp_formats_supported": {"jwt_vc_json": {"alg_values": ["EdDSA"]}}})})


def test_a_credential_signed_with_an_algorithm_the_verifier_does_not_accept_is_named_not_offered(page, app_process):
    open_app(page, app_process.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Add").first.click()
    page.get_by_role("button", name="Open a link").click()
    type_into(page, "Link", _link())
    page.get_by_role("button", name="Continue").click()
    page.get_by_text(NOT_OFFERED).wait_for()
    page.get_by_role("radio", name="Data Literacy (EdDSA)").wait_for()
    assert page.get_by_role("radio", name="Data Literacy (ES256)").count() == 0  # never a choice
    shot(page, "exchange-consent-not-accepted")
