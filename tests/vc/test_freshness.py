"""Issue 9 §3: a cached public document is used only while it is fresh — DID documents, status lists,
OB 2.0 revocation lists — and a 1EdTechRevocationList entry on a credential without an id is never ok."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from satchel.clock import FixedClock, parse_instant
from satchel.i18n import render_check
from satchel.i18n.catalog import CATALOG
from satchel.model import CheckName, CheckStatus, Outcome
from satchel.net import OfflineFetcher
from satchel.vc.cache import DocumentCache
from satchel.vc.documents import DocumentSource
from satchel.vc.engine import Verifier
from satchel.vc.status import StatusChecker
from tests.conftest import corpus_dir
from tests.vc.corpus_helpers import load

PUBLIC = corpus_dir() / "public"
NOW = parse_instant("2026-11-01T00:00:00Z")


def seeded(tmp_path, docs, *, age, max_age=None):
    clock = FixedClock(NOW)
    cache = DocumentCache(tmp_path / "cache", clock)
    for url, body in docs.items():
        cache.put(url, body, "application/json", fetched_at=NOW - age)
    kwargs = {"max_age": max_age} if max_age else {}
    return Verifier(clock=clock, source=DocumentSource(cache, OfflineFetcher(), clock, **kwargs))


def _case(rel):
    case = next(e for e in load(PUBLIC / "manifest.json") if e["file"] == rel)
    return load(PUBLIC / rel), {url: (PUBLIC / path).read_bytes() for url, path in case["docs"].items()}


DID_WEB = "vc-test-fixtures/verifiableCredentials/v1/dataIntegrityProof/didWeb/oidf-validStatus-noExpiry.json"


def test_a_did_web_document_and_status_list_used_while_fresh(tmp_path):
    credential, docs = _case(DID_WEB)
    report = seeded(tmp_path, docs, age=timedelta(days=6)).verify_credential(credential)
    assert report.outcome is Outcome.VERIFIED, report.to_dict()


def test_a_stale_did_web_document_makes_the_signature_unknown(tmp_path):
    credential, docs = _case(DID_WEB)
    report = seeded(tmp_path, docs, age=timedelta(days=8)).verify_credential(credential)
    signature = report.check(CheckName.SIGNATURE)
    assert signature.status is CheckStatus.UNKNOWN and signature.message == "signature.stale"
    assert signature.params["days"] == 8 and "`satchel cache refresh`" in render_check(signature)
    assert report.outcome is Outcome.UNKNOWN


def test_the_users_maximum_age_applies(tmp_path):
    credential, docs = _case(DID_WEB)
    verifier = seeded(tmp_path, docs, age=timedelta(days=8), max_age=timedelta(days=30))
    assert verifier.verify_credential(credential).outcome is Outcome.VERIFIED


def test_a_stale_status_list_alone_makes_the_status_unknown(tmp_path):
    credential, docs = _case(DID_WEB)
    list_url = credential["credentialStatus"]["statusListCredential"]
    verifier = seeded(tmp_path, {u: b for u, b in docs.items() if u != list_url}, age=timedelta(days=1))
    verifier.source.cache.put(list_url, docs[list_url], fetched_at=NOW - timedelta(days=40))
    status = verifier.verify_credential(credential).check(CheckName.STATUS)
    assert status.status is CheckStatus.UNKNOWN and status.message == "revocation.stale"
    assert status.details["copy"]["age_seconds"] == 40 * 86400


def test_the_status_entrys_ttl_limits_the_copy(tmp_path):
    credential, docs = _case(DID_WEB)
    entry = {**credential["credentialStatus"], "ttl": 3_600_000}
    verifier = seeded(tmp_path, docs, age=timedelta(hours=2))
    checker = StatusChecker(verifier.source, verifier._verify_status_list)
    check = checker.check({**credential, "credentialStatus": entry})
    assert check.status is CheckStatus.UNKNOWN and check.message == "revocation.stale"
    assert checker.check(credential).message == "revocation.other_issuer"  # the list is read when fresh


def test_a_stale_ob2_revocation_list_is_unknown(tmp_path):
    issuer, revocations = "https://uni.example/issuer.json", "https://uni.example/revocations.json"
    url = "https://uni.example/assertions/1"
    assertion = {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": url,
                 "recipient": {"type": "email", "hashed": False, "identity": "a@example.org"},
                 "issuedOn": "2026-01-01T00:00:00Z", "verification": {"type": "hosted"},
                 "badge": {"type": "BadgeClass", "name": "Robotics", "issuer": issuer}}
    docs = {url: json.dumps(assertion).encode(),
            issuer: json.dumps({"id": issuer, "type": "Issuer", "revocationList": revocations}).encode()}
    verifier = seeded(tmp_path, docs, age=timedelta(days=1))
    verifier.source.cache.put(revocations, json.dumps({"id": revocations, "revokedAssertions": []}).encode(),
                              fetched_at=NOW - timedelta(days=20))
    status = verifier.verify_credential(assertion).check(CheckName.STATUS)
    assert status.status is CheckStatus.UNKNOWN and status.message == "revocation.stale"
    assert status.params["days"] == 20


def test_1edtech_revocation_list_on_a_credential_without_an_id_is_never_ok(tmp_path):
    url = "https://issuer.example/revocations"
    verifier = seeded(tmp_path, {url: b'{"id": "https://issuer.example/revocations", "revokedCredentials": []}'},
                      age=timedelta(0))
    checker = StatusChecker(verifier.source, verify_list=lambda doc: pytest.fail("not a list credential"))
    check = checker.check({"credentialStatus": {"id": url, "type": "1EdTechRevocationList"}})
    assert check.status is CheckStatus.UNKNOWN and check.message == "revocation.no_id"
    assert render_check(check, "fr")


def test_a_stale_hosted_copy_says_the_badge_could_not_be_confirmed(tmp_path):
    url = "https://uni.example/assertions/1"
    assertion = {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": url,
                 "recipient": {"type": "email", "hashed": False, "identity": "a@example.org"},
                 "issuedOn": "2026-01-01T00:00:00Z", "verification": {"type": "hosted"},
                 "badge": {"type": "BadgeClass", "name": "Robotics", "issuer": "https://uni.example/i.json"}}
    signature = seeded(tmp_path, {url: json.dumps(assertion).encode()}, age=timedelta(days=9)
                       ).verify_credential(assertion).check(CheckName.SIGNATURE)
    assert signature.status is CheckStatus.UNKNOWN and signature.message == "signature.hosted_stale"
    assert "9 days old" in render_check(signature)


@pytest.mark.parametrize("key", ["revocation.stale", "signature.stale", "signature.hosted_stale",
                                 "issuer_key.stale", "holder.stale",
                                 "revocation.no_id", "issuer_trust.unproven", "issuer_key.unproven",
                                 "issuer_key.profile_invalid"])
def test_new_sentences_exist_in_both_languages(key):
    assert CATALOG[key]["en"] and CATALOG[key]["fr"]
    for lang in ("en", "fr"):
        assert "{" not in render_check_key(key, lang)


def render_check_key(key, lang):
    from satchel.model import Check
    name = CheckName.STATUS if key.startswith("revocation.") else CheckName(key.split(".")[0])
    return render_check(Check(name, CheckStatus.UNKNOWN, key,
                              {"days": 9, "date": "2026-10-01", "command": "satchel cache refresh",
                               "issuer": "X", "url": "https://x.example/"}), lang)


@pytest.mark.parametrize(("seconds", "text"), [(1, "1 second"), (59, "59 seconds"), (60, "1 minute"), (7200, "2 hours"),
                                               (3600, "1 hour"), (86400, "1 day"), (3 * 86400 + 5, "3 days")])
def test_the_age_of_a_copy_reads_in_its_largest_whole_unit(seconds, text):
    from satchel.vc.freshness import age_text
    assert age_text(seconds) == text
