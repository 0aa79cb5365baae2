"""Issue 9 §5 through the services both sides use: a learner shares what they hold (a VC-JWT badge, a
credential issued to another DID or to an e-mail) and the recruiter's report says what it proves."""

from __future__ import annotations

import json

from satchel.model import CheckName, CheckStatus, Outcome
from satchel.ui.viewmodels import recruiter as vm

JWT_CASE = "vcjwt-valid-eddsa.jwt"  # issued to did:example:ed0f9dc0871c


def test_a_shared_vc_jwt_badge_verifies_on_the_recruiter_side(satchel, recruiter, corpus_dir_path):
    ids = satchel.import_bytes((corpus_dir_path / "extra" / JWT_CASE).read_bytes(), source="test").added
    bundle = satchel.share(ids, challenge="c-42")
    report = recruiter.scan_images(list(bundle.pngs), challenge="c-42").report
    child = report.credentials[0]
    assert child.outcome is Outcome.VERIFIED, [c.to_dict() for c in child.failed()]
    assert child.title == "Data Literacy (EdDSA)"
    assert report.outcome is Outcome.VERIFIED
    # …but it was issued to another DID: the headline must not say the candidate holds it
    assert child.check(CheckName.HOLDER_BINDING).message == "holder_binding.other_did"
    headline = vm.verdict(report, "en")
    assert headline.key == "recruiter.verdict.not_bound" and headline.level == "warning"


def test_verify_accepts_the_vp_file_satchel_writes_for_a_jwt_badge(satchel, recruiter, corpus_dir_path, tmp_path):
    ids = satchel.import_bytes((corpus_dir_path / "extra" / JWT_CASE).read_bytes(), source="test").added
    bundle = satchel.share(ids, challenge="c-7")
    path = tmp_path / "vp.json"
    satchel.export_vp_json(bundle, path)
    [report] = recruiter.verify_bytes(path.read_bytes(), challenge="c-7")
    assert report.credentials[0].outcome is Outcome.VERIFIED
    assert recruiter.verify_presentation_file(path, challenge="c-7").report.credentials[0].outcome \
        is Outcome.VERIFIED


def test_credentials_issued_to_the_holder_keep_the_proven_headline(satchel, recruiter, issue):
    holder = satchel.holder_did()
    ids = satchel.import_bytes(issue("Teamwork", credentialSubject=_subject(holder)), source="test").added
    report = recruiter.scan_images(list(satchel.share(ids, challenge="c-1").pngs), challenge="c-1").report
    assert report.credentials[0].check(CheckName.HOLDER_BINDING).status is CheckStatus.OK
    assert vm.verdict(report, "en").key == "recruiter.verdict.ok"


def test_a_credential_issued_to_an_older_holder_key_is_proven_too(satchel, recruiter, issue):
    old = satchel.holder_did()
    ids = satchel.import_bytes(issue("Teamwork", credentialSubject=_subject(old)), source="test").added
    new = satchel.rotate_holder_key()
    assert new != old
    report = recruiter.scan_images(list(satchel.share(ids, challenge="c-2").pngs), challenge="c-2").report
    assert report.holder == new
    assert report.credentials[0].check(CheckName.HOLDER_BINDING).status is CheckStatus.OK, report.to_dict()
    assert vm.verdict(report, "en").key == "recruiter.verdict.ok"


def test_headline_for_a_credential_issued_to_an_email_names_what_to_check(satchel, recruiter, issue):
    subject = _subject(None) | {"identifier": [{"type": "IdentityObject", "identityHash": "jane@example.org",
                                                 "identityType": "emailAddress", "hashed": False}]}
    ids = satchel.import_bytes(issue("Teamwork", credentialSubject=subject), source="test").added
    report = recruiter.scan_images(list(satchel.share(ids, challenge="c-3").pngs), challenge="c-3").report
    binding = report.credentials[0].check(CheckName.HOLDER_BINDING)
    assert binding.message == "holder_binding.not_did" and binding.params["subject"] == "jane@example.org"
    assert report.credentials[0].outcome is Outcome.VERIFIED  # a fact, not a forgery
    headline = vm.verdict(report, "fr")
    assert headline.key == "recruiter.verdict.not_bound"
    assert any("jane@example.org" in line for line in headline.lines)


def _subject(did: str | None) -> dict:
    subject = {"type": ["AchievementSubject"], "name": "Jane Doe",
               "achievement": {"id": "https://example.edu/achievements/teamwork", "type": ["Achievement"],
                               "name": "Teamwork", "description": "Teamwork.",
                               "criteria": {"narrative": "Did it."}}}
    return subject | ({"id": did} if did else {})


def test_report_json_round_trip_keeps_the_binding(satchel, recruiter, corpus_dir_path):
    ids = satchel.import_bytes((corpus_dir_path / "extra" / JWT_CASE).read_bytes(), source="test").added
    report = recruiter.scan_images(list(satchel.share(ids).pngs)).report
    again = type(report).from_dict(json.loads(json.dumps(report.to_dict())))
    assert again.credentials[0].check(CheckName.HOLDER_BINDING) is not None


REAL = __import__("pathlib").Path(__file__).resolve().parents[1] / "data" / "real"


def test_an_edubadges_credential_with_an_unknown_context_can_still_be_shared(satchel, recruiter):
    ids = satchel.import_bytes((REAL / "edubadges-microcredential-minimal-ho.json").read_bytes(),
                               source="test").added
    bundle = satchel.share(ids, challenge="c-5")
    assert [p["cryptosuite"] for p in _proofs(bundle.vp)] == ["eddsa-jcs-2022"]
    report = recruiter.scan_images(list(bundle.pngs), challenge="c-5").report
    # the holder and the challenge are proven; what the credential itself is worth is the verifier's call
    assert report.check(CheckName.HOLDER).status is CheckStatus.OK
    assert report.check(CheckName.CHALLENGE).status is CheckStatus.OK
    assert report.credentials[0].title == "Example Microcredential"
    assert report.credentials[0].outcome is not Outcome.VERIFIED


def test_known_vocabularies_keep_the_rdfc_suite(satchel, issue):
    ids = satchel.import_bytes(issue("Teamwork"), source="test").added
    assert [p["cryptosuite"] for p in _proofs(satchel.share(ids).vp)] == ["eddsa-rdfc-2022"]


def _proofs(vp):
    proof = vp["proof"]
    return proof if isinstance(proof, list) else [proof]
