"""Hostile and broken inputs: refused for the right reason, never fetched, never raised."""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
from datetime import timedelta

import httpx
import pytest

from satchel.clock import FixedClock
from satchel.i18n import render_check
from satchel.model import CheckName, CheckStatus, Outcome
from satchel.net import HttpsFetcher, Response
from satchel.vc.cache import DocumentCache
from satchel.vc.documents import DocumentSource
from satchel.vc.engine import Verifier
from tests.conftest import corpus_dir
from tests.vc.corpus_helpers import DEFAULT_NOW, load

PEER, EXTRA = corpus_dir() / "peer", corpus_dir() / "extra"


class RecordingFetcher:
    def __init__(self):
        self.calls = []

    def get(self, url, *, accept=None, max_bytes=2_000_000, timeout=10.0):
        self.calls.append(url)
        return Response(url, 200, "application/json", b"{}")


def verifier(tmp_path, fetcher=None):
    clock = FixedClock(DEFAULT_NOW)
    return Verifier(clock=clock, source=DocumentSource(DocumentCache(tmp_path, clock), fetcher, clock))


def status_of(report, name):
    return report.check(name).status


def test_unknown_context_is_refused_without_any_fetch(tmp_path):
    fetcher = RecordingFetcher()
    cred = load(PEER / "cred-valid-eddsa-rdfc-2022-ob3.json")
    cred["@context"].append("https://evil.example/context.jsonld")
    report = verifier(tmp_path, fetcher).verify_credential(cred)
    assert report.check(CheckName.FORMAT).message == "format.unknown_context"
    # a vocabulary Satchel lacks: not a forgery, but never verified, and never fetched (issue 9 §2)
    assert report.check(CheckName.SIGNATURE).message == "signature.vocabulary_missing"
    assert report.outcome is Outcome.UNKNOWN and fetcher.calls == []


def test_protected_term_redefinition_is_refused(tmp_path):
    cred = load(PEER / "cred-valid-eddsa-rdfc-2022-ob3.json")
    cred["@context"].append({"name": "https://evil.example/name"})
    report = verifier(tmp_path).verify_credential(cred)
    assert status_of(report, CheckName.FORMAT) is CheckStatus.FAILED
    assert report.check(CheckName.FORMAT).message == "format.unsafe"


def test_stripped_proof_fails_the_signature(tmp_path):
    cred = load(PEER / "cred-valid-eddsa-rdfc-2022-ob3.json")
    del cred["proof"]
    report = verifier(tmp_path).verify_credential(cred)
    assert report.check(CheckName.FORMAT).message == "format.unsigned"  # nothing to compute: not verifiable
    assert report.check(CheckName.SIGNATURE).message == "signature.missing"
    assert report.check(CheckName.SIGNATURE).status is CheckStatus.UNKNOWN
    assert report.outcome is Outcome.INVALID


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _reheader(token: str, header: dict) -> tuple[str, str]:
    _, payload, _ = token.split(".")
    return _b64(json.dumps(header).encode()), payload


def test_hs256_signed_with_the_public_key_is_refused(tmp_path):
    token = (EXTRA / "vcjwt-valid-eddsa.jwt").read_text().strip()
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    did = header["kid"].split("#")[0]
    jwk = json.loads(base64.urlsafe_b64decode(did[len("did:jwk:"):] + "=="))
    secret = base64.urlsafe_b64decode(jwk["x"] + "==")  # the public key, used as an HMAC secret
    head, payload = _reheader(token, {**header, "alg": "HS256"})
    mac = hmac.new(secret, f"{head}.{payload}".encode(), hashlib.sha256).digest()
    report = verifier(tmp_path).verify_credential(f"{head}.{payload}.{_b64(mac)}")
    assert report.check(CheckName.FORMAT).message == "format.bad_alg"  # refused: nothing is computed
    assert report.check(CheckName.SIGNATURE).status is CheckStatus.UNKNOWN
    assert report.outcome is Outcome.INVALID


