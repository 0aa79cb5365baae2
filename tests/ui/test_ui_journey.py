"""The whole journey through the UI alone: create, import, search, open, verify, share (QR read back),
French, lock, wrong passphrase, unlock. Screenshots land in artifacts/screenshots/."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from ui_harness import corpus_dir, open_app, shot, type_into

from satchel.errors import ShareError
from satchel.services import Satchel

pytestmark = [pytest.mark.ui, pytest.mark.slow]

PASSPHRASE = "river lantern copper meadow"
BADGE = "cred-valid-eddsa-rdfc-2022-ob3.json"
OTHERS = ("cred-valid-ecdsa-rdfc-2019-p256-ob3.json", "cred-expired-eddsa-ob3.json")


def test_journey(page, app_process, tmp_path):
    corpus = corpus_dir() / "peer"
    open_app(page, app_process.url)

    # First run: a wallet is created with the passphrase typed twice.
    page.get_by_text("Create your wallet").wait_for()
    type_into(page, "Passphrase", PASSPHRASE)
    type_into(page, "Repeat the passphrase", PASSPHRASE)
    page.get_by_text("Strong.").or_(page.get_by_text("Good.")).first.wait_for()
    shot(page, "create-en-light")
    page.get_by_role("button", name="Create wallet").click()
    page.get_by_text("Your wallet is empty").wait_for()
    shot(page, "empty-en-light")

    # Add three badges at once through the file picker.
    page.get_by_role("button", name="Add a first badge").click()
    page.get_by_text("Badge files: JSON, JWT, PNG or SVG.", exact=False).wait_for()
    not_a_badge = tmp_path / "notes.json"
    not_a_badge.write_text('{"shopping": ["bread", "milk"]}')
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Choose files").click()
    chooser.value.set_files([str(corpus / BADGE)] + [str(corpus / name) for name in OTHERS] + [str(not_a_badge)])
    page.get_by_text("3 added, 0 already in the wallet, 1 refused.").wait_for(timeout=90_000)
    page.get_by_text(re.compile(r"^notes\.json — Refused: .+")).wait_for()
    shot(page, "add-summary-en-light")

    # Find it by search, open it, see the verification result.
    page.get_by_role("button", name="Credentials").first.click()
    page.get_by_text("3 credentials").wait_for()
    shot(page, "list-en-light")
    type_into(page, "Search credentials", "Teamwork")
    page.get_by_text("1 credential", exact=True).wait_for()
    assert page.get_by_text("Secure Coding").count() == 0
    page.get_by_text("Teamwork Fundamentals").first.click()
    page.get_by_text("Verification", exact=True).wait_for()
    page.get_by_text(re.compile(r"^Checked ")).wait_for()
    assert page.get_by_text("Verified", exact=True).count() >= 1
    shot(page, "detail-en-light")
    type_into(page, "Add a tag", "portfolio")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Remove tag portfolio").wait_for()

    # Share two credentials; read the full-screen QR back from a screenshot.
    page.get_by_role("button", name="Share").first.click()
    page.get_by_text("Choose the credentials to show").wait_for()
    page.get_by_role("checkbox", name="Select Teamwork Fundamentals for sharing").click()
    page.get_by_role("checkbox", name="Select Secure Coding for sharing").click()
    page.get_by_text("2 selected").wait_for()
    page.get_by_role("button", name="Create the QR code").click()
    page.get_by_text("Ready to show: 2 credential(s).").wait_for(timeout=60_000)
    shot(page, "share-en-light")
    with page.expect_download() as download:
        page.get_by_role("button", name="Save presentation file").click()
    vp = json.loads(Path(download.value.path()).read_text())
    assert len(vp["verifiableCredential"]) == 2 and vp["proof"]
    with page.expect_download() as download:
        page.get_by_role("button", name="Save PDF").click()
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")
    page.get_by_role("button", name="Show full screen").click()
    page.get_by_role("button", name="Close").wait_for()
    report, shots = read_qr(page, tmp_path)
    assert report.outcome.value == "verified", report.to_dict()
    assert len(report.credentials) == 2
    page.get_by_role("button", name="Close").click()

    # The same pictures, scanned back in from the Add screen: both credentials come back out of them.
    pictures = []
    for n, image in enumerate(shots):
        pictures.append(tmp_path / f"qr-{n}.png")
        pictures[-1].write_bytes(image)
    page.get_by_role("button", name="Add").first.click()
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Scan a QR code from an image").click()
    chooser.value.set_files([str(p) for p in pictures])
    summary = page.get_by_text(re.compile(r"^\d added, \d already in the wallet, 0 refused\.$"))
    summary.wait_for(timeout=60_000)
    added, existing = (int(n) for n in re.findall(r"\d", summary.inner_text())[:2])
    assert added + existing == 2

    # French, then lock and unlock (a wrong passphrase first: calm message, nothing lost).
    page.get_by_role("button", name="Settings").first.click()
    page.get_by_role("radio", name="Français").click()
    page.get_by_text("Paramètres", exact=True).first.wait_for()
    shot(page, "settings-fr-light")
    page.get_by_role("button", name="Verrouiller le portefeuille").click()
    page.get_by_text("Déverrouillez votre portefeuille").wait_for()
    type_into(page, "Phrase secrète", "not the passphrase")
    page.get_by_role("button", name="Déverrouiller").click()
    page.get_by_text("Cette phrase secrète n'ouvre pas ce portefeuille", exact=False).wait_for()
    shot(page, "unlock-wrong-fr-light")
    type_into(page, "Phrase secrète", PASSPHRASE)
    page.get_by_role("button", name="Déverrouiller").click()
    count = page.get_by_text(re.compile(r"^\d badges$"))
    count.wait_for()
    before = int(count.inner_text().split()[0])
    shot(page, "list-fr-light")

    # Delete one, after a confirmation that names it.
    page.get_by_text("Expired Skill").first.click()
    page.get_by_role("button", name="Supprimer").first.click()
    page.get_by_text("« Expired Skill » sera retiré de ce portefeuille", exact=False).wait_for()
    shot(page, "delete-confirm-fr-light")
    page.get_by_role("button", name="Supprimer").last.click()
    page.get_by_text(f"{before - 1} badges").wait_for()
    assert page.get_by_text("Expired Skill").count() == 0


def read_qr(page, tmp_path):
    """Screenshot the (possibly animated) QR as its frames go by, and decode them with the services."""
    scanner = Satchel(tmp_path / "recruiter")
    counter = page.get_by_text(re.compile(r"^Part \d+ of \d+$"))
    if counter.count() == 0:
        image = page.screenshot()
        return scanner.scan_image(image).report, [image]
    total = int(counter.first.inner_text().split()[-1])
    shots: list[bytes] = []
    for _ in range(total * 4):
        label = counter.first.inner_text()
        shots.append(page.screenshot())
        if len(shots) >= total:
            try:
                return scanner.scan_images(shots).report, shots
            except ShareError:
                pass  # a part is still missing: wait for the next frame
        page.get_by_text(label, exact=True).wait_for(state="hidden")
    raise AssertionError(f"the QR could not be read from {len(shots)} screenshots")
