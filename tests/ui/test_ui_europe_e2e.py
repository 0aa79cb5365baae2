"""European micro-credentials in the app, on a laptop (1280 × 900) and a phone (400 × 850), in English and French.

The European Commission's sealed sample micro-credential (Annex I) shows its EU checklist on the detail page
("10 of 11 mandatory elements", quality assurance not stated); the Pathways screen shows the data-science
certificate of the 1EdTech-style CLR ("2 of 4 parts · 10 of 30 credits"), a held part opens its detail page;
a link-only record carries its own chip and an "Open link" button; a recruiter opening the sample reads what
it means (workload, level, "EU micro-credential: 10 of 11"); on a laptop the list filters by the EU checklist
and sorts by EU elements, and the Add screen keeps a new link-only credential. Screens are saved as
artifacts/screenshots/eu-<size>-<lang>-<screen>.png.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from ui_harness import AppProcess, choose_from_menu, open_app, shot, type_into

pytestmark = [pytest.mark.ui, pytest.mark.slow]

PASSPHRASE = "harbour violet crane ninety"
DATA = Path(__file__).resolve().parents[1] / "formats" / "data" / "microcredentials"
FILES = ("Sample-MC-Annex1-signed.jsonld", "clr-data-science-record.json")
LINK = ("https://certificates.example.org/c/8f2e1a", "Project management essentials", "Example Online School")
SIZES = {"phone": (400, 850), "laptop": (1280, 900)}
WORDS = {
    "en": {"settings": ("Settings", "Paramètres"), "lang": "English", "credentials": "Credentials",
           "summary": "10 of 11 mandatory elements", "qa": "Quality assurance", "workload": "Notional workload",
           "missing_value": "not stated", "optional": "Optional elements", "pathways": "See pathways",
           "progress": "2 of 4 parts · 10 of 30 credits", "missing": "missing", "held": "held",
           "verification": "Verification", "link_only": "Link only", "open_link": "Open link",
           "recruiter": "Recruiter", "open_vp": "Open a presentation file", "leave": "Leave recruiter mode",
           "meaning": ("Notional workload: 2 ECTS", "Level (EQF): EQF level 6",
                       "EU micro-credential: 10 of 11 mandatory elements")},
    "fr": {"settings": ("Paramètres", "Settings"), "lang": "Français", "credentials": "Badges",
           "summary": "10 éléments obligatoires sur 11", "qa": "Assurance qualité",
           "workload": "Charge de travail théorique", "missing_value": "non indiqué",
           "optional": "Éléments facultatifs", "pathways": "Voir les parcours",
           "progress": "2 parties sur 4 · 10 crédits sur 30", "missing": "manquant", "held": "obtenu",
           "verification": "Vérification", "link_only": "Lien seulement", "open_link": "Ouvrir le lien",
           "recruiter": "Recruteur", "open_vp": "Ouvrir un fichier de présentation",
           "leave": "Quitter le mode recruteur",
           "meaning": ("Charge de travail théorique : 2 ECTS", "Niveau (CEC) : EQF level 6",
                       "Microcertification européenne : 10 éléments obligatoires sur 11")},
}
MC_CARD = re.compile(r"^(Open|Ouvrir) Digital micro-credential creation")
LINK_CARD = re.compile(r"^(Open|Ouvrir) Project management essentials")


@pytest.fixture(scope="module")
def eu_app(tmp_path_factory):
    from satchel.services import Satchel
    from satchel.services.sharing import build_presentation

    home = tmp_path_factory.mktemp("satchel-europe") / "home"
    app = Satchel(home)
    app.create_wallet(PASSPHRASE)
    for name in FILES:
        for cred_id in app.import_bytes((DATA / name).read_bytes(), source="test").added:
            app.verify_stored(cred_id)
    url, title, issuer = LINK
    for cred_id in app.add_link(url, title, issuer=issuer).added:
        app.verify_stored(cred_id)
    # What a candidate sends a recruiter: a signed presentation of the sample, as a file.
    sample = app.get(next(r.id for r in app.list() if r.display.name == "Digital micro-credential creation"))
    vp, _nonce = build_presentation(app.session.wallet(), [sample], clock=app.clock, challenge=None, domain=None)
    (home.parent / "candidate-vp.json").write_text(json.dumps(vp))
    app.lock()
    proc = AppProcess(home)
    proc.wait_listening()
    yield proc
    proc.stop()


def _box(locator):
    locator.wait_for()
    box = locator.bounding_box()
    assert box is not None
    return box


def _nav_item(page, name: str):
    rail = re.compile(rf"^{re.escape(name)}($|\s+\S+ \d+ \S+ \d+$)")
    return page.get_by_role("button", name=rail).or_(page.get_by_role("tab", name=name, exact=True)).first


def _click_until(page, target, seen) -> None:
    """Click ``target`` until ``seen`` shows (a click landing during a re-render is swallowed)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(4):
        target.click()
        try:
            seen.wait_for(timeout=5_000)
            return
        except PlaywrightTimeout:
            continue
    seen.wait_for()


