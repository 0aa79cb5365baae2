"""Issue 9 §1: an Open Badges 2.0 issuer's identity comes only from the issuer.

The facts that decide a verdict (issuer id, verification policy, keys, revocation list) come from the
issuer Profile fetched from its own id (or the cache of that URL), never from objects embedded in the
assertion. Trust-list entries apply only to a proven issuer id. ``issuedOn``/``expires`` are checked.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from satchel.clock import FixedClock
from satchel.i18n import render_check
from satchel.model import CheckName, CheckStatus, Outcome, SignedForm
from satchel.net import OfflineFetcher
from satchel.vc.cache import DocumentCache
from satchel.vc.documents import DocumentSource
from satchel.vc.engine import Verifier
from satchel.vc.trust import TrustList

NOW = datetime(2026, 11, 23, tzinfo=UTC)
OB2 = "https://w3id.org/openbadges/v2"
UNI = "https://uni.example/issuer.json"
UNI_BADGE = "https://uni.example/badges/robotics.json"
UNI_LIST = "https://uni.example/revocations.json"
EVIL_ASSERTION = "https://badges.attacker.example/a/1"
EVIL_LIST = "https://badges.attacker.example/revocations.json"
RECIPIENT = {"type": "email", "hashed": False, "identity": "learner@example.org"}


def verifier(tmp_path, docs, *, trust=None, now=NOW):
    clock = FixedClock(now)
    cache = DocumentCache(tmp_path / "cache", clock)
    for url, doc in docs.items():
        cache.put(url, json.dumps(doc).encode(), "application/json")
    return Verifier(clock=clock, source=DocumentSource(cache, OfflineFetcher(), clock),
                    trust=TrustList(trust or []))


def uni_profile(**extra):
    return {"@context": OB2, "id": UNI, "type": "Issuer", "name": "Université Exemple",
            "url": "https://uni.example", **extra}


def spoofed_assertion(**issuer_extra):
    """Hosted on the attacker's site; the embedded issuer claims the university's id."""
    issuer = {"id": UNI, "type": "Issuer", "name": "Université Exemple",
              "verification": {"allowedOrigins": "badges.attacker.example"}, **issuer_extra}
    return {"@context": OB2, "type": "Assertion", "id": EVIL_ASSERTION, "recipient": RECIPIENT,
            "issuedOn": "2026-01-01T00:00:00Z", "verification": {"type": "hosted"},
            "badge": {"type": "BadgeClass", "name": "Robotics", "issuer": issuer}}


def test_spoofed_issuer_with_the_real_profile_fails(tmp_path):
    assertion = spoofed_assertion()
    report = verifier(tmp_path, {EVIL_ASSERTION: assertion, UNI: uni_profile()},
                      trust=[(UNI, "Université Exemple")]).verify_credential(assertion)
    binding = report.check(CheckName.ISSUER_KEY)
    assert binding.status is CheckStatus.FAILED and binding.message == "issuer_key.hosted_elsewhere"
    assert report.outcome is Outcome.INVALID  # refused, but no signature was computed
    assert report.check(CheckName.ISSUER_TRUST).status is not CheckStatus.OK


def test_spoofed_issuer_offline_without_the_profile_is_unknown_and_not_trusted(tmp_path):
    assertion = spoofed_assertion()
    report = verifier(tmp_path, {EVIL_ASSERTION: assertion},
                      trust=[(UNI, "Université Exemple")]).verify_credential(assertion)
    assert report.check(CheckName.ISSUER_KEY).status is CheckStatus.UNKNOWN
    assert report.outcome is Outcome.UNKNOWN and not report.passed
    trust = report.check(CheckName.ISSUER_TRUST)
    assert trust.status is CheckStatus.UNKNOWN and trust.message == "issuer_trust.unproven"
    assert "Université Exemple" in render_check(trust) and "not proven" in render_check(trust)
    assert "pas été prouvé" in render_check(trust, "fr")


def test_the_real_profile_refuses_the_host_even_when_the_hosted_copy_is_unreachable(tmp_path):
    assertion = spoofed_assertion()
    report = verifier(tmp_path, {UNI: uni_profile()}).verify_credential(assertion)
    assert report.check(CheckName.SIGNATURE).status is CheckStatus.UNKNOWN
    assert report.check(CheckName.ISSUER_KEY).message == "issuer_key.hosted_elsewhere"
    assert report.outcome is Outcome.INVALID


def test_an_origin_the_real_profile_allows_is_accepted_and_trusted(tmp_path):
    assertion = spoofed_assertion()
    profile = uni_profile(verification={"type": "hosted", "allowedOrigins": ["badges.attacker.example"]})
    report = verifier(tmp_path, {EVIL_ASSERTION: assertion, UNI: profile},
                      trust=[(UNI, "Université Exemple")]).verify_credential(assertion)
    assert report.outcome is Outcome.VERIFIED, report.to_dict()
    assert report.check(CheckName.ISSUER_TRUST).status is CheckStatus.OK
    assert report.issuer == UNI


def test_allowed_origins_name_hosts_whatever_the_port(tmp_path):
    url = "https://badges.attacker.example:8443/a/1"
    assertion = {**spoofed_assertion(), "id": url}
    profile = uni_profile(verification={"allowedOrigins": ["Badges.Attacker.example"]})
    report = verifier(tmp_path, {url: assertion, UNI: profile}).verify_credential(assertion)
    assert report.outcome is Outcome.VERIFIED, report.to_dict()


def test_starts_with_is_read_from_the_real_profile(tmp_path):
    url = "https://uni.example/other/1"
    assertion = {**spoofed_assertion(), "id": url,
                 "badge": {"type": "BadgeClass", "name": "Robotics",
                           "issuer": {"id": UNI, "verification": {"startsWith": url}}}}
    profile = uni_profile(verification={"startsWith": "https://uni.example/badges/"})
    report = verifier(tmp_path, {url: assertion, UNI: profile}).verify_credential(assertion)
    assert report.check(CheckName.ISSUER_KEY).message == "issuer_key.hosted_elsewhere"
    ok = verifier(tmp_path / "b", {url: assertion, UNI: uni_profile()}).verify_credential(assertion)
    assert ok.outcome is Outcome.VERIFIED, ok.to_dict()


def test_an_issuer_without_an_address_is_not_proven(tmp_path):
    assertion = {**spoofed_assertion(), "badge": {"type": "BadgeClass", "name": "Robotics",
                                                  "issuer": {"name": "Université Exemple"}}}
    report = verifier(tmp_path, {EVIL_ASSERTION: assertion}).verify_credential(assertion)
    assert report.check(CheckName.ISSUER_KEY).status is CheckStatus.UNKNOWN
    assert report.check(CheckName.ISSUER_KEY).message == "issuer_key.unproven"
    assert report.outcome is Outcome.UNKNOWN


def test_a_profile_served_under_another_id_is_not_the_issuer(tmp_path):
    assertion = spoofed_assertion()
    report = verifier(tmp_path, {EVIL_ASSERTION: assertion,
                                 UNI: {**uni_profile(), "id": "https://uni.example/someone-else"}}
                      ).verify_credential(assertion)
    assert report.check(CheckName.ISSUER_KEY).status is CheckStatus.UNKNOWN
    assert report.outcome is not Outcome.VERIFIED


def test_an_embedded_badge_with_an_id_is_read_from_that_id(tmp_path):
    """The embedded BadgeClass names the university; the real one at its id names the attacker."""
    evil_issuer = "https://badges.attacker.example/issuer.json"
    assertion = {**spoofed_assertion(), "badge": {"id": UNI_BADGE, "type": "BadgeClass", "name": "Robotics",
                                                  "issuer": {"id": UNI}}}
    docs = {EVIL_ASSERTION: assertion, UNI: uni_profile(),
            UNI_BADGE: {"@context": OB2, "id": UNI_BADGE, "type": "BadgeClass", "issuer": evil_issuer},
            evil_issuer: {"@context": OB2, "id": evil_issuer, "type": "Issuer", "name": "Attacker"}}
    report = verifier(tmp_path, docs, trust=[(UNI, "Université Exemple")]).verify_credential(assertion)
    assert report.issuer == evil_issuer
    assert report.check(CheckName.ISSUER_TRUST).status is not CheckStatus.OK
    offline = verifier(tmp_path / "b", {EVIL_ASSERTION: assertion, UNI: uni_profile()})
    offline = offline.verify_credential(assertion)
    assert offline.check(CheckName.ISSUER_KEY).status is CheckStatus.UNKNOWN


def test_the_revocation_list_comes_from_the_real_profile(tmp_path):
    url = "https://uni.example/assertions/1"
    assertion = {**spoofed_assertion(revocationList=EVIL_LIST), "id": url}
    docs = {url: assertion, UNI: uni_profile(revocationList=UNI_LIST),
            EVIL_LIST: {"@context": OB2, "id": EVIL_LIST, "type": "RevocationList", "revokedAssertions": []},
            UNI_LIST: {"@context": OB2, "id": UNI_LIST, "type": "RevocationList",
                       "revokedAssertions": [{"id": url, "revocationReason": "fraud"}]}}
    report = verifier(tmp_path, docs).verify_credential(assertion)
    assert report.outcome is Outcome.REVOKED, report.to_dict()
    assert report.check(CheckName.STATUS).details["list"] == UNI_LIST


# -- signed assertions: the key document's owner and the profile it points to -------------------------
def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@pytest.fixture(scope="module")
def rsa_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _pem(key) -> str:
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def _sign(key, assertion) -> str:
    head = _b64(json.dumps({"alg": "RS256"}).encode())
    body = _b64(json.dumps(assertion).encode())
    return f"{head}.{body}.{_b64(key.sign(f'{head}.{body}'.encode(), padding.PKCS1v15(), hashes.SHA256()))}"


def _signed_assertion(creator, issuer):
    return {"@context": OB2, "type": "Assertion", "id": "urn:uuid:7a0c0e9e-0000-4000-8000-000000000009",
            "recipient": RECIPIENT, "issuedOn": "2026-01-01T00:00:00Z",
            "verification": {"type": "SignedBadge", "creator": creator},
            "badge": {"type": "BadgeClass", "name": "Robotics", "issuer": issuer}}


def test_signed_key_on_another_site_must_be_listed_by_the_real_profile(tmp_path, rsa_key):
    key_url = "https://keys.attacker.example/key.json"
    key_doc = {"@context": OB2, "id": key_url, "type": "CryptographicKey", "owner": UNI,
               "publicKeyPem": _pem(rsa_key)}
    token = _sign(rsa_key, _signed_assertion(key_url, {"id": UNI, "publicKey": key_url}))
    report = verifier(tmp_path, {key_url: key_doc, UNI: uni_profile()}).verify_credential(token)
    assert report.check(CheckName.SIGNATURE).status is CheckStatus.OK
    assert report.check(CheckName.ISSUER_KEY).status is CheckStatus.FAILED
    listed = verifier(tmp_path / "b", {key_url: key_doc, UNI: uni_profile(publicKey=[key_url])})
    listed = listed.verify_credential(token)
    assert listed.outcome is Outcome.VERIFIED, listed.to_dict()


def test_a_profile_that_lists_its_keys_authorises_only_those(tmp_path, rsa_key):
    key_url = "https://uni.example/old-key.json"
    key_doc = {"@context": OB2, "id": key_url, "type": "CryptographicKey", "owner": UNI,
               "publicKeyPem": _pem(rsa_key)}
    token = _sign(rsa_key, _signed_assertion(key_url, {"id": UNI}))
    docs = {key_url: key_doc, UNI: uni_profile(publicKey=["https://uni.example/current-key.json"])}
    binding = verifier(tmp_path, docs).verify_credential(token).check(CheckName.ISSUER_KEY)
    assert binding.status is CheckStatus.FAILED
    docs[UNI] = uni_profile(publicKey=[{"id": key_url}])
    assert verifier(tmp_path / "b", docs).verify_credential(token).outcome is Outcome.VERIFIED


def test_without_a_creator_the_keys_the_profile_lists_are_tried(tmp_path, rsa_key):
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    old_url, key_url = "https://uni.example/old-key.json", "https://uni.example/key.json"
    docs = {old_url: {"id": old_url, "type": "CryptographicKey", "owner": UNI, "publicKeyPem": _pem(other)},
            key_url: {"id": key_url, "type": "CryptographicKey", "owner": UNI, "publicKeyPem": _pem(rsa_key)},
            UNI: uni_profile(publicKey=[old_url, key_url])}
    assertion = _signed_assertion(key_url, {"id": UNI})
    del assertion["verification"]["creator"]
    token = _sign(rsa_key, assertion)
    report = verifier(tmp_path, docs).verify_credential(token, signed_form=SignedForm.OB2_SIGNED)
    assert report.outcome is Outcome.VERIFIED, report.to_dict()
    assert report.check(CheckName.SIGNATURE).details["method"] == key_url
    forged = verifier(tmp_path / "f", {**docs, UNI: uni_profile(publicKey=[old_url])})
    assert forged.verify_credential(_sign(rsa_key, assertion),
                                    signed_form=SignedForm.OB2_SIGNED).check(CheckName.SIGNATURE).status \
        is CheckStatus.FAILED  # computed with every key the issuer lists: none matches
    offline = verifier(tmp_path / "o", {UNI: uni_profile(publicKey=[old_url, key_url])})
    report = offline.verify_credential(_sign(rsa_key, assertion), signed_form=SignedForm.OB2_SIGNED)
    assert report.check(CheckName.SIGNATURE).status is CheckStatus.UNKNOWN


def test_an_unreadable_key_document_leaves_the_signature_unknown(tmp_path, rsa_key):
    key_url = "https://uni.example/key.json"
    docs = {key_url: {"id": key_url, "type": "CryptographicKey", "owner": UNI, "publicKeyPem": "not a key"},
            UNI: uni_profile()}
    token = _sign(rsa_key, _signed_assertion(key_url, {"id": UNI}))
    signature = verifier(tmp_path, docs).verify_credential(token).check(CheckName.SIGNATURE)
    assert signature.status is CheckStatus.UNKNOWN and signature.message == "signature.key_unavailable"


def test_signed_owner_profile_offline_is_unknown(tmp_path, rsa_key):
    key_url = "https://uni.example/key.json"
    key_doc = {"@context": OB2, "id": key_url, "type": "CryptographicKey", "owner": UNI,
               "publicKeyPem": _pem(rsa_key)}
    token = _sign(rsa_key, _signed_assertion(key_url, {"id": UNI, "name": "Université Exemple"}))
    report = verifier(tmp_path, {key_url: key_doc}, trust=[(UNI, "U")]).verify_credential(
        token, signed_form=SignedForm.OB2_SIGNED)
    assert report.check(CheckName.ISSUER_KEY).message == "issuer_key.unavailable"
    assert report.check(CheckName.ISSUER_KEY).status is CheckStatus.UNKNOWN
    assert report.check(CheckName.ISSUER_TRUST).message == "issuer_trust.unproven"
    assert report.outcome is Outcome.UNKNOWN


def test_signed_badge_unreachable_leaves_the_issuer_unknown(tmp_path, rsa_key):
    key_url = "https://uni.example/key.json"
    key_doc = {"@context": OB2, "id": key_url, "type": "CryptographicKey", "owner": UNI,
               "publicKeyPem": _pem(rsa_key)}
    assertion = {**_signed_assertion(key_url, {"id": UNI}), "badge": UNI_BADGE}
    token = _sign(rsa_key, assertion)
    report = verifier(tmp_path, {key_url: key_doc, UNI: uni_profile()}).verify_credential(token)
    assert report.check(CheckName.SIGNATURE).status is CheckStatus.OK
    assert report.check(CheckName.ISSUER_KEY).message == "issuer_key.unavailable"
    assert report.outcome is Outcome.UNKNOWN


def test_a_key_that_cannot_be_downloaded_over_https_leaves_the_signature_unknown(tmp_path, rsa_key):
    token = _sign(rsa_key, _signed_assertion("http://uni.example/key.json", {"id": UNI}))
    report = verifier(tmp_path, {UNI: uni_profile()}).verify_credential(token, signed_form=SignedForm.OB2_SIGNED)
    assert report.check(CheckName.SIGNATURE).status is CheckStatus.UNKNOWN
    assert report.outcome is not Outcome.FAILED


def test_signed_revocation_list_comes_from_the_owner_profile(tmp_path, rsa_key):
    key_url = "https://uni.example/key.json"
    key_doc = {"@context": OB2, "id": key_url, "type": "CryptographicKey", "owner": UNI,
               "publicKeyPem": _pem(rsa_key)}
    assertion = _signed_assertion(key_url, {"id": UNI, "revocationList": EVIL_LIST})
    docs = {key_url: key_doc, UNI: uni_profile(revocationList=UNI_LIST),
            EVIL_LIST: {"id": EVIL_LIST, "revokedAssertions": []},
            UNI_LIST: {"id": UNI_LIST, "revokedAssertions": [assertion["id"]]}}
    assert verifier(tmp_path, docs).verify_credential(_sign(rsa_key, assertion)).outcome is Outcome.REVOKED


def test_a_signed_assertion_without_an_id_is_never_reported_not_revoked(tmp_path, rsa_key):
    key_url = "https://uni.example/key.json"
    key_doc = {"@context": OB2, "id": key_url, "type": "CryptographicKey", "owner": UNI,
               "publicKeyPem": _pem(rsa_key)}
    assertion = {k: v for k, v in _signed_assertion(key_url, {"id": UNI}).items() if k != "id"}
    docs = {key_url: key_doc, UNI: uni_profile(revocationList=UNI_LIST),
            UNI_LIST: {"id": UNI_LIST, "revokedAssertions": []}}
    status = verifier(tmp_path, docs).verify_credential(_sign(rsa_key, assertion),
                                                        signed_form=SignedForm.OB2_SIGNED).check(CheckName.STATUS)
    assert status.status is CheckStatus.UNKNOWN and status.message == "revocation.no_id"


# -- trust applies only to a proven id, for every format -----------------------------------------------
def test_trust_list_does_not_apply_to_an_unproven_did_web_issuer(tmp_path):
    from tests.conftest import corpus_dir
    path = corpus_dir() / "public/vc-test-fixtures/verifiableCredentials/v2/ed25519/didWeb"
    path = path / "oidf-noStatus-notExpired.json"
    credential = json.loads(path.read_text())
    issuer = credential["issuer"]["id"] if isinstance(credential["issuer"], dict) else credential["issuer"]
    report = verifier(tmp_path, {}, trust=[(issuer, "OIDF")]).verify_credential(credential)
    assert report.check(CheckName.SIGNATURE).status is not CheckStatus.OK
    assert report.check(CheckName.ISSUER_TRUST).message == "issuer_trust.unproven"


# -- OB 2.0 dates are checked by verify ------------------------------------------------------------------
def test_ob2_expiry_is_checked_even_when_the_issuer_cannot_be_reached(tmp_path):
    assertion = {**spoofed_assertion(), "expires": "2022-11-15T00:00:00Z",
                 "badge": "https://uni.example/badges/unreachable.json"}
    report = verifier(tmp_path, {}).verify_credential(assertion)
    expiry = report.check(CheckName.EXPIRY)
    assert expiry.status is CheckStatus.FAILED and expiry.params["date"] == "2022-11-15"
    assert report.check(CheckName.NOT_BEFORE).params["date"] == "2026-01-01"
    assert report.check(CheckName.ISSUER_KEY).message == "issuer_key.unavailable"
    assert not report.passed


def test_ob2_dates_may_be_unix_timestamps(tmp_path):
    url = "https://uni.example/assertions/2"
    assertion = {**spoofed_assertion(), "id": url, "issuedOn": 1767225600, "expires": 1668470400,
                 "badge": {"type": "BadgeClass", "name": "Robotics", "issuer": UNI}}
    report = verifier(tmp_path, {url: assertion, UNI: uni_profile()}).verify_credential(assertion)
    assert report.check(CheckName.FORMAT).status is CheckStatus.OK, report.to_dict()
    assert report.check(CheckName.EXPIRY).params["date"] == "2022-11-15"
    assert report.outcome is Outcome.EXPIRED
