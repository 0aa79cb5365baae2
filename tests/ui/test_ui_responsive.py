"""The main journey on a phone (400 × 850) and a laptop (1280 × 900), in English and French.

Every screen is saved as artifacts/screenshots/<size>-<lang>-<screen>.png. The layout is checked where a
person would notice it: the navigation at the bottom on a phone and on the left on a laptop, detail
labels above their values on a phone, the Share screen as three steps whose buttons fit the screen,
a warning before a credential that will not verify is shared, and Escape leaving the full-screen code.
"""

from __future__ import annotations

import re

import pytest
from ui_harness import choose_files as _choose_files
from ui_harness import corpus_dir, open_app, seeded_wallet, shot, type_into
from ui_harness import nav_item as _nav_item
from ui_harness import navigate as _nav

from satchel.services import Satchel

pytestmark = [pytest.mark.ui, pytest.mark.slow]

PASSPHRASE = "harbour violet crane ninety"
FILES = ("cred-valid-eddsa-rdfc-2022-ob3.json", "cred-valid-ecdsa-rdfc-2019-p256-ob3.json",
         "cred-expired-eddsa-ob3.json", "cred-tampered-name-eddsa.json")
TEAMWORK = re.compile(r"^(Open|Ouvrir) Teamwork Fundamentals(?! \(tampered)")  # a card: "Open <name>" + its text
IMPORTED = ("cred-not-yet-valid-eddsa-ob3.json", "cred-swapped-issuer-key-eddsa.json")
# Data Literacy as a baked PNG (its picture is the file), and Teamwork Fundamentals again as a baked SVG:
# the same credential as the JSON one, so still one card.
BAKED = ("baked-ob3-v1-valid.png", "baked-ob3-valid.svg")
SIZES = {"phone": (400, 850), "laptop": (1280, 900)}
WORDS = {
    "en": {"nav": ("Credentials", "Add", "Share", "Recruiter", "Settings"), "list": "My credentials",
           "lang": "English", "issuer": "Issuer", "verification": "Verification", "add": "Add credentials",
           "create": "Create the QR code", "warn": "Share credentials that will not verify?",
           "anyway": "Share anyway", "ready": "Not valid for a verifier: 1.", "full": "Show full screen",
           "step3": "Step 3 of 3", "again": "New selection", "filters": "Filters (0)",
           "holds": "This code holds:", "settings": "Settings", "recruiter": "Verify",
           "scan_code": "Read the recruiter's code from a picture", "open_image": "Open an image",
           "awarded": "Awarded to Jane Doe", "answers": "Answers the verifier's challenge: ",
           "next": re.compile(r"^Next: 2 selected")},
    "fr": {"nav": ("Badges", "Ajouter", "Partager", "Recruteur", "Paramètres"), "list": "Mes badges",
           "lang": "Français", "issuer": "Émetteur", "verification": "Vérification",
           "add": "Ajouter des badges", "create": "Créer le QR code",
           "warn": "Partager des badges qui ne seront pas validés ?", "anyway": "Partager quand même",
           "ready": "Non valides pour un vérificateur : 1.", "full": "Afficher en plein écran",
           "step3": "Étape 3 sur 3", "again": "Nouvelle sélection", "filters": "Filtres (0)",
           "holds": "Ce code contient :", "settings": "Paramètres", "recruiter": "Vérifier",
           "scan_code": "Lire le code du recruteur sur une image", "open_image": "Ouvrir une image",
           "awarded": "Décerné à Jane Doe", "answers": "Répond au défi du vérificateur : ",
           "next": re.compile(r"^Suivant : 2 sélectionné")},
}


@pytest.fixture(scope="module")
def filled_app(tmp_path_factory):
    proc = seeded_wallet(tmp_path_factory.mktemp("satchel-responsive") / "home", PASSPHRASE,
                         [corpus_dir() / "peer" / name for name in FILES] +
                         [corpus_dir() / "extra" / name for name in BAKED])
    yield proc
    proc.stop()


