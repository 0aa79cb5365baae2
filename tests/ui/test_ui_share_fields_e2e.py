"""Share screen, selective disclosure (issue 13): an ecdsa-sd-2023 badge issued by the verifier peer lists its
hideable fields with a preview; unticking one leaves it out of the presentation (derived proof)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ui_harness import open_app, seeded_wallet, shot, type_into

from tests.cli.test_sd_jwt_interop import peer
from tests.cli.test_sd_jwt_interop import verifier_peer as verifier_peer  # the peer fixture, shared

pytestmark = [pytest.mark.ui, pytest.mark.slow, pytest.mark.interop]

PASSPHRASE = "meadow copper lantern ninety"
NAME = "Analytical Engine Programming"
DESCRIPTION = "credentialSubject › achievement › description"


@pytest.fixture
def seeded_app(tmp_path, verifier_peer):
    base = tmp_path / "base.json"
    done = peer(verifier_peer, "ecdsa-sd", "issue", "--out", str(base))
    assert done.returncode == 0, done.stderr
    proc = seeded_wallet(tmp_path / "home", PASSPHRASE, [base])
    yield proc
    proc.stop()


def test_a_field_unticked_on_the_share_screen_is_not_in_the_presentation(page, seeded_app):
    open_app(page, seeded_app.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Share").first.click()
    page.get_by_role("checkbox", name=f"Select {NAME} for sharing").click()
    page.get_by_text(f"Fields to show: {NAME}").wait_for()
    page.get_by_role("checkbox", name=DESCRIPTION).click()
    page.get_by_text(f"Hidden (not in the QR code): {DESCRIPTION}.", exact=False).wait_for()
    shot(page, "share-fields-en-light")
    page.get_by_role("button", name="Create the QR code").click()
    page.get_by_text("Ready to show: 1 credential(s).").wait_for(timeout=60_000)
    with page.expect_download() as download:
        page.get_by_role("button", name="Save presentation file").click()
    vp = json.loads(Path(download.value.path()).read_text())
    achievement = vp["verifiableCredential"][0]["credentialSubject"]["achievement"]
    assert achievement["name"] == NAME and "description" not in achievement
    assert vp["verifiableCredential"][0]["proof"]["proofValue"].startswith("u2V0B")


def test_the_holders_base_proof_copy_reads_verified_with_every_field_signed(page, seeded_app):
    """The badge as the issuer gave it (an ecdsa-sd-2023 base proof) is checked fully in the wallet."""
    open_app(page, seeded_app.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_text(NAME).first.click()
    sentence = page.get_by_text("base proof) and covers every field", exact=False)
    sentence.wait_for()
    page.get_by_text("Verified", exact=True).first.wait_for()
    shot(page, "detail-ecdsa-sd-base-en-light")
    page.mouse.move(640, 500)
    for _ in range(12):  # Flutter scrolls on wheel events, not on DOM scrolling
        page.mouse.wheel(0, 400)
    shot(page, "detail-ecdsa-sd-base-checks-en-light")
