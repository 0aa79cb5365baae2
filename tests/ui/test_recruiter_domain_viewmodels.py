"""The recruiter's domain without a browser: the report's verdict and its domain line (EN/FR), the advice when an
older app took the whole code as its challenge, and the Share screen reading a pasted code."""

from __future__ import annotations

import pytest

from satchel.errors import ChallengeCodeRefused
from satchel.model import CheckName
from satchel.ui.strings import tr
from satchel.ui.viewmodels import recruiter as vm
from satchel.ui.viewmodels.sharing import share_target
from satchel.vc.presentation import domain_check
from tests.ui.test_recruiter_viewmodel import HOLDER, WHEN, _check, _credential

CODE = "K7Q4-M2ZX"


def _presentation(domain_found, domain_expected, challenge_found=CODE):
    from satchel.model import VerificationReport
    from satchel.vc.presentation import challenge_check
    checks = (
        _check(CheckName.FORMAT, "ok", "format.presentation_ok"),
        _check(CheckName.HOLDER, "ok", "holder.ok"),
        challenge_check(challenge_found, CODE),
        domain_check(domain_found, domain_expected),
        _check(CheckName.CREDENTIALS, "ok", "credentials.ok_one", {"count": 1}),
    )
    return VerificationReport("presentation", None, checks, WHEN, credentials=(_credential(trust="ok"),),
                              holder=HOLDER)


def test_the_right_domain_is_green_and_its_line_says_so_in_both_languages():
    report = _presentation("jobs.example.org", "jobs.example.org")
    en, fr = vm.verdict(report, "en"), vm.verdict(report, "fr")
    assert (en.level, en.key, en.domain) == ("ok", "recruiter.verdict.ok", "jobs.example.org")
    assert "The presentation is bound to jobs.example.org." in en.lines
    assert "La présentation est liée à jobs.example.org." in fr.lines


def test_another_domain_is_red_with_the_domain_reason():
    report = _presentation("jobs.example.org", "hr.other.example")
    for lang, headline, line in (
            ("en", "Not made for you: this presentation is bound to another site than yours (hr.other.example).",
             "The presentation was made for another site, not hr.other.example."),
            ("fr", "Pas faite pour vous : cette présentation est liée à un autre site que le vôtre (hr.other.example).",
             "La présentation a été faite pour un autre site que hr.other.example.")):
        v = vm.verdict(report, lang)
        assert (v.level, v.key) == ("failed", "recruiter.verdict.wrong_domain")
        assert tr(v.key, lang, code=v.code, domain=v.domain).startswith(headline)
        assert line in v.lines


def test_without_an_expected_domain_the_banner_says_nothing_about_one():
    v = vm.verdict(_presentation("jobs.example.org", None), "en")
    assert v.key == "recruiter.verdict.ok" and v.domain == "" and not any("domain" in line for line in v.lines)


def test_an_older_app_that_signed_the_whole_code_gets_its_own_advice():
    report = _presentation(None, "jobs.example.org", challenge_found=f"{CODE};domain=jobs.example.org")
    v = vm.verdict(report, "en")
    assert (v.level, v.key) == ("failed", "recruiter.verdict.old_app")
    assert "update Satchel" in tr(v.key, "en", code=v.code, domain=v.domain)
    assert "mettre Satchel à jour" in tr(v.key, "fr", code=v.code, domain=v.domain)
    other = vm.verdict(_presentation(None, "jobs.example.org", challenge_found="ZZZZ-ZZZZ"), "en")
    assert other.key == "recruiter.verdict.wrong_challenge"  # any other challenge: not made for you


@pytest.mark.parametrize("challenge, domain, expected", [
    ("K7Q4-M2ZX", "", ("K7Q4-M2ZX", None)),
    (" K7Q4-M2ZX ", " acme.example ", ("K7Q4-M2ZX", "acme.example")),
    ("SATCHEL-CHALLENGE:K7Q4-M2ZX;domain=jobs.example.org", "", ("K7Q4-M2ZX", "jobs.example.org")),
    ("SATCHEL-CHALLENGE:K7Q4-M2ZX;domain=jobs.example.org", "typed.example", ("K7Q4-M2ZX", "jobs.example.org")),
    ("SATCHEL-CHALLENGE:K7Q4-M2ZX", "typed.example", ("K7Q4-M2ZX", "typed.example")),  # an old code
    ("K7Q4-M2ZX", " Jobs.Example.ORG ", ("K7Q4-M2ZX", "jobs.example.org")),  # host names ignore case
    ("K7Q4-M2ZX", "https://Jobs.Example.org/Path", ("K7Q4-M2ZX", "https://Jobs.Example.org/Path")),  # not a host
    ("", "", (None, None)),
])
def test_the_share_screen_takes_a_pasted_code_apart(challenge, domain, expected):
    assert share_target(challenge, domain) == expected


def test_a_pasted_code_with_a_hostile_domain_is_refused_never_signed():
    with pytest.raises(ChallengeCodeRefused):
        share_target("SATCHEL-CHALLENGE:K7Q4-M2ZX;domain=evil.example/x", "")
