"""Recruiter mode through the real app: a signed presentation (VP JSON file) that answers the recruiter's challenge,
but carries an SD-JWT VC whose key binding JWT was made for another request, reads *Invalid* (nothing was forged,
so never "Not authentic"), and that credential's card says why in plain words, under "Key binding", next to whom it
was issued to, in English and in French; each of those two checks is shown once, not again among the technical
checks.

Screenshots: artifacts/screenshots/recruiter-sd-jwt-kb-other-request-en.png and …-fr.png (the top of the card), and
recruiter-sd-jwt-kb-other-request-checks-en.png (the end of its technical checks)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
from ui_harness import open_app, shot, type_into

from tests.vc.test_sd_jwt_key_binding_in_vp import _shared, _vp
from tests.vc.test_sd_jwt_vc import issue

pytestmark = [pytest.mark.ui, pytest.mark.slow]

CODE = re.compile(r"^[2-9A-Z]{4}-[2-9A-Z]{4}$")


def test_a_key_binding_made_for_another_request_reads_invalid(page, app_process, tmp_path):
    open_app(page, app_process.url)
    page.get_by_text("Create your wallet").wait_for()
    page.get_by_role("button", name="I am a recruiter: verify a candidate").click()
    page.get_by_role("button", name="Generate a challenge").click()
    code_text = page.get_by_text(CODE)
    code_text.wait_for()
    code = code_text.inner_text().strip()

    now = int(datetime.now(UTC).timestamp())
    token = issue({"iat": now - 60, "exp": now + 365 * 86400})
    replayed = _shared(token, nonce="an-older-interview", aud="did:key:zAnyone", iat=now - 30)
    path = tmp_path / "presentation.json"
    path.write_text(json.dumps(_vp(replayed, challenge=code, domain=None)))

    type_into(page, "Or type the path of an image or presentation file on this computer", str(path))
    page.get_by_role("button", name="Verify this file").click()
    page.get_by_text("Invalid: a credential's key binding was not made for this presentation",
                     exact=False).wait_for(timeout=60_000)
    assert page.get_by_text("Not authentic", exact=False).count() == 0
    page.get_by_text("was made for another request, not for this presentation", exact=False).first.wait_for()
    shot(page, "recruiter-sd-jwt-kb-other-request-en")
    _scroll_to_the_end(page)
    page.get_by_text("Issuer trust", exact=True).wait_for()  # the last technical check is on screen
    assert page.get_by_text("Key binding", exact=True).count() == 1
    assert page.get_by_text("Issued to the presenter", exact=True).count() == 1
    shot(page, "recruiter-sd-jwt-kb-other-request-checks-en")

    page.get_by_role("button", name="Français").first.click()
    page.get_by_text("Invalide : la liaison de clé d'un badge n'a pas été faite", exact=False).wait_for()
    page.get_by_text("a été faite pour une autre demande que cette présentation", exact=False).first.wait_for()
    assert page.get_by_text("Liaison de clé", exact=True).count() == 1
    shot(page, "recruiter-sd-jwt-kb-other-request-fr")


def _scroll_to_the_end(page) -> None:
    """Flutter draws the page: the mouse wheel is what scrolls it."""
    page.mouse.move(640, 450)
    for _ in range(6):
        page.mouse.wheel(0, 600)
        page.wait_for_timeout(150)
