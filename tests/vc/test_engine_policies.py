"""Engine policies beyond the corpus: unbound presentations, trust list, did:web offline, OB 2.0
signed badges, recipient checks, and a sentence (EN + FR) for every check result."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from satchel.i18n import render_check
from satchel.i18n.catalog import CATALOG
from satchel.model import CheckName, CheckStatus, Outcome, SignedForm
from satchel.vc.trust import TrustList
from tests.conftest import corpus_dir
from tests.vc.corpus_helpers import load, make_verifier

PEER, PUBLIC = corpus_dir() / "peer", corpus_dir() / "public"


def test_presentation_without_a_requested_challenge_is_proven_but_unbound(tmp_path):
    report = make_verifier(tmp_path).verify_presentation(load(PEER / "vp-valid-1cred-eddsa.json"))
    check = report.check(CheckName.CHALLENGE)
    assert check.status is CheckStatus.WARNING and check.message == "challenge.unbound"
    assert check.details["nonce"] == "corpus-challenge-7f3a9c"
    assert report.outcome is Outcome.VERIFIED and report.holder and report.holder.startswith("did:key:")
    assert render_check(check) == "Holder proven, not bound to your request."


def test_trust_list_warns_but_never_fails(tmp_path):
    cred = load(PEER / "cred-valid-eddsa-rdfc-2022-ob3.json")
    issuer = cred["issuer"]["id"]
    trusted = make_verifier(tmp_path / "a", trust=TrustList([(issuer, "Example Institute")])).verify_credential(cred)
    assert trusted.check(CheckName.ISSUER_TRUST).status is CheckStatus.OK
    assert "Example Institute" in render_check(trusted.check(CheckName.ISSUER_TRUST))
    stranger = make_verifier(tmp_path / "b", trust=TrustList([{"id": "did:key:other", "name": "X"}]))
    report = stranger.verify_credential(cred)
    assert report.check(CheckName.ISSUER_TRUST).status is CheckStatus.WARNING
    assert report.outcome is Outcome.VERIFIED and report.passed


def test_expired_reads_as_authentic_but_expired_in_both_languages(tmp_path):
    report = make_verifier(tmp_path).verify_credential(load(PEER / "cred-expired-eddsa-ob3.json"))
    assert report.outcome is Outcome.EXPIRED
    check = report.check(CheckName.EXPIRY)
    assert render_check(check) == "This credential is authentic but expired on 2020-01-01."
    assert render_check(check, "fr") == "Ce badge est authentique mais a expiré le 2020-01-01."


def test_did_web_without_network_or_cache_is_unknown(tmp_path):
    path = PUBLIC / "vc-test-fixtures/verifiableCredentials/v2/ed25519/didWeb/oidf-noStatus-notExpired.json"
    report = make_verifier(tmp_path, now="2026-11-01T00:00:00Z").verify_credential(load(path))
    assert report.check(CheckName.SIGNATURE).status is CheckStatus.UNKNOWN
    assert report.check(CheckName.SIGNATURE).message == "signature.key_unavailable"
    assert report.outcome is Outcome.FAILED or report.outcome is Outcome.UNKNOWN
    assert not report.passed


# -- Open Badges 2.0 signed assertions --------------------------------------------------------------
ISSUER_URL = "https://issuer.example/issuer.json"
BADGE_URL = "https://issuer.example/badge.json"
KEY_URL = "https://issuer.example/key.json"
REVOCATIONS_URL = "https://issuer.example/revocations.json"
OB2 = "https://w3id.org/openbadges/v2"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@pytest.fixture(scope="module")
def rsa_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _signed_badge(tmp_path, rsa_key, *, revoked=(), owner=ISSUER_URL, tamper=False):
    pem = rsa_key.public_key().public_bytes(serialization.Encoding.PEM,
                                            serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    docs = {
        ISSUER_URL: {"@context": OB2, "id": ISSUER_URL, "type": "Issuer", "name": "Issuer Example",
                     "revocationList": REVOCATIONS_URL},
        BADGE_URL: {"@context": OB2, "id": BADGE_URL, "type": "BadgeClass", "name": "Robotics",
                    "issuer": ISSUER_URL},
        KEY_URL: {"@context": OB2, "id": KEY_URL, "type": "CryptographicKey", "owner": owner,
                  "publicKeyPem": pem},
        REVOCATIONS_URL: {"@context": OB2, "id": REVOCATIONS_URL, "type": "RevocationList",
                          "revokedAssertions": [{"id": r, "revocationReason": "mistake"} for r in revoked]},
    }
    tmp_path.mkdir(parents=True, exist_ok=True)
    for url, doc in docs.items():
        (tmp_path / (_b64(url.encode()) + ".json")).write_text(json.dumps(doc))
    identity = "sha256$" + hashlib.sha256(b"learner@example.org" + b"pepper").hexdigest()
    assertion = {"@context": OB2, "type": "Assertion", "id": "urn:uuid:9d1c7c4e-0000-4000-8000-000000000001",
                 "recipient": {"type": "email", "hashed": True, "salt": "pepper", "identity": identity},
                 "badge": BADGE_URL, "issuedOn": "2026-01-01T00:00:00Z",
                 "verification": {"type": "SignedBadge", "creator": KEY_URL}}
    head = _b64(json.dumps({"alg": "RS256"}).encode())
    body = _b64(json.dumps(assertion).encode())
    signature = rsa_key.sign(f"{head}.{body}".encode(), padding.PKCS1v15(), hashes.SHA256())
    if tamper:
        body = _b64(json.dumps({**assertion, "issuedOn": "2025-01-01T00:00:00Z"}).encode())
    verifier = make_verifier(tmp_path / "cache", docs={u: _b64(u.encode()) + ".json" for u in docs},
                             base=tmp_path)
    return verifier, f"{head}.{body}.{_b64(signature)}", assertion["id"]


def test_signed_ob2_badge_verifies(tmp_path, rsa_key):
    verifier, token, _ = _signed_badge(tmp_path, rsa_key)
    report = verifier.verify_credential(token, signed_form=SignedForm.OB2_SIGNED,
                                        recipient="learner@example.org")
    assert report.outcome is Outcome.VERIFIED, report.to_dict()
    assert report.check(CheckName.HOLDER).message == "holder.recipient_ok"
    assert report.issuer == ISSUER_URL
    assert verifier.verify_credential(token).outcome is Outcome.VERIFIED  # form guessed from the payload


def test_signed_ob2_badge_for_someone_else(tmp_path, rsa_key):
    verifier, token, _ = _signed_badge(tmp_path, rsa_key)
    report = verifier.verify_credential(token, recipient="other@example.org")
    assert report.check(CheckName.HOLDER).status is CheckStatus.FAILED


def test_signed_ob2_badge_revoked_tampered_or_foreign_key(tmp_path, rsa_key):
    verifier, token, assertion_id = _signed_badge(tmp_path / "r", rsa_key, revoked=[])
    verifier, token, _ = _signed_badge(tmp_path / "r2", rsa_key, revoked=[assertion_id])
    assert verifier.verify_credential(token).outcome is Outcome.REVOKED
    verifier, token, _ = _signed_badge(tmp_path / "t", rsa_key, tamper=True)
    assert verifier.verify_credential(token).check(CheckName.SIGNATURE).status is CheckStatus.FAILED
    verifier, token, _ = _signed_badge(tmp_path / "o", rsa_key, owner="https://elsewhere.example/i.json")
    assert verifier.verify_credential(token).check(CheckName.ISSUER_KEY).status is CheckStatus.FAILED


def test_hosted_ob2_differs_from_the_issuers_copy(tmp_path):
    case = next(e for e in load(PUBLIC / "manifest.json")
                if e["file"].endswith("test_components/2_0_basic_assertion.json"))
    verifier = make_verifier(tmp_path, docs=case["docs"], base=PUBLIC)
    assertion = load(PUBLIC / case["file"])
    assert verifier.verify_credential(assertion).outcome is Outcome.VERIFIED
    changed = {**assertion, "issuedOn": "2017-01-01T00:00:00Z"}
    assert verifier.verify_credential(changed).check(CheckName.SIGNATURE).message == "signature.hosted_mismatch"
    assert verifier.verify_credential({"id": assertion["id"]}).outcome is Outcome.VERIFIED
    report = verifier.verify_credential(assertion, recipient="nobody@example.org")
    assert report.check(CheckName.HOLDER).status is CheckStatus.OK


def test_hosted_ob2_offline_is_unknown(tmp_path):
    assertion = load(PUBLIC / "openbadges-validator-core/tests/testfiles/extracted/test_components"
                     / "2_0_basic_assertion.json")
    report = make_verifier(tmp_path).verify_credential(assertion)
    assert report.check(CheckName.SIGNATURE).message == "signature.hosted_unavailable"
    assert not report.passed


def test_every_message_the_engine_can_produce_has_english_and_french():
    import pathlib
    import re
    source = "\n".join(p.read_text() for p in pathlib.Path("src/satchel/vc").rglob("*.py"))
    produced = set()
    for name, result in re.findall(r"checks\.(?:ok|failed|warning|unknown|make)\((\w+)(?:, \"(\w+)\")?", source):
        produced.add((name, result or "ok"))
    assert len(produced) > 30
    from satchel.vc.checks import message_key
    missing = []
    for name, result in produced:
        member = name.split(".")[-1]
        if member not in CheckName.__members__:
            continue  # a variable holding the name; the keys below cover those
        key = message_key(CheckName[member], result)
        if not CATALOG.get(key, {}).get("en") or not CATALOG.get(key, {}).get("fr"):
            missing.append(key)
    assert not missing, missing
    for key in ("not_before.failed", "expiry.failed", "issuer_trust.unlisted", "credentials.failed",
                "revocation.other_issuer", "signature.ok", "holder.unsigned"):
        assert CATALOG[key]["en"] and CATALOG[key]["fr"]


def test_did_web_and_status_list_come_through_the_fetcher_then_the_cache(tmp_path):
    import httpx

    from satchel.clock import FixedClock, parse_instant
    from satchel.net import HttpsFetcher
    from satchel.vc.cache import DocumentCache
    from satchel.vc.documents import DocumentSource
    from satchel.vc.engine import Verifier

    rel = "vc-test-fixtures/verifiableCredentials/v1/dataIntegrityProof/didWeb/oidf-validStatus-noExpiry.json"
    case = next(e for e in load(PUBLIC / "manifest.json") if e["file"] == rel)
    served = {url: (PUBLIC / path).read_bytes() for url, path in case["docs"].items()}
    requested = []

    def handler(request):
        requested.append(str(request.url))
        body = served.get(str(request.url))
        return httpx.Response(200, content=body) if body else httpx.Response(404)

    clock = FixedClock(parse_instant("2026-11-01T00:00:00Z"))
    cache = DocumentCache(tmp_path, clock)
    fetcher = HttpsFetcher(transport=httpx.MockTransport(handler), resolver=lambda h, p: ["185.199.108.153"])
    online = Verifier(clock=clock, source=DocumentSource(cache, fetcher, clock))
    report = online.verify_credential(load(PUBLIC / rel))
    assert report.outcome is Outcome.VERIFIED, report.to_dict()
    assert sorted(set(requested)) == sorted(served)
    assert report.check(CheckName.STATUS).details["copy"]["from_cache"] is False
    offline = Verifier(clock=clock, source=DocumentSource(cache, None, clock, offline=True))
    again = offline.verify_credential(load(PUBLIC / rel))
    assert again.outcome is Outcome.VERIFIED and again.check(CheckName.STATUS).details["copy"]["from_cache"]


def test_1edtech_revocation_list(tmp_path):
    from satchel.vc.status import StatusChecker

    cred_id, url = "urn:uuid:1", "https://issuer.example/revocations"
    (tmp_path / "list.json").write_text(
        json.dumps({"id": url, "revokedCredentials": [{"id": cred_id, "revocationReason": "fraud"}]}))
    verifier = make_verifier(tmp_path / "cache", docs={url: "list.json"}, base=tmp_path)
    checker = StatusChecker(verifier.source, verify_list=lambda doc: pytest.fail("not a list credential"))
    entry = {"id": url, "type": "1EdTechRevocationList"}
    revoked = checker.check({"id": cred_id, "credentialStatus": entry})
    assert revoked.status is CheckStatus.FAILED and revoked.details["reason"] == "fraud"
    assert checker.check({"id": "urn:uuid:2", "credentialStatus": entry}).status is CheckStatus.OK
    mystery = checker.check({"id": "urn:uuid:2", "credentialStatus": {"type": "Mystery"}})
    assert mystery.status is CheckStatus.UNKNOWN and mystery.message == "revocation.unsupported"
