"""Recruiter mode through the real app, without any wallet: from the first screen, give a challenge, read
the candidate's QR image (made by a real wallet for the code read off the screen), see the verdict, export
it, find it in the history; a QR made for another challenge is refused in plain words; all again in French
through the typed-path fallback; and no camera gives guidance instead of a frozen preview.

Screenshots: artifacts/screenshots/recruiter-*.png."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from ui_harness import AppProcess, corpus_dir, open_app, shot, type_into

from satchel.services import Satchel

pytestmark = [pytest.mark.ui, pytest.mark.slow]

BADGE = "cred-valid-eddsa-rdfc-2022-ob3.json"
PASSPHRASE = "lantern harbour violet ninety"
CODE = re.compile(r"^[2-9A-Z]{4}-[2-9A-Z]{4}$")


@pytest.fixture
def app_process(tmp_path_factory):
    """A fresh app for each run of the test: the journey ends by creating a wallet, so a rerun after a
    late failure (pytest-rerunfailures) must not start on that wallet's unlock screen."""
    proc = AppProcess(tmp_path_factory.mktemp("satchel-home") / "home")
    proc.wait_listening()
    yield proc
    proc.stop()


@pytest.fixture(scope="module")
def candidate(tmp_path_factory):
    """The candidate's own wallet (services only): it makes QR images for whatever challenge it is given."""
    wallet = Satchel(tmp_path_factory.mktemp("candidate") / "home")
    wallet.create_wallet("candidate passphrase sixteen")
    ids = list(wallet.import_bytes((corpus_dir() / "peer" / BADGE).read_bytes(), source="test").added)
    folder = tmp_path_factory.mktemp("candidate-qr")

    def qr_for(challenge: str, name: str) -> Path:
        bundle = wallet.share(ids, challenge=challenge)
        assert len(bundle.pngs) == 1
        path = folder / f"{name}.png"
        path.write_bytes(bundle.pngs[0])
        return path
    return qr_for


def _generate_challenge(page, label: str, previous: str | None = None) -> str:
    page.get_by_role("button", name=label).click()
    if previous:
        page.get_by_text(previous, exact=True).wait_for(state="detached")
    code = page.get_by_text(CODE)
    code.wait_for()
    return code.inner_text().strip()


def nb(code: str) -> str:
    """The code as the verdict banner writes it: with a non-breaking hyphen, so it never wraps."""
    return code.replace("-", "\u2011")


def _tab(page, name: str):
    """A navigation rail destination (its accessible name is "<label> Tab i of n")."""
    return page.get_by_role("button", name=re.compile(rf"^{name}\s+\S+ \d+ \S+ \d+$"))


def _open_image(page, label: str, path: Path) -> None:
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name=label).click()
    chooser.value.set_files([str(path)])


