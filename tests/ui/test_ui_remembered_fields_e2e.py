"""Share screen (issue 13): the fields chosen for a recruiter's domain are remembered, recalled the next time the
same domain is typed (unticked as last time, and said so), and forgotten from Settings.

The credential has an ecdsa-sd-2023 base proof made here (tests/vc_core/test_ecdsa_sd_p384.py), so no peer is
needed. Screenshots: artifacts/screenshots/remembered-*.png at 1280 × 900 and 400 × 850."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from ui_harness import navigate, open_app, seeded_wallet, shot, type_into

from satchel.vc.jsonld import OfflineLoader
from tests.vc_core.test_ecdsa_sd_p384 import CREDENTIAL, base_proof

pytestmark = [pytest.mark.ui, pytest.mark.slow]

PASSPHRASE = "saffron meadow bicycle ninety"
NAME = "Data Literacy"
DESCRIPTION = "credentialSubject › achievement › description"
DOMAIN_FIELD = "Recruiter's domain (optional)"


@pytest.fixture(scope="module")
def seeded_app(tmp_path_factory):
    root = tmp_path_factory.mktemp("satchel-remembered")
    base = root / "base.json"
    base.write_text(json.dumps(base_proof(CREDENTIAL, ["/issuer", "/validFrom"], OfflineLoader())))
    proc = seeded_wallet(root / "home", PASSPHRASE, [base])
    yield proc
    proc.stop()


def _fields_of_the_credential(page) -> None:
    _nav(page, "Share")
    box = page.get_by_role("checkbox", name=f"Select {NAME} for sharing")
    box.wait_for()
    if box.get_attribute("aria-checked") != "true":
        box.click()
    _next_step(page)


def test_the_choice_for_a_domain_is_recalled_and_can_be_forgotten(browser, page, seeded_app):
    open_app(page, seeded_app.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    _fields_of_the_credential(page)
    _type_domain(page)
    page.get_by_role("checkbox", name=DESCRIPTION).click()
    page.get_by_text(f"Hidden (not in the QR code): {DESCRIPTION}.", exact=False).wait_for()
    page.get_by_role("button", name="Create the QR code").click()
    page.get_by_text("Ready to show: 1 credential(s).").wait_for(timeout=60_000)
    with page.expect_download() as download:
        page.get_by_role("button", name="Save presentation file").click()
    vp = json.loads(Path(download.value.path()).read_text())
    assert vp["proof"]["domain"] == "acme.example"
    assert "description" not in vp["verifiableCredential"][0]["credentialSubject"]["achievement"]

    # Another screen and back: the Share screen starts afresh, every field ticked, until the domain is typed.
    _nav(page, "Credentials")
    _fields_of_the_credential(page)
    assert page.get_by_role("checkbox", name=DESCRIPTION).get_attribute("aria-checked") == "true"
    _type_domain(page)
    page.get_by_text("Last time you showed acme.example", exact=False).wait_for()
    page.get_by_text(f"Hidden (not in the QR code): {DESCRIPTION}.", exact=False).wait_for()
    assert page.get_by_role("checkbox", name=DESCRIPTION).get_attribute("aria-checked") == "false"
    assert page.get_by_role("checkbox", name="credentialSubject › achievement › name").get_attribute(
        "aria-checked") == "true"
    shot(page, "remembered-share-laptop-en")
    _nav(page, "Settings")
    _scroll_to(page, page.get_by_text("Fields remembered per verifier"), 1280, 900)
    page.get_by_text(f"acme.example — {NAME}:", exact=False).wait_for()
    shot(page, "remembered-settings-laptop-en")

    # On a phone (its own browser session, as a second device would be): recalled the same way, then forgotten.
    context = browser.new_context(viewport={"width": 400, "height": 850}, locale="en-GB")
    phone = context.new_page()
    phone.set_default_timeout(30_000)
    try:
        _phone_part(phone, seeded_app)
    except Exception:
        shot(phone, "FAILED-remembered-phone")
        raise
    finally:
        context.close()


def _phone_part(phone, seeded_app) -> None:
    open_app(phone, seeded_app.url)
    type_into(phone, "Passphrase", PASSPHRASE)
    phone.keyboard.press("Enter")
    _fields_of_the_credential(phone)
    _type_domain(phone)
    phone.get_by_text("Last time you showed acme.example", exact=False).wait_for()
    assert phone.get_by_role("checkbox", name=DESCRIPTION).get_attribute("aria-checked") == "false"
    shot(phone, "remembered-share-phone-en")
    _nav(phone, "Settings")
    _scroll_to(phone, phone.get_by_text("Fields remembered per verifier"), 400, 850)
    phone.get_by_role("button", name="Forget remembered fields").first.click()
    phone.get_by_role("button", name="Forget remembered fields").last.click()  # the confirmation's button
    phone.get_by_text("Forgot 1 remembered choice(s).").wait_for()
    phone.get_by_text("Nothing is remembered.").wait_for()
    shot(phone, "remembered-settings-phone-en")


def _type_domain(page, domain: str = "acme.example") -> None:
    """Type the recruiter's domain, again if a keystroke was lost (Flutter web drops some on a loaded machine)."""
    for _ in range(3):
        type_into(page, DOMAIN_FIELD, domain)
        if page.get_by_label(DOMAIN_FIELD, exact=True).input_value() == domain:
            return
    raise AssertionError("the domain could not be typed")


def _next_step(page) -> None:
    """To the fields of the chosen credential: there already on a wide window; on a phone, from step 1 (the
    selection) to step 2 (a click landing during a redraw is retried)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    fields = page.get_by_text(f"Fields to show: {NAME}")
    for _ in range(4):
        try:
            fields.wait_for(timeout=3_000)
            return
        except PlaywrightTimeout:
            page.get_by_role("button", name=re.compile(r"^Next: 1 selected")).click()
    fields.wait_for()


def _scroll_to(page, locator, width: int, height: int) -> None:
    """Scroll the page (Flutter draws it: the mouse wheel is what moves it) until ``locator`` is near the top."""
    locator.wait_for()
    page.mouse.move(width / 2, height / 2)
    for _ in range(30):
        box = locator.bounding_box()
        assert box is not None
        if box["y"] < height * 0.25:
            return
        page.mouse.wheel(0, min(400, box["y"] - 100))
        page.wait_for_timeout(150)


NAV = {"nav": ("Credentials", "Add", "Share", "Recruiter", "Settings")}


def _nav(page, name: str) -> None:
    """Go to a screen through the navigation, then move the pointer away so the item's tooltip covers nothing."""
    navigate(page, NAV, NAV["nav"].index(name))
    page.mouse.move(1, 1)
