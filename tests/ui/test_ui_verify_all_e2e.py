""""Verify all" end to end: the button on the credentials list verifies every stored credential again
and says how many are not fully verified; the list then shows the new statuses."""

from __future__ import annotations

import re

import pytest
from ui_harness import corpus_dir, open_app, seeded_wallet, shot, type_into

pytestmark = [pytest.mark.ui, pytest.mark.slow]

PASSPHRASE = "copper meadow lantern river"


@pytest.fixture(scope="module")
def seeded_app(tmp_path_factory):
    peer = corpus_dir() / "peer"
    paths = [peer / "cred-valid-eddsa-rdfc-2022-ob3.json", peer / "cred-valid-ecdsa-rdfc-2019-p256-ob3.json",
             peer / "cred-tampered-name-eddsa.json"]
    proc = seeded_wallet(tmp_path_factory.mktemp("satchel-verify-all") / "home", PASSPHRASE, paths)
    yield proc
    proc.stop()


def test_verify_all_button(page, seeded_app):
    open_app(page, seeded_app.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_text("3 credentials").wait_for()
    page.get_by_role("button", name=re.compile(r"^Verify all")).click()
    page.get_by_text(re.compile(r"3 credentials verified again\. Not fully verified: 1 ")).wait_for()
    shot(page, "verify-all-done")
    page.get_by_role("button", name=re.compile(r"^Verify all")).wait_for()  # ready for another run
