"""The recruiter's domain through the app, with two browser sessions on one app (the recruiter's screen and the
learner's): the recruiter saves their organisation's domain (a URL is refused under the field), generates a
challenge whose QR carries it; the learner reads that QR from a picture of the recruiter's screen, which fills
the challenge AND the domain (the fields hidden from that domain last time are hidden again), and shares; the
recruiter verifies the presentation with the domain (verified, bound to it), then the same presentation against
another domain (Invalid, "made for another site"), in English and French.

Screenshots: artifacts/screenshots/challenge-domain-*.png (1280 × 900)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from ui_harness import focus, navigate, open_app, seeded_wallet, shot, type_into

from satchel import share
from satchel.vc.jsonld import OfflineLoader
from tests.vc_core.test_ecdsa_sd_p384 import CREDENTIAL, base_proof

pytestmark = [pytest.mark.ui, pytest.mark.slow]

PASSPHRASE = "harbour quartz lantern ninety"
NAME = "Data Literacy"
DESCRIPTION = "credentialSubject › achievement › description"
DOMAIN = "jobs.example.org"
OTHER = "hr.other.example"
ORG_FIELD = "Your organisation's domain (optional)"
CHALLENGE_FIELD = "Verifier's challenge (optional)"
DOMAIN_FIELD = "Recruiter's domain (optional)"
CODE = re.compile(r"^[2-9A-Z]{4}-[2-9A-Z]{4}$")
NAV = {"nav": ("Credentials", "Add", "Share", "Recruiter", "Settings")}


@pytest.fixture
def app_process(tmp_path_factory):
    """One app: a wallet holding a credential whose fields can be hidden (an ecdsa-sd-2023 base proof). A fresh
    one for each run of the test: a rerun after a late failure must not start with the domain and the
    remembered choices of the run before."""
    root = tmp_path_factory.mktemp("satchel-challenge-domain")
    base = root / "base.json"
    base.write_text(json.dumps(base_proof(CREDENTIAL, ["/issuer", "/validFrom"], OfflineLoader())))
    proc = seeded_wallet(root / "home", PASSPHRASE, [base])
    yield proc
    proc.stop()


def test_the_recruiters_domain_travels_in_the_challenge_code(browser, page, app_process, tmp_path):
    learner = page
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    desk = context.new_page()
    desk.set_default_timeout(30_000)
    try:
        code, picture = _recruiter_sets_the_domain_and_gives_a_code(desk, app_process.url, tmp_path)
        vp_file = _learner_reads_the_code_and_shares(learner, app_process.url, code, picture, tmp_path)
        _recruiter_verifies_with_both_domains(desk, code, vp_file)
    except Exception:
        shot(desk, "FAILED-challenge-domain-recruiter")
        raise
    finally:
        context.close()
    phone_context = browser.new_context(viewport={"width": 400, "height": 850}, locale="fr-FR")
    phone = phone_context.new_page()
    phone.set_default_timeout(30_000)
    try:
        _recruiter_on_a_phone_in_french(phone, app_process.url)
    except Exception:
        shot(phone, "FAILED-challenge-domain-phone")
        raise
    finally:
        phone_context.close()


def _recruiter_on_a_phone_in_french(phone, url: str) -> None:
    """The domain saved earlier is the app's (its preferences): one line on a phone, then the code with it."""
    open_app(phone, url)
    phone.get_by_role("button", name="I am a recruiter: verify a candidate").click()
    phone.get_by_role("button", name="Français").click()
    phone.get_by_text(f"Domaine {OTHER} : chaque présentation doit y être liée.").wait_for()
    phone.get_by_role("button", name="Générer un défi").click()
    phone.get_by_text(f"Domaine : {OTHER}", exact=True).wait_for()
    phone.get_by_text(f"doit aussi saisir {OTHER} comme domaine du recruteur", exact=False).wait_for()
    shot(phone, "challenge-domain-code-phone-fr")


