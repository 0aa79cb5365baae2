"""Issue 9 §6: names and issuers shown for real-world credentials (DCC Assertion / LearningCredential /
StudentId carry their name in credentialSubject.hasCredential.name), the same in the wallet's list and
in a verification report; and never "The issuer ? is not on your list"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from satchel import formats
from satchel.i18n import render_check
from satchel.model import CheckName
from satchel.vc.trust import TrustList
from tests.conftest import corpus_dir
from tests.vc.corpus_helpers import make_verifier

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
OLD_DCC = corpus_dir() / "public" / "vc-test-fixtures" / "verifiableCredentials" / "v1" / "dataIntegrityProof" \
    / "didKey" / "legacyRegistry-noStatus-noExpiry-oldDCCExample.json"

CASES = [
    (REAL / "dcc-assertion-status.json", "GT Guide", "Example University"),
    (REAL / "dcc-learning-credential.json", "DCC Program Completion Credential", "Sample Issuer"),
    (OLD_DCC, "GT Guide", "Your friendly issuer."),
]


@pytest.mark.parametrize("path,name,issuer", CASES, ids=lambda v: v.name if isinstance(v, Path) else None)
def test_dcc_credentials_show_their_name_and_issuer(path, name, issuer):
    display = formats.parse(path.read_bytes()).credentials[0].display
    assert display.name == name
    assert display.issuer_name == issuer


@pytest.mark.parametrize("path,name,issuer", CASES, ids=lambda v: v.name if isinstance(v, Path) else None)
def test_a_verification_report_is_titled_with_the_same_name(tmp_path, path, name, issuer):
    report = make_verifier(tmp_path).verify_credential(path.read_text())
    assert report.title == name


def test_a_student_id_is_named_after_its_holder():
    doc = json.loads((REAL / "dcc-learning-credential.json").read_text())
    doc["type"] = ["VerifiableCredential", "StudentId"]
    del doc["credentialSubject"]["hasCredential"]
    display = formats.parse(json.dumps(doc).encode()).credentials[0].display
    assert display.name == "Percy — Student ID"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_issuer_without_id_or_name_is_never_shown_as_a_question_mark(tmp_path, lang):
    doc = json.loads((REAL / "dcc-learning-credential.json").read_text())
    doc["issuer"] = {"type": "Issuer"}
    report = make_verifier(tmp_path, trust=TrustList([("did:example:trusted", "Trusted")])).verify_credential(doc)
    for check in report.checks:
        assert "?" not in render_check(check, lang), render_check(check, lang)
    trust = report.check(CheckName.ISSUER_TRUST)
    if trust is not None:
        assert " ? " not in render_check(trust, lang)


def test_a_baked_image_holding_only_an_assertion_url_points_to_the_issuers_server():
    from satchel.formats._baked import credential_from_baked_text
    parsed = credential_from_baked_text("https://badges.example.org/assertions/42", ob3=False, image_kind="PNG")
    assert parsed.display.name is None
    assert parsed.display.extra["details_url"] == "https://badges.example.org/assertions/42"
