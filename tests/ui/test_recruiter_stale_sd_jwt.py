"""Recruiter mode through the real app: an SD-JWT presentation file that answers the recruiter's challenge, but
whose key binding JWT was signed ten minutes earlier (a candidate's wallet whose clock reads ten minutes ago),
is refused as too old — in plain words, not as "made for another challenge".

Screenshot: artifacts/screenshots/recruiter-stale-sd-jwt-en.png."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from ui_harness import open_app, shot, type_into

from satchel.clock import FixedClock
from satchel.services import Satchel
from tests.vc.test_sd_jwt_vc import issue

pytestmark = [pytest.mark.ui, pytest.mark.slow]

CODE = re.compile(r"^[2-9A-Z]{4}-[2-9A-Z]{4}$")


def test_a_stale_sd_jwt_answer_is_too_old(page, app_process, tmp_path):
    open_app(page, app_process.url)
    page.get_by_text("Create your wallet").wait_for()
    page.get_by_role("button", name="I am a recruiter: verify a candidate").click()
    page.get_by_role("button", name="Generate a challenge").click()
    code_text = page.get_by_text(CODE)
    code_text.wait_for()
    code = code_text.inner_text().strip()

    ten_minutes_ago = datetime.now(UTC) - timedelta(minutes=10)
    candidate = Satchel(tmp_path / "candidate", clock=FixedClock(ten_minutes_ago))
    candidate.create_wallet("candidate passphrase sixteen")
    issued = int(ten_minutes_ago.timestamp()) - 60
    token = issue({"iat": issued, "exp": issued + 365 * 86400, "cnf": {"jwk": candidate.holder_jwk()}})
    [cred_id] = candidate.import_bytes(token.encode(), source="test").added
    presentation, _ = candidate.present_sd_jwt(cred_id, ["/achievement/name"], challenge=code)
    path = tmp_path / "answer.txt"
    path.write_text(presentation)

    type_into(page, "Or type the path of an image or presentation file on this computer", str(path))
    page.get_by_role("button", name="Verify this file").click()
    page.get_by_text(f"Too old: this presentation answers your challenge {code.replace('-', chr(0x2011))}",
                     exact=False).wait_for(timeout=60_000)
    page.get_by_text("more than 5 minutes before this check", exact=False).wait_for()
    shot(page, "recruiter-stale-sd-jwt-en")