def _recruiter_sets_the_domain_and_gives_a_code(desk, url: str, tmp_path: Path) -> tuple[str, Path]:
    open_app(desk, url)
    desk.get_by_role("button", name="I am a recruiter: verify a candidate").click()
    desk.get_by_text("Your organisation", exact=True).wait_for()
    _save_domain(desk, f"https://{DOMAIN}/careers")
    desk.get_by_text(f"'https://{DOMAIN}/careers' is not a domain name: type only the host name",
                     exact=False).wait_for()
    shot(desk, "challenge-domain-refused-en")
    _save_domain(desk, DOMAIN)
    _toast(desk, f"Presentations must now be bound to {DOMAIN}.")
    desk.get_by_text(f"Domain {DOMAIN}: every presentation must be bound to it.").wait_for()  # one line now
    assert desk.get_by_text("is not a domain name", exact=False).count() == 0

    desk.get_by_role("button", name="Generate a challenge").click()
    found = desk.get_by_text(CODE)
    found.wait_for()
    code = found.inner_text().strip()
    desk.get_by_text(f"Domain: {DOMAIN}", exact=True).wait_for()
    desk.get_by_text(f"must also type {DOMAIN} as the recruiter's domain", exact=False).wait_for()
    shot(desk, "challenge-domain-code-en")
    # The learner photographs the recruiter's screen: the QR as it is drawn there, nothing made on the side.
    qr = desk.get_by_role("img", name=f"QR code of the challenge {code}")
    box = qr.bounding_box()
    assert box is not None
    picture = tmp_path / "recruiters-screen.png"
    picture.write_bytes(desk.screenshot(clip={"x": box["x"] - 12, "y": box["y"] - 12,
                                              "width": box["width"] + 24, "height": box["height"] + 24}))
    assert share.scan_image(picture.read_bytes()) == [f"SATCHEL-CHALLENGE:{code};domain={DOMAIN}"]
    return code, picture


def _learner_reads_the_code_and_shares(learner, url: str, code: str, picture: Path, tmp_path: Path) -> Path:
    open_app(learner, url)
    type_into(learner, "Passphrase", PASSPHRASE)
    learner.keyboard.press("Enter")
    # An earlier share with this recruiter, the domain typed by hand: the description was hidden from them.
    _choose_the_credential(learner)
    _type(learner, DOMAIN_FIELD, DOMAIN)
    learner.get_by_role("checkbox", name=DESCRIPTION).click()
    learner.get_by_text(f"Hidden (not in the QR code): {DESCRIPTION}.", exact=False).wait_for()
    learner.get_by_role("button", name="Create the QR code").click()
    learner.get_by_text("Ready to show: 1 credential(s).").wait_for(timeout=60_000)

    # Today: a fresh Share screen, every field shown, until the recruiter's code is read from the picture.
    _nav(learner, "Credentials")
    _choose_the_credential(learner)
    assert learner.get_by_role("checkbox", name=DESCRIPTION).get_attribute("aria-checked") == "true"
    assert _field_text(learner, DOMAIN_FIELD) == ""
    with learner.expect_file_chooser() as chooser:
        learner.get_by_role("button", name="Read the recruiter's code from a picture").click()
    chooser.value.set_files([str(picture)])
    _toast(learner, f"Challenge read: {code}, for the recruiter's domain {DOMAIN}")
    assert _field_text(learner, CHALLENGE_FIELD) == code
    assert _field_text(learner, DOMAIN_FIELD) == DOMAIN  # on screen: the learner sees whom it is bound to
    learner.get_by_text(f"Last time you showed {DOMAIN}", exact=False).wait_for()  # recalled for that domain
    assert learner.get_by_role("checkbox", name=DESCRIPTION).get_attribute("aria-checked") == "false"
    shot(learner, "challenge-domain-learner-read-en")

    learner.get_by_role("button", name="Create the QR code").click()
    learner.get_by_text("Ready to show: 1 credential(s).").wait_for(timeout=60_000)
    learner.get_by_text(f"Answers the verifier's challenge: {code}").wait_for()
    learner.get_by_text(f"Bound to the recruiter's domain: {DOMAIN}").wait_for()
    shot(learner, "challenge-domain-learner-qr-en")
    with learner.expect_download() as download:
        learner.get_by_role("button", name="Save presentation file").click()
    vp_file = tmp_path / "presentation.json"
    vp_file.write_bytes(Path(download.value.path()).read_bytes())
    vp = json.loads(vp_file.read_text())
    assert (vp["proof"]["challenge"], vp["proof"]["domain"]) == (code, DOMAIN)
    assert "description" not in vp["verifiableCredential"][0]["credentialSubject"]["achievement"]

    # The whole code pasted in the challenge field (as the recruiter's copy button gives it) fills both fields;
    # a hostile one is refused, said, and changes nothing else.
    read = f"Challenge read: {code}, for the recruiter's domain acme.example"
    _paste(learner, CHALLENGE_FIELD, f"SATCHEL-CHALLENGE:{code};domain=acme.example",
           learner.get_by_text(read).or_(learner.get_by_label(read)).first)
    assert (_field_text(learner, CHALLENGE_FIELD), _field_text(learner, DOMAIN_FIELD)) == (code, "acme.example")
    _paste(learner, CHALLENGE_FIELD, f"SATCHEL-CHALLENGE:{code};domain=https://evil.example/",
           learner.get_by_text("This challenge code names a domain that is not a host name (https://evil.example/)",
                               exact=False))
    assert _field_text(learner, DOMAIN_FIELD) == "acme.example"
    shot(learner, "challenge-domain-learner-pasted-hostile-en")
    return vp_file


