"""Every screen in both languages and both themes, saved as screenshots (artifacts/screenshots/).

The wallet is prepared through the services (this test is about the screens, the journey test about
doing everything through the UI); each screen is checked for its own heading in the right language.
"""

from __future__ import annotations

import re

import pytest
from ui_harness import corpus_dir, open_app, seeded_wallet, shot, type_into

pytestmark = [pytest.mark.ui, pytest.mark.slow]

PASSPHRASE = "amber otter window seventeen"
FILES = ("cred-valid-eddsa-rdfc-2022-ob3.json", "cred-valid-ecdsa-rdfc-2019-p256-ob3.json",
         "cred-expired-eddsa-ob3.json", "cred-not-yet-valid-eddsa-ob3.json",
         "cred-tampered-name-eddsa.json", "cred-valid-ed25519signature2020-v1-ob3.json")
TEXT = {
    "en": {"list": "My credentials", "add": "Add credentials", "share": "Share credentials",
           "settings": "Settings", "nav": ("Credentials", "Add", "Share", "Settings"),
           "lang": "English", "theme": {"light": "Light", "dark": "Dark"}, "lock": "Lock wallet",
           "unlock": "Unlock your wallet", "verification": "Verification", "create_qr": "Create the QR code",
           "ready": "Ready to show"},
    "fr": {"list": "Mes badges", "add": "Ajouter des badges", "share": "Partager des badges",
           "settings": "Paramètres", "nav": ("Badges", "Ajouter", "Partager", "Paramètres"),
           "lang": "Français", "theme": {"light": "Clair", "dark": "Sombre"},
           "lock": "Verrouiller le portefeuille", "unlock": "Déverrouillez votre portefeuille",
           "verification": "Vérification", "create_qr": "Créer le QR code", "ready": "Prêt à montrer"},
}


@pytest.fixture(scope="module")
def filled_app(tmp_path_factory):
    proc = seeded_wallet(tmp_path_factory.mktemp("satchel-screens") / "home", PASSPHRASE,
                         [corpus_dir() / "peer" / name for name in FILES])
    yield proc
    proc.stop()


def test_every_screen_in_both_languages_and_themes(page, filled_app):
    open_app(page, filled_app.url)
    page.get_by_text("Unlock your wallet").wait_for()
    type_into(page, "Passphrase", PASSPHRASE)
    page.get_by_role("button", name="Unlock").click()
    current = "en"
    for lang, mode in (("en", "light"), ("en", "dark"), ("fr", "light"), ("fr", "dark")):
        words = TEXT[lang]
        page.get_by_role("button", name=TEXT[current]["nav"][3]).first.click()
        page.get_by_role("radio", name=words["lang"]).click()
        page.get_by_role("radio", name=words["lang"], checked=True).wait_for()
        page.get_by_role("radio", name=words["theme"][mode]).click()
        page.get_by_role("radio", name=words["theme"][mode], checked=True).wait_for()
        page.get_by_text(words["settings"], exact=True).first.wait_for()
        current = lang
        shot(page, f"settings-{lang}-{mode}")

        page.get_by_role("button", name=words["nav"][0]).first.click()
        page.get_by_text(words["list"], exact=True).wait_for()
        page.get_by_text("Secure Coding").first.wait_for()
        shot(page, f"list-{lang}-{mode}")

        page.get_by_text("Teamwork Fundamentals").first.click()
        page.get_by_text(words["verification"], exact=True).wait_for()
        shot(page, f"detail-{lang}-{mode}")

        page.get_by_role("button", name=words["nav"][1]).first.click()
        page.get_by_text(words["add"], exact=True).wait_for()
        shot(page, f"add-{lang}-{mode}")

        page.get_by_role("button", name=words["nav"][2]).first.click()
        page.get_by_text(words["share"], exact=True).wait_for()
        choice = page.get_by_role("checkbox", name=re.compile("Secure Coding"))
        if not choice.is_checked():
            choice.click()
        page.get_by_role("checkbox", name=re.compile("Secure Coding"), checked=True).wait_for()
        page.get_by_role("button", name=words["create_qr"]).click()
        page.get_by_text(words["ready"], exact=False).wait_for(timeout=60_000)
        shot(page, f"share-{lang}-{mode}")

    page.get_by_role("button", name=TEXT[current]["lock"]).click()
    page.get_by_text(TEXT[current]["unlock"]).wait_for()
    shot(page, f"unlock-{current}-dark")