@pytest.mark.parametrize("alg", ["RS256", "ES256", "none", "HS512", "ES384", "ES256K"])
def test_header_algorithm_must_match_the_key_type(tmp_path, alg):
    token = (EXTRA / "vcjwt-valid-eddsa.jwt").read_text().strip()
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    head, payload = _reheader(token, {**header, "alg": alg})
    report = verifier(tmp_path).verify_credential(f"{head}.{payload}.{token.split('.')[2]}")
    assert report.check(CheckName.FORMAT).message == "format.bad_alg"
    assert report.outcome is Outcome.INVALID


def test_unreachable_status_list_is_unknown_never_ok(tmp_path):
    def server_error(request):
        return httpx.Response(503)
    fetcher = HttpsFetcher(transport=httpx.MockTransport(server_error), resolver=lambda h, p: ["93.184.216.34"])
    report = verifier(tmp_path, fetcher).verify_credential(load(PEER / "cred-status-active-eddsa.json"))
    check = report.check(CheckName.STATUS)
    assert check.status is CheckStatus.UNKNOWN and check.message == "revocation.unreachable"
    assert "503" in check.details["reason"]
    assert report.outcome is Outcome.UNKNOWN and not report.passed


def test_a_stale_status_list_copy_is_unknown_with_its_age(tmp_path):
    """Issue 9 §3: a 200-day-old copy no longer yields Verified with a warning."""
    clock = FixedClock(DEFAULT_NOW)
    cache = DocumentCache(tmp_path, clock)
    cache.put("https://example.edu/status/list-1", (PEER / "status-list-1.json").read_bytes(),
              fetched_at=DEFAULT_NOW - timedelta(days=200))
    source = DocumentSource(cache, RecordingFetcher(), clock, offline=True)
    report = Verifier(clock=clock, source=source).verify_credential(load(PEER / "cred-status-active-eddsa.json"))
    check = report.check(CheckName.STATUS)
    assert check.status is CheckStatus.UNKNOWN and check.message == "revocation.stale"
    assert check.details["copy"]["age_seconds"] == 200 * 86400
    assert report.outcome is Outcome.UNKNOWN and not report.passed
    assert "200 days old" in render_check(check) and "`satchel cache refresh`" in render_check(check)
    assert "200 jours" in render_check(check, "fr")


def test_a_tampered_status_list_is_unknown(tmp_path):
    clock = FixedClock(DEFAULT_NOW)
    cache = DocumentCache(tmp_path, clock)
    status_list = load(PEER / "status-list-1.json")
    status_list["credentialSubject"]["statusPurpose"] = "suspension"
    cache.put("https://example.edu/status/list-1", json.dumps(status_list).encode())
    source = DocumentSource(cache, None, clock)
    report = Verifier(clock=clock, source=source).verify_credential(load(PEER / "cred-status-active-eddsa.json"))
    assert report.check(CheckName.STATUS).message == "revocation.list_invalid"


GARBAGE = ["", "{", "[]", "null", '{"@context": 5}', "not json at all", "a.b.c", "x" * 10,
           '{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": "VerifiableCredential"}',
           '{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"], '
           '"issuer": "did:key:z6Mk", "credentialSubject": {"id": "x"}, "validFrom": "yesterday"}',
           "[" * 5000 + "]" * 5000, {"proof": [1, 2]}, {"id": "https://example.org/a.json"}, 42]


@pytest.mark.parametrize("garbage", GARBAGE, ids=range(len(GARBAGE)))
def test_garbage_gives_a_failed_report_not_an_exception(tmp_path, garbage):
    v = verifier(tmp_path)
    for report in (v.verify_credential(garbage), v.verify_presentation(garbage)):
        assert report.outcome in (Outcome.INVALID, Outcome.UNKNOWN)  # nothing computed: never "not authentic"
        assert not report.passed


def test_tampered_credential_inside_a_valid_presentation(tmp_path):
    vp = load(PEER / "vp-valid-2creds-eddsa.json")
    altered = copy.deepcopy(vp)
    altered["verifiableCredential"][0]["name"] = "Something else"
    report = verifier(tmp_path).verify_presentation(altered, challenge="corpus-challenge-7f3a9c",
                                                    domain="verifier.example.org")
    assert report.outcome is Outcome.FAILED