def _paste(page, label: str, text: str, then) -> None:
    """Put ``text`` in a field at once, as a paste does (one change, not one per character), until ``then`` shows:
    on a loaded machine Flutter web can drop the change before it reaches the app."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(3):
        field = page.get_by_label(label, exact=True)
        focus(page, field, label)
        page.keyboard.press("Control+A")
        page.keyboard.press("Backspace")
        page.keyboard.insert_text(text)
        try:
            then.wait_for(timeout=10_000)
            return
        except PlaywrightTimeout:
            if attempt == 2:
                raise


def _recruiter_verifies_with_both_domains(desk, code: str, vp_file: Path) -> None:
    _open_presentation(desk, vp_file)
    desk.get_by_text(f"The presentation is bound to {DOMAIN}.").wait_for(timeout=60_000)
    desk.get_by_text("The presentation answers your request.").wait_for()
    saved = _export_json(desk)
    assert saved["outcome"] == "verified"
    assert _check(saved, "domain")["status"] == "ok" and _check(saved, "challenge")["status"] == "ok"
    shot(desk, "challenge-domain-verified-en")

    # Another organisation (or this one after a change of domain): the same presentation is not for it.
    desk.get_by_role("button", name="Verify another").click()
    desk.get_by_text(code, exact=True).wait_for()  # the challenge stays
    _save_domain(desk, OTHER)
    desk.get_by_text(f"Domain: {OTHER}", exact=True).wait_for()
    _open_presentation(desk, vp_file)
    desk.get_by_text(f"Not made for you: this presentation is bound to another site than yours ({OTHER}).",
                     exact=False).wait_for(timeout=60_000)
    desk.get_by_text(f"The presentation was made for another site, not {OTHER}.").wait_for()
    saved = _export_json(desk)
    assert saved["outcome"] == "invalid" and _check(saved, "domain")["status"] == "failed"
    shot(desk, "challenge-domain-other-en")
    desk.get_by_role("button", name="Français").click()
    desk.get_by_text(f"Pas faite pour vous : cette présentation est liée à un autre site que le vôtre ({OTHER}).",
                     exact=False).wait_for()
    desk.get_by_text(f"La présentation a été faite pour un autre site que {OTHER}.").wait_for()
    shot(desk, "challenge-domain-other-fr")
    desk.get_by_role("button", name="English").click()  # recruiter mode's own language, back as it was
    desk.get_by_text("Not made for you", exact=False).wait_for()


def _field_text(page, label: str) -> str:
    """What a text field holds (Flutter web puts it in the page's input only while the field has the focus)."""
    field = page.get_by_label(label, exact=True)
    focus(page, field, label)
    return field.input_value()


def _toast(page, sentence: str) -> None:
    """A snack bar's sentence (Flutter names it as a label or as text, depending on its length)."""
    page.get_by_text(sentence).or_(page.get_by_label(sentence)).first.wait_for()


def _save_domain(desk, domain: str) -> None:
    """Type and save the organisation's domain (once one is saved, the field comes back with *Change*)."""
    change = desk.get_by_role("button", name="Change the domain")
    if change.count():
        change.click()
    _type(desk, ORG_FIELD, domain)
    desk.get_by_role("button", name="Save the domain").click()


def _type(page, label: str, text: str) -> None:
    """Type into a field, again if a keystroke was lost (Flutter web drops some on a loaded machine)."""
    for _ in range(3):
        type_into(page, label, text)
        if page.get_by_label(label, exact=True).input_value() == text:
            return
    raise AssertionError(f"{text!r} could not be typed in {label!r}")


def _open_presentation(desk, path: Path) -> None:
    with desk.expect_file_chooser() as chooser:
        desk.get_by_role("button", name="Open a presentation file").click()
    chooser.value.set_files([str(path)])


def _export_json(desk) -> dict:
    with desk.expect_download() as download:
        desk.get_by_role("button", name="Export JSON").click()
    return json.loads(Path(download.value.path()).read_text())


def _check(report: dict, name: str) -> dict:
    return next(c for c in report["checks"] if c["name"] == name)


def _choose_the_credential(page) -> None:
    _nav(page, "Share")
    box = page.get_by_role("checkbox", name=f"Select {NAME} for sharing")
    box.wait_for()
    if box.get_attribute("aria-checked") != "true":
        box.click()
    page.get_by_text(f"Fields to show: {NAME}").wait_for()


def _nav(page, name: str) -> None:
    navigate(page, NAV, NAV["nav"].index(name))
    page.mouse.move(1, 1)
