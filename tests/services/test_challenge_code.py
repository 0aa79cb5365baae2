"""The recruiter's challenge code with their domain: written, read back, old codes still read, hostile ones
refused with a typed error and never used (services.challenge_code, docs/qr-format.md section 9)."""

from __future__ import annotations

import pytest

from satchel.errors import ChallengeCodeRefused
from satchel.i18n import render_error
from satchel.services.challenge_code import ChallengeCode, first_usable, host_name, read_challenge_code

CODE = "K7Q4-M2ZX"


def test_the_code_alone_is_written_as_every_version_writes_it():
    assert ChallengeCode(CODE).text() == "SATCHEL-CHALLENGE:K7Q4-M2ZX"
    assert ChallengeCode(CODE, "jobs.example.org").text() == "SATCHEL-CHALLENGE:K7Q4-M2ZX;domain=jobs.example.org"


@pytest.mark.parametrize("text, expected", [
    ("SATCHEL-CHALLENGE:K7Q4-M2ZX", ChallengeCode(CODE)),  # an old code: still read
    ("  SATCHEL-CHALLENGE:K7Q4-M2ZX\n", ChallengeCode(CODE)),
    ("SATCHEL-CHALLENGE:4821", ChallengeCode("4821")),  # any challenge typed on the command line
    ("SATCHEL-CHALLENGE:K7Q4-M2ZX;domain=jobs.example.org", ChallengeCode(CODE, "jobs.example.org")),
    ("SATCHEL-CHALLENGE:K7Q4-M2ZX;domain=Jobs.Example.ORG", ChallengeCode(CODE, "jobs.example.org")),
    ("SATCHEL-CHALLENGE:K7Q4-M2ZX;domain=xn--cole-9oa.example.fr", ChallengeCode(CODE, "xn--cole-9oa.example.fr")),
    ("https://example.org/jobs/42", None),  # another QR code: not a challenge code at all
    ("SAT1:0123", None),
    ("satchel-challenge:K7Q4-M2ZX", None),  # the prefix is written in capitals, as always
])
def test_reading(text, expected):
    assert read_challenge_code(text) == expected


def test_what_is_written_reads_back():
    for code in (ChallengeCode(CODE), ChallengeCode(CODE, "a.b"), ChallengeCode("X" * 100, "jobs.example.org")):
        assert read_challenge_code(code.text()) == code


@pytest.mark.parametrize("domain", [
    "https://jobs.example.org", "jobs.example.org/apply", "jobs.example.org:443", "user@jobs.example.org",
    "jobs.example.org.", ".example.org", "jobs..example.org", "localhost", "192.168.1.10", "-jobs.example.org",
    "jobs-.example.org", "jobs_x.example.org", "jöbs.example.org", "jobs.example.org\u202e", "a" * 64 + ".org",
    ".".join(["abcdefgh"] * 30), "", " jobs.example.org", "jobs example.org", "jobs.example.org\x00",
    "jobs.example.org?x=1", "jobs.example.org#frag",
])
def test_a_domain_that_is_not_a_host_name_is_refused_and_never_used(domain):
    with pytest.raises(ChallengeCodeRefused) as refused:
        read_challenge_code(f"SATCHEL-CHALLENGE:{CODE};domain={domain}")
    assert refused.value.code == "challenge_domain"
    quoted = refused.value.params["domain"]
    assert all(" " <= ch <= "~" or ch == "…" for ch in quoted) and len(quoted) <= 60  # never raw control text
    assert "host name" in str(refused.value) and "nom d'hôte" in render_error(refused.value, "fr")


@pytest.mark.parametrize("text, code", [
    ("SATCHEL-CHALLENGE:", "challenge_malformed"),  # no challenge
    ("SATCHEL-CHALLENGE:;domain=jobs.example.org", "challenge_malformed"),
    ("SATCHEL-CHALLENGE:" + "X" * 101, "challenge_malformed"),  # too long for a challenge
    ("SATCHEL-CHALLENGE:K7Q4\x07M2ZX", "challenge_malformed"),  # a control character
    ("SATCHEL-CHALLENGE:K7Q4-M2ZX;domain=a.org;domain=b.org", "challenge_malformed"),  # which one?
    ("SATCHEL-CHALLENGE:K7Q4-M2ZX;audience=a.org", "challenge_part"),  # a part this version does not know
    ("SATCHEL-CHALLENGE:K7Q4-M2ZX;domain", "challenge_malformed"),  # a part Satchel knows, not one to update for
    ("SATCHEL-CHALLENGE:K7Q4-M2ZX;", "challenge_malformed"),
    ("SATCHEL-CHALLENGE:K7Q4-M2ZX;;domain=jobs.example.org", "challenge_malformed"),
])
def test_a_malformed_code_is_refused(text, code):
    with pytest.raises(ChallengeCodeRefused) as refused:
        read_challenge_code(text)
    assert refused.value.code == code
    assert render_error(refused.value, "fr") != render_error(refused.value, "en")  # worded in both languages


def test_host_names():
    assert host_name(" Jobs.Example.org ") == "jobs.example.org"
    assert host_name("a-b.c2.example") == "a-b.c2.example"
    assert host_name("x" * 63 + ".org") == "x" * 63 + ".org"
    assert host_name("https://jobs.example.org") is None and host_name("10.0.0.1") is None


def test_in_one_view_a_usable_code_wins_over_a_refused_one_which_alone_is_refused():
    good, bad = f"SATCHEL-CHALLENGE:{CODE};domain=jobs.example.org", f"SATCHEL-CHALLENGE:{CODE};port=443"
    assert first_usable(["https://example.org", bad, good]) == ChallengeCode(CODE, "jobs.example.org")
    assert first_usable(["https://example.org"]) is None and first_usable([]) is None
    with pytest.raises(ChallengeCodeRefused) as refused:
        first_usable([bad, "SATCHEL-CHALLENGE:;domain=x"])
    assert refused.value.code == "challenge_part"  # the first refusal met is the one said