def _box(locator):
    locator.wait_for()
    box = locator.bounding_box()
    assert box is not None
    return box


@pytest.mark.parametrize("size", list(SIZES))
def test_main_journey_at_phone_and_laptop_size(browser, filled_app, size, tmp_path):
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        _journey(page, filled_app, size, width, height, tmp_path)
    except Exception:
        shot(page, f"FAILED-responsive-{size}")
        print(filled_app.log.read_text(errors="replace")[-6000:])
        raise
    finally:
        context.close()


def _journey(page, app, size, width, height, tmp_path):
    open_app(page, app.url)
    page.get_by_text("Unlock your wallet").or_(page.get_by_text("Déverrouillez votre portefeuille")).wait_for()
    shot(page, f"{size}-unlock")
    field = "Passphrase" if page.get_by_text("Unlock your wallet").count() else "Phrase secrète"
    type_into(page, field, PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_role("button", name=TEAMWORK).first.wait_for()
    for lang in ("en", "fr"):
        words = WORDS[lang]
        other = WORDS["en" if lang == "fr" else "fr"]
        _nav_item(page, words["nav"][4]).or_(_nav_item(page, other["nav"][4])).first.wait_for()
        _nav(page, words if _nav_item(page, words["nav"][4]).count() else other, 4)
        page.get_by_role("radio", name=words["lang"]).click()
        page.get_by_role("radio", name=words["lang"], checked=True).wait_for()
        shot(page, f"{size}-{lang}-settings")

        # Navigation: a bottom bar on a phone, a rail on the left on a laptop.
        nav = _box(_nav_item(page, words["nav"][0]))
        if size == "phone":
            assert nav["y"] > height - 120, nav
        else:
            assert nav["x"] < 100 and nav["y"] < height / 2, nav

        _nav(page, words, 0)
        page.get_by_text(words["list"], exact=True).wait_for()
        page.get_by_text("Secure Coding").first.wait_for()
        page.get_by_role("button", name=re.compile("Data Literacy")).first.wait_for()
        assert page.get_by_role("button", name=TEAMWORK).count() == 1  # one card for JSON + baked SVG
        shot(page, f"{size}-{lang}-list")
        if size == "phone":  # the filters fold into one button; opened, they fit the screen
            page.get_by_role("button", name=words["filters"]).click()
            for dropdown in page.get_by_role("button", name=re.compile(words["issuer"] + "|Status|Statut")).all():
                box = _box(dropdown)  # each named for screen readers, and inside the screen
                assert box["x"] + box["width"] <= width, box
            shot(page, f"{size}-{lang}-filters")
            page.get_by_role("button", name=words["filters"]).or_(
                page.get_by_role("button", name=re.compile("Hide filters|Masquer les filtres"))).first.click()

        page.get_by_role("button", name=TEAMWORK).first.click()
        page.get_by_text(words["verification"], exact=True).wait_for()
        label = _box(page.get_by_text(words["issuer"], exact=True).first)
        value = _box(page.get_by_text("Example Institute of Technology", exact=True).first)
        if size == "phone":  # stacked: the value starts under its label, on its own full line
            assert value["y"] >= label["y"] + label["height"] - 1 and value["x"] <= label["x"] + 1, (label, value)
            assert value["x"] + value["width"] <= width
        else:
            assert abs(value["y"] - label["y"]) < 8 and value["x"] > label["x"] + label["width"], (label, value)
        shot(page, f"{size}-{lang}-detail")

        _nav(page, words, 1)
        page.get_by_text(words["add"], exact=True).wait_for()
        shot(page, f"{size}-{lang}-add")

        _share(page, words, size, lang, width, tmp_path)

        _nav(page, words, 3)
        page.get_by_role("button", name=words["recruiter"]).first.wait_for()
        shot(page, f"{size}-{lang}-recruiter")
        _choose_files(page, words["open_image"], str(_candidate_qr(tmp_path)))  # a candidate's QR picture
        page.get_by_text(words["awarded"]).first.wait_for(timeout=60_000)
        title = _box(page.get_by_text("Teamwork Fundamentals", exact=True).first)  # the card's title is drawn
        assert title["x"] + title["width"] <= width, title
        shot(page, f"{size}-{lang}-recruiter-report")
        page.get_by_role("button", name=re.compile("Leave recruiter mode|Quitter le mode recruteur")).click()
        page.get_by_role("button", name=TEAMWORK).first.wait_for()
    # Back to English for whoever opens the wallet next.
    _nav(page, WORDS["fr"], 4)
    page.get_by_role("radio", name="English").click()
    page.get_by_role("radio", name="English", checked=True).wait_for()

    # The import summary names each badge and says how it verified (the laptop run finds them present).
    _nav(page, WORDS["en"], 1)
    _choose_files(page, "Choose files", [str(corpus_dir() / "peer" / name) for name in IMPORTED])
    page.get_by_text(re.compile(r"^Future Skill — (Added|Already in the wallet) · Not valid yet$")).wait_for(
        timeout=90_000)
    # a valid signature by another key than the issuer's: invalid, not "not authentic"
    page.get_by_text(re.compile(r"^Swapped Key — (Added|Already in the wallet) · Invalid$")).wait_for()
    shot(page, f"{size}-en-add-summary")


def _candidate_qr(tmp_path):
    """Someone else's wallet shows one credential as a QR picture."""
    path = tmp_path / "candidate.png"
    if not path.exists():
        wallet = Satchel(tmp_path / "candidate")
        wallet.create_wallet("candidate passphrase sixteen")
        ids = wallet.import_bytes((corpus_dir() / "peer" / FILES[0]).read_bytes(), source="test").added
        path.write_bytes(wallet.share(list(ids)).pngs[0])
    return path


def _share(page, words, size, lang, width, tmp_path):
    _nav(page, words, 2)
    again = page.get_by_role("button", name=words["again"])
    page.get_by_text(words["step3"]).or_(page.get_by_role("checkbox").first).first.wait_for()
    if size == "phone" and again.count():  # the last code is still on screen: start a new selection
        again.click()
    for name in ("Secure Coding", "Expired Skill"):
        box = page.get_by_role("checkbox", name=re.compile(name))
        if not box.is_checked():
            box.click()
        page.get_by_role("checkbox", name=re.compile(name), checked=True).wait_for()
    if size == "phone":  # step 1: choose, then a full-width Next
        shot(page, f"{size}-{lang}-share-choose")
        page.get_by_role("button", name=words["next"]).click()
    # The recruiter's challenge QR, read from a photo of it.
    code = Satchel(tmp_path / "recruiter").new_challenge()
    picture = tmp_path / f"challenge-{size}-{lang}.png"
    picture.write_bytes(Satchel(tmp_path / "recruiter").challenge_qr(code))
    _choose_files(page, words["scan_code"], [str(picture)])
    create = page.get_by_role("button", name=words["create"])
    button = _box(create)
    assert button["x"] + button["width"] <= width, button
    shot(page, f"{size}-{lang}-share-options")
    create.click()
    page.get_by_text(words["warn"]).wait_for()
    shot(page, f"{size}-{lang}-share-warning")
    page.get_by_role("button", name=words["anyway"]).click()
    page.get_by_text(words["ready"], exact=False).wait_for(timeout=60_000)
    page.get_by_text(words["holds"]).wait_for()
    page.get_by_text(words["answers"] + code, exact=True).wait_for()
    if size == "phone":
        page.get_by_text(words["step3"]).wait_for()
    shot(page, f"{size}-{lang}-share-qr")
    page.get_by_role("button", name=words["full"]).click()
    page.wait_for_url(re.compile(r"/qr$"))
    page.get_by_role("button", name=re.compile("^(Close|Fermer)$")).first.wait_for()
    shot(page, f"{size}-{lang}-qr-full-screen")
    page.keyboard.press("Escape")
    page.wait_for_url(re.compile(r"/share$"))
    page.get_by_text(words["holds"]).wait_for()
    page.get_by_role("button", name=words["full"]).wait_for()  # back on the Share screen
