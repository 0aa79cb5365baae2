"""Share screen, the recruiter's challenge read with the camera, in the browser (web mode) on a phone-sized
(400 × 850) and a laptop-sized (1280 × 900) window, in English and French. A browser can only use a camera
of the computer Satchel runs on, and this one has none: the panel says so and offers the picture route,
which then fills the challenge from a picture of the recruiter's code and closes the camera panel.

Screenshots: artifacts/screenshots/share-camera-<size>-<lang>.png (and -read- after the picture)."""

from __future__ import annotations

import re

import pytest
from ui_harness import choose_files, corpus_dir, nav_item, navigate, open_app, seeded_wallet, shot, type_into

from satchel.services import Recruiter

pytestmark = [pytest.mark.ui, pytest.mark.slow]

PASSPHRASE = "quartz meadow lantern ninety"
SIZES = {"phone": (400, 850), "laptop": (1280, 900)}
WORDS = {
    "en": {"nav": ("Credentials", "Add", "Share", "Recruiter", "Settings"), "lang": "English",
           "camera": "Scan the recruiter's code", "none": "No camera can be used here: in a browser",
           "route": "Take a photo or a screenshot of the recruiter's code",
           "picture": "Use a picture of the code instead",
           "close": "Close the camera", "read": "Challenge read: {code}", "next": re.compile(r"^Next: 1 selected")},
    "fr": {"nav": ("Badges", "Ajouter", "Partager", "Recruteur", "Paramètres"), "lang": "Français",
           "camera": "Scanner le code du recruteur", "none": "Aucune caméra n'est utilisable ici : dans un navigateur",
           "route": "Prenez une photo ou une capture d'écran du code du recruteur",
           "picture": "Utiliser plutôt une image du code", "close": "Fermer la caméra", "read": "Défi lu : {code}",
           "next": re.compile(r"^Suivant : 1 sélectionné")},
}


@pytest.fixture(scope="module")
def seeded_app(tmp_path_factory):
    proc = seeded_wallet(tmp_path_factory.mktemp("satchel-share-camera") / "home", PASSPHRASE,
                         [corpus_dir() / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json"])
    yield proc
    proc.stop()


@pytest.mark.parametrize("size", list(SIZES))
def test_no_camera_in_the_browser_offers_the_picture_route(browser, seeded_app, size, tmp_path):
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        open_app(page, seeded_app.url)
        page.get_by_text("Unlock your wallet").or_(page.get_by_text("Déverrouillez votre portefeuille")).wait_for()
        type_into(page, "Passphrase" if page.get_by_text("Unlock your wallet").count() else "Phrase secrète",
                  PASSPHRASE)
        page.keyboard.press("Enter")
        page.get_by_role("button", name=re.compile(r"^(Open|Ouvrir) Teamwork Fundamentals")).first.wait_for()
        for lang in ("en", "fr"):
            _camera_then_picture(page, WORDS[lang], size, lang, tmp_path)
    except Exception:
        shot(page, f"FAILED-share-camera-{size}")
        print(seeded_app.log.read_text(errors="replace")[-6000:])
        raise
    finally:
        context.close()


def _camera_then_picture(page, words, size, lang, tmp_path):
    other = WORDS["fr" if lang == "en" else "en"]
    nav_item(page, words["nav"][4]).or_(nav_item(page, other["nav"][4])).first.wait_for()
    navigate(page, words if nav_item(page, words["nav"][4]).count() else other, 4)
    page.get_by_role("radio", name=words["lang"]).click()
    page.get_by_role("radio", name=words["lang"], checked=True).wait_for()
    navigate(page, words, 2)
    box = page.get_by_role("checkbox", name=re.compile("Teamwork Fundamentals"))
    box.hover()  # away from the navigation, whose tooltip would cover the Next button
    if not box.is_checked():
        box.click()
    page.get_by_role("checkbox", name=re.compile("Teamwork Fundamentals"), checked=True).wait_for()
    if size == "phone":  # step 1 of 3: the choice; the challenge is on step 2
        page.get_by_role("button", name=words["next"]).click()

    _click_until(page.get_by_role("button", name=words["camera"]), page.get_by_role("button", name=words["close"]))
    page.get_by_text(words["none"], exact=False).wait_for(timeout=30_000)  # said plainly, not a stuck preview
    page.get_by_text(words["route"], exact=False).wait_for()
    page.get_by_role("button", name=words["picture"]).wait_for()
    page.get_by_role("button", name=words["close"]).wait_for()
    assert page.get_by_role("img", name=re.compile("Camera picture|Image de la caméra")).count() == 0
    shot(page, f"share-camera-{size}-{lang}")

    recruiter = Recruiter(tmp_path / "recruiter")
    code = recruiter.new_challenge()
    picture = tmp_path / f"challenge-{size}-{lang}.png"
    picture.write_bytes(recruiter.challenge_qr(code))
    choose_files(page, words["picture"], [str(picture)])
    page.get_by_text(words["read"].format(code=code)).wait_for()
    page.get_by_role("button", name=words["close"]).wait_for(state="detached")  # the camera panel closed
    assert page.get_by_text(words["none"], exact=False).count() == 0
    shot(page, f"share-camera-read-{size}-{lang}")
    page.get_by_text(words["read"].format(code=code)).wait_for(state="detached", timeout=20_000)  # the toast goes
    if lang == "fr":  # back to English for whoever opens the wallet next
        navigate(page, words, 4)
        page.get_by_role("radio", name="English").click()
        page.get_by_role("radio", name="English", checked=True).wait_for()


def _click_until(button, shown, attempts: int = 3) -> None:
    """Click ``button`` until ``shown`` appears: a click landing while Flutter redraws (the selection is
    still being read) can be swallowed."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(attempts):
        button.click()
        try:
            shown.wait_for(timeout=5_000)
            return
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise
