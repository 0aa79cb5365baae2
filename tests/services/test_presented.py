"""A recruiter's report reads what each presented credential says, in the presentation's order."""

from __future__ import annotations

import json

from satchel.services.presented import presented


def test_each_credential_of_a_presentation_in_order(corpus_dir_path):
    vp = json.loads((corpus_dir_path / "peer" / "vp-valid-2creds-eddsa.json").read_text())
    found = presented(vp)
    names = [c.get("name") for c in vp["verifiableCredential"]]
    assert [p.display.name for p in found] == names and len(found) == 2
    first = found[0]
    assert first.display.subject_name and first.display.issuer_name and first.display.description
    assert first.picture is None  # an https picture is never downloaded for a recruiter


def test_a_lone_credential_and_nonsense(corpus_dir_path):
    cred = json.loads((corpus_dir_path / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json").read_text())
    [one] = presented(cred)
    assert one.display.name == "Teamwork Fundamentals"
    assert presented(None) == () and presented({"shopping": ["bread"]}) == ()


def test_the_report_pdf_names_the_recipient_and_the_issuer(recruiter, corpus_dir_path):
    from satchel.services.recruiter import report_pdf_items

    path = corpus_dir_path / "peer" / "vp-valid-2creds-eddsa.json"
    result = recruiter.verify_presentation_file(path)
    told = presented(result.document)
    items = report_pdf_items(result.report, "en", told)
    assert [i.recipient for i in items] == [p.display.subject_name for p in told]
    assert all(i.recipient and not i.recipient.startswith("did:") for i in items)
    assert all(i.issuer and not i.issuer.startswith("did:") for i in items)
    bare = report_pdf_items(result.report, "en")  # reopened from the history: no recipient, never the DID
    assert all(i.recipient is None for i in bare)


def test_the_learner_reads_the_recruiters_challenge_from_a_photo(recruiter):
    import pytest

    from satchel.errors import ChallengeCodeRefused, ScanError
    from satchel.services.challenge_code import ChallengeCode
    from satchel.services.recruiter import challenge_in_image
    from satchel.share.qrimage import render_png

    code = recruiter.new_challenge()
    assert challenge_in_image(recruiter.challenge_qr(code)) == ChallengeCode(code)
    assert challenge_in_image(recruiter.challenge_qr(code, "jobs.example.org")) == ChallengeCode(code,
                                                                                                "jobs.example.org")
    with pytest.raises(ScanError):
        challenge_in_image(render_png("SAT1:not a challenge"))
    with pytest.raises(ChallengeCodeRefused, match="not a host name"):  # never used, and said why
        challenge_in_image(render_png(f"SATCHEL-CHALLENGE:{code};domain=https://jobs.example.org"))