def test_recruiter_mode_from_first_screen_in_english_and_french(page, app_process, candidate, tmp_path):
    open_app(page, app_process.url)
    page.get_by_text("Create your wallet").wait_for()  # nobody has a wallet on this computer
    shot(page, "recruiter-entry-en")
    page.get_by_role("button", name="I am a recruiter: verify a candidate").click()
    page.get_by_text("1. Give the candidate a challenge").wait_for()

    # The recruiter hands out a code; the candidate's wallet answers it; the recruiter opens the picture.
    code = _generate_challenge(page, "Generate a challenge")
    page.get_by_text("Ask the candidate to type this code", exact=False).wait_for()
    shot(page, "recruiter-challenge-en")
    first_qr = candidate(code, "answer")
    _open_image(page, "Open an image", first_qr)
    # The corpus badge names another DID than the candidate's wallet: genuine, answered, but not bound.
    banner = page.get_by_text("Genuine credentials, but nothing proves they were issued to the candidate",
                              exact=False)
    banner.wait_for(timeout=60_000)
    page.get_by_text("The presentation answers your request.").wait_for()
    page.get_by_text("Teamwork Fundamentals", exact=True).first.wait_for()
    page.get_by_text("Awarded to Jane Doe").first.wait_for()  # what it says, before the technical checks
    page.get_by_text("Awarded for demonstrating Teamwork Fundamentals.").wait_for()
    page.get_by_text("Issued by Example Institute of Technology").wait_for()
    page.get_by_text(re.compile(r"^did:key:z6Mk.{4}….{6}$")).wait_for()
    page.get_by_role("button", name="Copy the holder's identifier").wait_for()
    shot(page, "recruiter-report-en")

    with page.expect_download() as download:
        page.get_by_role("button", name="Export JSON").click()
    saved = json.loads(Path(download.value.path()).read_text())
    assert saved["outcome"] == "verified" and saved["holder"].startswith("did:key:")
    assert next(c for c in saved["checks"] if c["name"] == "challenge")["details"]["expected"] == code
    with page.expect_download() as download:
        page.get_by_role("button", name="Export PDF").click()
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")
    page.get_by_role("button", name="Trust Example Institute of Technology").click()
    page.get_by_text("Trusted issuer", exact=True).wait_for()

    # "Verify another" keeps the code on screen; a new code makes the old picture a replay, refused.
    page.get_by_role("button", name="Verify another").click()
    page.get_by_text(code, exact=True).wait_for()
    second = _generate_challenge(page, "New challenge", previous=code)
    assert second != code
    _open_image(page, "Open an image", first_qr)
    page.get_by_text(f"Not made for you: this presentation answers another challenge than yours ({nb(second)}).",
                     exact=False).wait_for(timeout=60_000)
    page.get_by_text("The presentation was made for another request (the challenge does not match).").wait_for()
    shot(page, "recruiter-wrong-challenge-en")

    # History: both verifications, newest first; the first one opens again.
    _tab(page, "History").click()
    page.get_by_text("2 verification(s), newest first.").wait_for()
    page.get_by_text(f"Challenge {code}").wait_for()
    shot(page, "recruiter-history-en")
    page.get_by_text(f"Challenge {code}").click()
    page.get_by_text("The presentation answers your request.").wait_for()

    # No camera on this machine: clear guidance and a retry button, never a stuck picture.
    _tab(page, "Verify").click()
    page.get_by_role("button", name="Scan with camera").click()
    page.get_by_text("Camera 0 gives no picture: it is missing", exact=False).wait_for(timeout=30_000)
    page.get_by_text("Check that a camera is connected", exact=False).wait_for()
    page.get_by_role("button", name="Try again").wait_for()
    assert page.get_by_role("img", name="Camera picture").count() == 0  # no picture left behind
    shot(page, "recruiter-camera-en")

    # Français: the same flow, the picture given as a typed path this time.
    page.get_by_role("button", name="Français").click()
    page.get_by_text("1. Donnez un défi au candidat").wait_for()
    code_fr = _generate_challenge(page, "Nouveau défi", previous=second)
    shot(page, "recruiter-challenge-fr")
    answer_fr = candidate(code_fr, "reponse")
    type_into(page, "Ou saisissez le chemin d'une image ou d'un fichier de présentation sur cet ordinateur",
              str(answer_fr))
    page.get_by_role("button", name="Vérifier ce fichier").click()
    page.get_by_text("Badges authentiques, mais rien ne prouve qu'ils ont été délivrés au candidat", exact=False) \
        .wait_for(timeout=60_000)
    page.get_by_text("La présentation répond à votre demande.").wait_for()
    page.get_by_text("Émis par Example Institute of Technology").wait_for()
    page.get_by_text("Décerné à Jane Doe").first.wait_for()
    shot(page, "recruiter-report-fr")

    page.get_by_role("button", name="Vérifier un autre").click()
    page.get_by_text(code_fr, exact=True).wait_for()
    other_fr = _generate_challenge(page, "Nouveau défi", previous=code_fr)
    _open_image(page, "Ouvrir une image", answer_fr)
    page.get_by_text(f"Pas faite pour vous : cette présentation répond à un autre défi que le vôtre "
                     f"({nb(other_fr)}).", exact=False).wait_for(timeout=60_000)
    shot(page, "recruiter-wrong-challenge-fr")

    # Clearing the history asks first.
    _tab(page, "Historique").click()
    page.get_by_text("4 vérification(s), les plus récentes d'abord.").wait_for()
    shot(page, "recruiter-history-fr")
    with page.expect_download() as download:  # the whole history as one PDF: a page per verification here
        page.get_by_role("button", name="Exporter l'historique (PDF)").click()
    history_pdf = Path(download.value.path()).read_bytes()
    assert history_pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b(?!s)", history_pdf)) == 4
    page.get_by_role("button", name="Effacer l'historique").click()
    page.get_by_text("Effacer l'historique ?").wait_for()
    page.get_by_role("button", name="Effacer l'historique").last.click()
    page.get_by_text("Aucune vérification pour l'instant.").wait_for()

    # Leaving recruiter mode goes back to the first screen, still in English: the recruiter's language
    # switch is recruiter mode's own. Once a wallet exists, recruiter mode is also in the wallet's
    # navigation, and it is still in French.
    page.get_by_role("button", name="Quitter le mode recruteur").click()
    page.get_by_text("Create your wallet").wait_for()
    type_into(page, "Passphrase", PASSPHRASE)
    type_into(page, "Repeat the passphrase", PASSPHRASE)
    page.get_by_role("button", name="Create wallet").click()
    page.get_by_text("Your wallet is empty").wait_for()
    _tab(page, "Recruiter").click()
    page.get_by_text("1. Donnez un défi au candidat").wait_for()
    page.get_by_role("button", name="Quitter le mode recruteur").click()
    page.get_by_text("Your wallet is empty").wait_for()