def _scroll_to(page, locator, width: int, height: int) -> None:
    """Scroll the page (Flutter draws it: the mouse wheel is what moves it) until ``locator`` is near the top."""
    page.mouse.move(width / 2, height / 2)
    for _ in range(30):
        box = _box(locator)
        if box["y"] < height * 0.25:
            return
        page.mouse.wheel(0, min(400, box["y"] - 100))
        page.wait_for_timeout(150)


@pytest.mark.parametrize("size", list(SIZES))
def test_checklist_and_pathways_at_phone_and_laptop_size(browser, eu_app, size, tmp_path):
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        _journey(page, eu_app, size, width, height, tmp_path)
    except Exception:
        shot(page, f"FAILED-europe-{size}")
        print(eu_app.log.read_text(errors="replace")[-6000:])
        raise
    finally:
        context.close()


def _journey(page, app, size, width, height, tmp_path):
    open_app(page, app.url)
    page.get_by_text("Unlock your wallet").or_(page.get_by_text("Déverrouillez votre portefeuille")).wait_for()
    field = "Passphrase" if page.get_by_text("Unlock your wallet").count() else "Phrase secrète"
    type_into(page, field, PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_role("button", name=MC_CARD).first.wait_for()
    for lang in ("en", "fr"):
        words = WORDS[lang]
        settings = _nav_item(page, words["settings"][0]).or_(_nav_item(page, words["settings"][1])).first
        _click_until(page, settings, page.get_by_role("radio", name=words["lang"]))
        page.get_by_role("radio", name=words["lang"]).click()
        page.get_by_role("radio", name=words["lang"], checked=True).wait_for()
        _click_until(page, _nav_item(page, words["credentials"]), page.get_by_role("button", name=MC_CARD).first)

        # A link-only record: its own chip in the list, never "Verified"; its page opens the issuer's link.
        link_card = page.get_by_role("button", name=LINK_CARD).first
        assert words["link_only"] in (link_card.get_attribute("aria-label") or link_card.inner_text())
        _click_until(page, link_card, page.get_by_role("button", name=words["open_link"]))
        page.get_by_text(LINK[0], exact=True).wait_for()
        shot(page, f"eu-{size}-{lang}-link-only")
        page.go_back()

        # The EU checklist on the detail page of the Commission's sample micro-credential.
        _click_until(page, page.get_by_role("button", name=MC_CARD).first,
                     page.get_by_text(words["summary"], exact=True))
        summary = page.get_by_text(words["summary"], exact=True)
        _scroll_to(page, summary, width, height)
        page.get_by_text(words["qa"], exact=True).wait_for()
        page.get_by_text("2 ECTS", exact=True).wait_for()
        page.get_by_text("EQF level 6", exact=True).wait_for()
        page.get_by_text(words["missing_value"], exact=True).first.wait_for()
        label = _box(page.get_by_text(words["workload"], exact=True).first)
        value = _box(page.get_by_text("2 ECTS", exact=True).first)
        if size == "phone":  # stacked like the other detail rows
            assert value["y"] >= label["y"] + label["height"] - 1 and abs(value["x"] - label["x"]) < 2, (label, value)
            assert value["x"] + value["width"] <= width
        else:
            assert abs(value["y"] - label["y"]) < 8 and value["x"] > label["x"] + label["width"], (label, value)
        shot(page, f"eu-{size}-{lang}-checklist")
        optional = page.get_by_text(words["optional"], exact=True)
        _scroll_to(page, optional, width, height)
        page.get_by_text("Pass", exact=True).wait_for()  # the grade, an optional element, apart
        shot(page, f"eu-{size}-{lang}-checklist-optional")

        # The pathway towards the data-science certificate.
        page.go_back()
        _click_until(page, page.get_by_role("button", name=words["pathways"]),
                     page.get_by_text(words["progress"], exact=True))
        page.get_by_text("Data science certificate", exact=True).wait_for()
        page.get_by_text(re.compile(r"^Machine learning basics")).wait_for()
        assert page.get_by_text(words["missing"], exact=True).count() == 2
        held = page.get_by_role("button", name=re.compile(rf"{words['held']}$"))  # a held part opens its page
        assert held.count() == 2
        bar = page.get_by_role("progressbar").first
        assert bar.count() == 1
        shot(page, f"eu-{size}-{lang}-pathways")
        _click_until(page, held.filter(has_text="Data literacy").first,
                     page.get_by_text(words["verification"], exact=True))
        page.get_by_text("Data literacy", exact=True).first.wait_for()

        # A recruiter opening the credential reads what it means, before the technical checks.
        _click_until(page, _nav_item(page, words["recruiter"]), page.get_by_role("button", name=words["open_vp"]))
        with page.expect_file_chooser() as chooser:
            page.get_by_role("button", name=words["open_vp"]).click()
        chooser.value.set_files([str(app.home.parent / "candidate-vp.json")])
        for line in words["meaning"]:
            page.get_by_text(line, exact=True).wait_for(timeout=60_000)
        _scroll_to(page, page.get_by_text(words["meaning"][0], exact=True), width, height)
        shot(page, f"eu-{size}-{lang}-recruiter-report")
        _click_until(page, page.get_by_role("button", name=words["leave"]),
                     page.get_by_role("button", name=MC_CARD).first)
    settings = _nav_item(page, "Paramètres")
    _click_until(page, settings, page.get_by_role("radio", name="English"))
    page.get_by_role("radio", name="English").click()
    page.get_by_role("radio", name="English", checked=True).wait_for()
    if size == "laptop":
        _filter_and_add_link(page, tmp_path)


def _filter_and_add_link(page, tmp_path):
    """The EU filter and sort on the list, then a link-only credential added from the Add screen."""
    _click_until(page, _nav_item(page, "Credentials"), page.get_by_role("button", name=MC_CARD).first)
    cards = page.get_by_role("button", name=re.compile(r"^Open "))
    expect(cards).to_have_count(5)
    opener = page.get_by_role("button", name=re.compile(r"^EU checklist\s")).first
    choose_from_menu(opener, page.get_by_role("button", name="Incomplete", exact=True))
    expect(cards).to_have_count(4)  # the link-only record states no EU element: neither complete nor not
    expect(page.get_by_role("button", name=LINK_CARD)).to_have_count(0)
    opener = page.get_by_role("button", name=re.compile(r"^Sort\s")).first
    choose_from_menu(opener, page.get_by_role("button", name="EU elements", exact=True))
    expect(cards.first).to_have_accessible_name(MC_CARD)  # 10 elements before the CLR's 5 and 6
    shot(page, "eu-laptop-en-list-eu-filter")
    opener = page.get_by_role("button", name=re.compile(r"^EU checklist\s")).first
    choose_from_menu(opener, page.get_by_role("button", name="Complete", exact=True))
    expect(cards).to_have_count(0)

    _click_until(page, _nav_item(page, "Add"), page.get_by_text("Add a link-only credential", exact=True))
    type_into(page, "Link to the certificate (https://…)", "http://insecure.example/x")
    type_into(page, "Title", "Negotiation skills")
    page.get_by_role("button", name="Keep this link").click()
    page.get_by_text("Give an https:// link.", exact=True).wait_for()
    type_into(page, "Link to the certificate (https://…)", "https://verify.example.net/cert/77")
    type_into(page, "Issuer (optional)", "Example Academy")
    pdf = tmp_path / "negotiation.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Attach a PDF (optional)").click()
    chooser.value.set_files([str(pdf)])
    page.get_by_text("PDF: negotiation.pdf", exact=True).wait_for()
    page.get_by_role("button", name="Keep this link").click()
    page.get_by_text(re.compile(r"^Negotiation skills — Added · Link only$")).wait_for(timeout=60_000)
    shot(page, "eu-laptop-en-add-link")
    page.get_by_role("button", name="Open", exact=True).click()
    page.get_by_role("button", name="Open link").wait_for()
    page.get_by_role("button", name="Save the PDF").wait_for()  # the certificate kept with the link
    page.get_by_text("https://verify.example.net/cert/77", exact=True).wait_for()
    shot(page, "eu-laptop-en-link-only-with-pdf")
