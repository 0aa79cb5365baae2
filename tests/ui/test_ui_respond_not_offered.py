"""The app's consent screen for an OpenID4VP request (issue 13 follow-up): an SD-JWT VC bound to another key than
the wallet's is listed as not offered, with its reason, before consent, and never as a choice; the one bound to the
wallet's key is offered, sent, and accepted by the verifier peer."""

from __future__ import annotations

import json
import subprocess

import pytest
from exchange.peers import installed, start_verifier
from ui_harness import AppProcess, open_app, shot, type_into

pytestmark = [pytest.mark.ui, pytest.mark.slow, pytest.mark.interop]

PASSPHRASE = "lichen harbour velvet ninety"
VCT = "https://credentials.example.com/achievement_credential"
NOT_OFFERED = ("Not offered: Borrowed badge — it is bound to another key than this wallet's, so this wallet cannot "
               "prove it is yours.")


def _issue(peer_dir, out, jwk: dict, name: str):
    (out.parent / f"{out.name}.jwk").write_text(json.dumps(jwk))
    claims = {"given_name": "Ada", "achievement_name": name}
    done = subprocess.run(["node", "verifier-peer.mjs", "sd-jwt-issue", "--out", str(out), "--holder-jwk",
                           str(out.parent / f"{out.name}.jwk"), "--claims", json.dumps(claims)],
                          cwd=peer_dir, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="module")
def verifier_and_app(tmp_path_factory):
    from satchel import crypto
    from satchel.services import Satchel

    root = tmp_path_factory.mktemp("satchel-not-offered-ui")
    peer_dir = installed("verifier-peer")
    wallet = Satchel(root / "home")
    wallet.create_wallet(PASSPHRASE)
    mine = crypto.public_jwk(crypto.public_key_from_multikey(wallet.holder_keys()[0].public_multibase))
    other = crypto.public_jwk(crypto.public_key_from_multikey(crypto.generate_ed25519()[1]))
    bound = _issue(peer_dir, root / "bound.sdjwt", mine, "Data Literacy")
    borrowed = _issue(peer_dir, root / "borrowed.sdjwt", other, "Borrowed badge")
    for path in (bound, borrowed):
        wallet.import_bytes(path.read_bytes(), source="test")
    wallet.lock()
    query = {"credentials": [{"id": "badge", "format": "dc+sd-jwt", "meta": {"vct_values": [VCT]},
                              "claims": [{"path": ["given_name"]}]}]}
    (root / "dcql.json").write_text(json.dumps(query))
    verifier = start_verifier(peer_dir, root / "verifier", "--once", "--client-id-prefix", "redirect_uri",
                              "--format", "dc+sd-jwt", "--dcql", str(root / "dcql.json"),
                              "--issuer-jwk", str(root / "bound.sdjwt.issuer.json"), timeout=300)
    mp = pytest.MonkeyPatch()
    mp.setenv("SATCHEL_ALLOW_LOOPBACK", "1")
    mp.setenv("SATCHEL_EXTRA_CA_FILE", str(root / "verifier" / "ca.pem"))
    try:
        app = AppProcess(root / "home")
        app.wait_listening()
    finally:
        mp.undo()
    yield verifier, app
    app.stop()
    verifier.stop()


def test_a_credential_bound_to_another_key_is_named_not_offered_and_the_bound_one_is_sent(page, verifier_and_app):
    verifier, app = verifier_and_app
    open_app(page, app.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Add").first.click()
    page.get_by_role("button", name="Open a link").click()
    type_into(page, "Link", verifier.ready["authorization_request"])
    page.get_by_role("button", name="Continue").click()
    page.get_by_text(NOT_OFFERED).wait_for()
    page.get_by_role("radio", name="Data Literacy").wait_for()
    assert page.get_by_role("radio", name="Borrowed badge").count() == 0  # never a choice
    shot(page, "exchange-consent-not-offered")
    page.get_by_role("button", name="Send").click()
    page.get_by_text("The verifier accepted your answer.").wait_for()
    assert verifier.wait() == 0
    result = verifier.result()
    assert result["verified"] is True and result["disclosed_claims"] == ["given_name"], result
