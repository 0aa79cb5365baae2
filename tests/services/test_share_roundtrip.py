"""Issue #4: present → QR image(s) → scan → verified, through the services both sides use."""

from __future__ import annotations

import json

import pytest

from satchel.errors import ScanError
from satchel.model import CheckName, CheckStatus, Outcome

SKILLS = ["Data Literacy", "Teamwork", "Public Speaking", "Python Basics", "SQL Queries",
          "Project Planning", "Accessibility Awareness", "Statistics 101"]


def _wallet_with(satchel, issue, n):
    ids = []
    for name in SKILLS[:n]:
        ids += satchel.import_bytes(issue(name), source="test").added
    return ids


@pytest.mark.parametrize("n", [1, 3, 8])
def test_present_qr_scan_verified(satchel, recruiter, issue, n):
    ids = _wallet_with(satchel, issue, n)
    bundle = satchel.share(ids, challenge="interview-4821", domain="jobs.example.org")
    assert bundle.vp["holder"] == satchel.holder_did()
    if n == 1:
        assert len(bundle.frames) == 1 and bundle.qr_version <= 20
    result = recruiter.scan_images(list(bundle.pngs), challenge="interview-4821", domain="jobs.example.org")
    report = result.report
    assert report.outcome is Outcome.VERIFIED, [c.to_dict() for c in report.failed()]
    assert report.holder == satchel.holder_did()
    assert len(report.credentials) == n
    assert sorted(r.title for r in report.credentials) == sorted(SKILLS[:n])
    assert recruiter.history.entries()[0]["outcome"] == "verified"


def test_parts_shuffled_and_duplicated_still_decode(satchel, recruiter, issue):
    ids = _wallet_with(satchel, issue, 8)
    pngs = list(satchel.share(ids, challenge="c").pngs)
    assert len(pngs) > 1
    shuffled = [*pngs[::-1], pngs[0]]
    assert recruiter.scan_images(shuffled, challenge="c").report.passed


def test_missing_part_is_named(satchel, recruiter, issue):
    ids = _wallet_with(satchel, issue, 8)
    pngs = list(satchel.share(ids, challenge="c").pngs)
    with pytest.raises(Exception) as err:
        recruiter.scan_images(pngs[1:], challenge="c")
    assert "part" in str(err.value).lower()


def test_no_verifier_challenge_means_holder_proven_but_not_bound(satchel, recruiter, issue):
    ids = _wallet_with(satchel, issue, 1)
    bundle = satchel.share(ids)
    report = recruiter.scan_images(list(bundle.pngs)).report
    challenge = report.check(CheckName.CHALLENGE)
    assert report.check(CheckName.HOLDER).status is CheckStatus.OK
    assert challenge.status is CheckStatus.WARNING
    assert bundle.challenge and len(bundle.challenge) >= 16


@pytest.mark.parametrize("given,expected_challenge,expected_domain", [
    (("right", "jobs.example.org"), ("wrong", "jobs.example.org"), CheckName.CHALLENGE),
    (("right", "jobs.example.org"), ("right", "evil.example.com"), CheckName.DOMAIN),
])
def test_wrong_challenge_or_domain_fails_by_name(satchel, recruiter, issue, given, expected_challenge,
                                                 expected_domain):
    ids = _wallet_with(satchel, issue, 1)
    bundle = satchel.share(ids, challenge=given[0], domain=given[1])
    report = recruiter.scan_images(list(bundle.pngs), challenge=expected_challenge[0],
                                   domain=expected_challenge[1]).report
    assert not report.passed
    assert report.check(expected_domain).status is CheckStatus.FAILED


def test_expired_credential_inside_is_named(satchel, recruiter, issue):
    ids = satchel.import_bytes(issue("Old Skill", validUntil="2025-01-01T00:00:00Z"), source="t").added
    bundle = satchel.share(ids, challenge="c")
    report = recruiter.scan_images(list(bundle.pngs), challenge="c").report
    assert not report.passed
    assert report.credentials[0].outcome is Outcome.EXPIRED
    assert report.credentials[0].check(CheckName.EXPIRY).status is CheckStatus.FAILED


def test_tampered_credential_inside_fails_signature(satchel, recruiter, issue):
    ids = _wallet_with(satchel, issue, 1)
    vp, _ = satchel.present(ids, challenge="c")
    vp["verifiableCredential"][0]["name"] = "Brain Surgery"
    report = recruiter.verify_bytes(json.dumps(vp).encode(), challenge="c")[0]
    assert not report.passed
    failed = {c.name for c in report.checks if c.status is CheckStatus.FAILED}
    assert CheckName.HOLDER in failed  # the holder's signature covers the credential too
    assert report.credentials[0].check(CheckName.SIGNATURE).status is CheckStatus.FAILED


def test_an_image_without_a_code_is_a_clear_scan_error(recruiter, corpus_dir_path):
    data = (corpus_dir_path / "extra" / "plain-image-no-badge.png").read_bytes()
    with pytest.raises(ScanError):
        recruiter.scan_image(data)


@pytest.mark.parametrize("case", ["vp-v1-compressed.txt", "vp-v1-legacy.txt", "vp-v2-uncompressed.txt",
                                  "vp-v2-uncompressed-png-only.png", "vp-v1-compressed.png"])
def test_vpqr_corpus_codes_decode_and_verify(recruiter, corpus_dir_path, case):
    manifest = json.loads((corpus_dir_path / "peer" / "expected.json").read_text())
    args = next((c["args"] for c in manifest["cases"] if c["file"].endswith(case)),
                {"challenge": manifest["challenge"], "domain": manifest["domain"]})
    data = (corpus_dir_path / "peer" / "qr" / case).read_bytes()
    reports = recruiter.verify_bytes(data, challenge=args["challenge"], domain=args["domain"])
    assert reports[0].kind == "presentation"
    assert reports[0].passed, [c.to_dict() for c in reports[0].failed()]


def test_a_credential_met_again_inside_a_presentation_is_not_duplicated(satchel, issue, corpus_dir_path):
    original = satchel.import_bytes(issue("Data Literacy"), source="file").added
    vp, _ = satchel.present(original, challenge="c")
    again = satchel.import_bytes(json.dumps(vp, indent=4).encode(), source="scanned back")
    assert again.added == () and again.existing == original
    peer = corpus_dir_path / "peer"
    direct = satchel.import_bytes((peer / "cred-valid-eddsa-rdfc-2022-ob3.json").read_bytes(), source="f")
    inside = satchel.import_bytes((peer / "vp-valid-2creds-eddsa.json").read_bytes(), source="vp")
    assert direct.added[0] in inside.existing and len(inside.added) == 1
    assert satchel.count() == 3
