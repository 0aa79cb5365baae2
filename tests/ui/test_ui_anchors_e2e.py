"""Settings → Verifiers' certificate authorities, through the app: a file that is no certificate is refused
with a sentence, a PEM and a DER authority are added and listed (subject, fingerprint, expiry — an expired
one says so), removing asks first (Cancel keeps it), and the list on disk follows."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding
from ui_harness import open_app, seeded_wallet, shot, type_into

from satchel.services import anchors

pytestmark = [pytest.mark.ui, pytest.mark.slow]

PASSPHRASE = "copper meadow lantern quiet"
EMPLOYER = "CN=Example Employer CA,O=Example Employer"
OLD = "CN=Old School CA"


def _ca(name: str, start: dt.datetime, end: dt.datetime) -> x509.Certificate:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name.from_rfc4514_string(name)
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))


@pytest.fixture(scope="module")
def files_and_app(tmp_path_factory):
    root = tmp_path_factory.mktemp("satchel-anchors-ui")
    employer = _ca(EMPLOYER, dt.datetime(2026, 1, 1, tzinfo=dt.UTC), dt.datetime(2031, 1, 1, tzinfo=dt.UTC))
    old = _ca(OLD, dt.datetime(2020, 1, 1, tzinfo=dt.UTC), dt.datetime(2025, 6, 30, tzinfo=dt.UTC))
    (root / "employer-ca.pem").write_bytes(employer.public_bytes(Encoding.PEM))
    (root / "old-school.der").write_bytes(old.public_bytes(Encoding.DER))
    (root / "notes.pem").write_text("these are my notes, not a certificate\n")
    app = seeded_wallet(root / "home", PASSPHRASE, [])
    yield root, app
    app.stop()


def _scroll_to(page, text: str) -> None:
    """Flutter draws the page: the mouse wheel is what scrolls it, until ``text`` is near the top."""
    target = page.get_by_text(text, exact=True)
    target.wait_for()
    page.mouse.move(640, 450)
    for _ in range(30):
        box = target.bounding_box()
        if box is not None and 0 <= box["y"] < 200:
            return
        page.mouse.wheel(0, 400 if box is None or box["y"] >= 200 else -400)
        page.wait_for_timeout(150)


def _add(page, path) -> None:
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Add an authority (PEM or DER file)").click()
    chooser.value.set_files(str(path))


def test_add_list_and_remove_verifier_authorities(page, files_and_app):
    root, app = files_and_app
    open_app(page, app.url)
    type_into(page, "Passphrase", PASSPHRASE)
    page.keyboard.press("Enter")
    page.get_by_role("button", name=re.compile(r"^Settings(\s|$)")).first.click()
    _scroll_to(page, "Verifiers' certificate authorities")
    page.get_by_text("You have added none: only your system's authorities are trusted.").wait_for()

    _add(page, root / "notes.pem")
    page.get_by_text("This file holds no certificate Satchel can read (a PEM or DER X.509 certificate).").wait_for()
    assert anchors.entries(app.home) == []

    _add(page, root / "employer-ca.pem")
    page.get_by_text(f"Now trusted: {EMPLOYER}").wait_for()
    _add(page, root / "old-school.der")
    page.get_by_text(f"Now trusted: {OLD}").wait_for()
    page.get_by_text(EMPLOYER, exact=True).wait_for()
    page.get_by_text("Valid until 2031-01-01").wait_for()
    page.get_by_text("Expired on 2025-06-30: requests under this authority are refused.").wait_for()
    [employer, old] = anchors.entries(app.home)
    assert (employer.subject, old.subject) == (EMPLOYER, OLD)
    page.get_by_text(employer.fingerprint[:2].upper() + ":" + employer.fingerprint[2:4].upper(),
                     exact=False).first.wait_for()
    _scroll_to(page, "Verifiers' certificate authorities")
    shot(page, "settings-anchors")

    page.get_by_role("button", name=f"Stop trusting {OLD}").click()
    page.get_by_text("Stop trusting this authority?").wait_for()
    shot(page, "settings-anchors-remove")
    page.get_by_role("button", name="Cancel").click()
    assert len(anchors.entries(app.home)) == 2
    page.get_by_role("button", name=f"Stop trusting {OLD}").click()
    page.get_by_role("button", name="Remove", exact=True).click()
    page.get_by_text(f"No longer trusted: {OLD}").wait_for()
    assert [a.subject for a in anchors.entries(app.home)] == [EMPLOYER]

    page.get_by_role("radio", name="Français").click()
    _scroll_to(page, "Autorités de certification des vérificateurs")
    page.get_by_text("Valable jusqu'au 2031-01-01").wait_for()
    shot(page, "settings-anchors-fr")
    page.get_by_role("radio", name="English").click()
    page.get_by_text("Verifiers' certificate authorities", exact=True).wait_for()
