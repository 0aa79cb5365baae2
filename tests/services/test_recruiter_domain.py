"""The recruiter's domain: kept in the preferences, put in the challenge code, read by the learner, and
expected in the presentation (a VP bound to another domain, or made by an app that took the whole code as the
challenge, never verifies)."""

from __future__ import annotations

import json

import pytest

from satchel import share
from satchel.errors import UsageError
from satchel.i18n import render_error
from satchel.model import CheckName, CheckStatus, Outcome
from satchel.services import Recruiter
from satchel.services.challenge_code import ChallengeCode
from satchel.services.recruiter import challenge_in_image


def test_the_domain_is_kept_in_the_preferences_lower_cased(recruiter, tmp_path):
    assert recruiter.recruiter_domain() is None
    assert recruiter.set_recruiter_domain("  Jobs.Example.org ") == "jobs.example.org"
    again = Recruiter(recruiter.home)  # the next start of the app
    assert again.recruiter_domain() == "jobs.example.org"
    assert json.loads((recruiter.home / "preferences.json").read_text())["recruiter_domain"] == "jobs.example.org"
    assert recruiter.set_recruiter_domain("") is None and again.recruiter_domain() is None  # cleared


@pytest.mark.parametrize("typed", ["https://jobs.example.org", "jobs.example.org/careers", "jobs.example.org:8443",
                                   "jobs example", "localhost", "10.1.2.3", "jobs.example.org\u202e"])
def test_a_domain_that_is_not_a_host_name_is_refused_and_nothing_changes(recruiter, typed):
    recruiter.set_recruiter_domain("jobs.example.org")
    with pytest.raises(UsageError) as refused:
        recruiter.set_recruiter_domain(typed)
    assert refused.value.code == "recruiter_domain" and "no https://" in str(refused.value)
    assert "nom d'hôte" in render_error(refused.value, "fr")
    assert recruiter.recruiter_domain() == "jobs.example.org"


def test_a_hand_edited_domain_that_is_not_a_host_name_counts_as_none(recruiter):
    recruiter.set_setting("recruiter_domain", "https://evil.example/x")
    assert recruiter.recruiter_domain() is None
    recruiter.set_setting("recruiter_domain", 42)
    assert recruiter.recruiter_domain() is None


def test_the_challenge_code_carries_the_domain_only_when_set(recruiter):
    code = recruiter.new_challenge()
    assert share.scan_image(recruiter.challenge_qr(code)) == [f"SATCHEL-CHALLENGE:{code}"]  # as before
    assert share.scan_image(recruiter.challenge_qr(code, "jobs.example.org")) == [
        f"SATCHEL-CHALLENGE:{code};domain=jobs.example.org"]


def test_a_presentation_answering_the_code_verifies_only_for_that_domain(recruiter, satchel, issue, tmp_path):
    domain = recruiter.set_recruiter_domain("jobs.example.org")
    code = recruiter.new_challenge()
    read = challenge_in_image(recruiter.challenge_qr(code, domain))  # the learner's side
    assert read == ChallengeCode(code, "jobs.example.org")
    ids = satchel.import_bytes(issue("Data Literacy"), source="t").added
    vp, _ = satchel.present(ids, challenge=read.code, domain=read.domain)
    path = tmp_path / "vp.json"
    path.write_text(json.dumps(vp))

    good = recruiter.verify_presentation_file(path, challenge=code, domain=domain).report
    assert good.passed and good.check(CheckName.DOMAIN).status is CheckStatus.OK
    assert recruiter.history_entries()[0]["domain"] == "jobs.example.org"

    other = recruiter.verify_presentation_file(path, challenge=code, domain="hr.other.example").report
    check = other.check(CheckName.DOMAIN)
    assert other.outcome is Outcome.INVALID and check.status is CheckStatus.FAILED
    assert check.message == "domain.failed" and check.params["domain"] == "hr.other.example"


@pytest.mark.parametrize(("typed", "signed"), [(" Jobs.Example.ORG ", "jobs.example.org"),
                                               ("https://Jobs.Example.org/x", "https://Jobs.Example.org/x"),
                                               ("  ", None)])
def test_a_typed_domain_is_bound_as_a_recruiter_checks_it(recruiter, satchel, issue, tmp_path, typed, signed):
    """Host names ignore case: `satchel present --domain Jobs.Example.org` verifies for jobs.example.org."""
    ids = satchel.import_bytes(issue("Data Literacy"), source="t").added
    vp, nonce = satchel.present(ids, challenge="K7Q4-M2ZX", domain=typed)
    assert vp["proof"].get("domain") == signed
    if signed == "jobs.example.org":
        path = tmp_path / "vp.json"
        path.write_text(json.dumps(vp))
        assert recruiter.verify_presentation_file(path, challenge=nonce, domain=signed).report.passed


def test_an_older_app_that_takes_the_whole_code_as_the_challenge_fails_visibly(recruiter, satchel, issue, tmp_path):
    """An older Satchel signs everything after the prefix: not the recruiter's challenge, and no domain."""
    domain = recruiter.set_recruiter_domain("jobs.example.org")
    code = recruiter.new_challenge()
    whole = share.scan_image(recruiter.challenge_qr(code, domain))[0].removeprefix("SATCHEL-CHALLENGE:")
    ids = satchel.import_bytes(issue("Data Literacy"), source="t").added
    vp, _ = satchel.present(ids, challenge=whole)
    path = tmp_path / "old.json"
    path.write_text(json.dumps(vp))
    report = recruiter.verify_presentation_file(path, challenge=code, domain=domain).report
    assert not report.passed and report.outcome is Outcome.INVALID
    assert report.check(CheckName.CHALLENGE).status is CheckStatus.FAILED
    assert report.check(CheckName.DOMAIN).status is CheckStatus.FAILED
