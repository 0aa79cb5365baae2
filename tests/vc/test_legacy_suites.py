"""Issue 9 §4: the suites found in real credentials, checked on published credentials (JFF plugfest
badges, tests/vc/vectors/jff-plugfest/SOURCE.md) and on tokens signed by the JS ``jose`` library."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from satchel.clock import FixedClock
from satchel.i18n import render_check
from satchel.model import CheckName, CheckStatus, Outcome
from satchel.vc.cache import DocumentCache
from satchel.vc.documents import DocumentSource
from satchel.vc.engine import Verifier
from tests.vc.corpus_helpers import DEFAULT_NOW, make_verifier

VECTORS = Path(__file__).parent / "vectors"
PLUGFEST = VECTORS / "jff-plugfest"
N, S = CheckName, CheckStatus
BADGES = {
    "plugfest-1-2022_plugfest-1-ex-1.json": "Ed25519Signature2018",
    "plugfest-1-2022_plugfest-1-ex-2.json": "Ed25519Signature2018",
    "plugfest-3-2023_signed_badge_example-p3.json": "Ed25519Signature2018",
    "plugfest-2-2022_signed_badge_example-p2.json": "Ed25519Signature2020",
}


def _badge(name: str) -> dict:
    return json.loads((PLUGFEST / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(("name", "suite"), BADGES.items())
def test_real_plugfest_badges_verify(tmp_path, name, suite):
    report = make_verifier(tmp_path).verify_credential(_badge(name))
    assert report.outcome is Outcome.VERIFIED, report.to_dict()
    assert report.check(N.SIGNATURE).params["suite"] == suite
    assert report.check(N.ISSUER_KEY).status is S.OK


@pytest.mark.parametrize("name", [n for n, s in BADGES.items() if s == "Ed25519Signature2018"])
def test_a_changed_2018_badge_fails_its_signature(tmp_path, name):
    badge = _badge(name)
    badge["credentialSubject"]["achievement"]["name"] = "Something else"
    report = make_verifier(tmp_path).verify_credential(badge)
    assert report.check(N.SIGNATURE).message == "signature.failed" and report.outcome is Outcome.FAILED


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@pytest.mark.parametrize("header", [
    {"alg": "EdDSA"},  # an encoded payload: not the detached unencoded form
    {"alg": "EdDSA", "b64": False},  # b64 without crit (RFC 7797 requires it)
    {"alg": "ES256", "b64": False, "crit": ["b64"]},  # not this suite's algorithm
])
def test_a_2018_proof_whose_jws_is_not_detached_unencoded_is_malformed(tmp_path, header):
    badge = _badge("plugfest-1-2022_plugfest-1-ex-1.json")
    signature = badge["proof"]["jws"].split(".")[2]
    badge["proof"]["jws"] = f"{_b64(json.dumps(header).encode())}..{signature}"
    report = make_verifier(tmp_path).verify_credential(badge)
    assert report.check(N.FORMAT).message == "format.bad_proof" and report.outcome is Outcome.INVALID
    assert "detached" in render_check(report.check(N.FORMAT))


def test_eddsa_2022_the_pre_standard_name_verifies(tmp_path):
    """Signed by the JS @digitalbazaar/eddsa-2022-cryptosuite 1.0.0 (vectors/js-stack/make-eddsa-2022.mjs)."""
    credential = json.loads((VECTORS / "js-stack" / "eddsa-2022-ob3.json").read_text(encoding="utf-8"))
    assert credential["proof"]["cryptosuite"] == "eddsa-2022"
    report = make_verifier(tmp_path).verify_credential(credential)
    assert report.outcome is Outcome.VERIFIED and report.check(N.SIGNATURE).params["suite"] == "eddsa-2022"
    credential["name"] = "Something else"
    changed = make_verifier(tmp_path).verify_credential(credential)
    assert changed.check(N.SIGNATURE).message == "signature.failed"


JOSE = VECTORS / "jose"


def _token(name: str) -> str:
    return (JOSE / name).read_text(encoding="ascii").strip()


def test_es256k_vc_jwt_verifies(tmp_path):
    """secp256k1 key in a did:jwk, signed by Node's crypto (vectors/jose/make-tokens.mjs)."""
    report = make_verifier(tmp_path).verify_credential(_token("vcjwt-valid-es256k.jwt"))
    assert report.outcome is Outcome.VERIFIED, report.to_dict()
    assert report.check(N.SIGNATURE).params["suite"] == "JWS ES256K"


def test_es256k_with_a_changed_payload_fails(tmp_path):
    head, payload, signature = _token("vcjwt-valid-es256k.jwt").split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    claims["vc"]["name"] = "Something else"
    forged = f"{head}.{_b64(json.dumps(claims).encode())}.{signature}"
    report = make_verifier(tmp_path).verify_credential(forged)
    assert report.check(N.SIGNATURE).message == "signature.failed" and report.outcome is Outcome.FAILED


def test_es256k_header_with_another_key_type_is_refused(tmp_path):
    head, payload, signature = _token("vcjwt-valid-es256k.jwt").split(".")
    header = json.loads(base64.urlsafe_b64decode(head + "=="))
    forged = f"{_b64(json.dumps({**header, 'alg': 'ES256'}).encode())}.{payload}.{signature}"
    report = make_verifier(tmp_path).verify_credential(forged)
    assert report.check(N.FORMAT).message == "format.bad_alg" and report.outcome is Outcome.INVALID


@pytest.mark.parametrize("name", ["vcjwt-jwk-header-only-eddsa.jwt", "vcjwt-jwk-header-only-es256k.jwt"])
def test_a_key_in_the_tokens_own_header_proves_integrity_not_the_issuer(tmp_path, name):
    fetches = []

    class Recording:
        def get(self, url, **kwargs):
            fetches.append(url)
            raise AssertionError("nothing should be downloaded")

    report = _verifier_with_fetcher(tmp_path, Recording()).verify_credential(_token(name))
    assert report.check(N.SIGNATURE).status is S.OK  # the token was not changed since that key signed it
    issuer_key = report.check(N.ISSUER_KEY)
    assert issuer_key.status is S.UNKNOWN and issuer_key.message == "issuer_key.self_asserted"
    assert "self-asserted key" in render_check(issuer_key) and "downloaded" not in render_check(issuer_key)
    assert "auto-déclarée" in render_check(issuer_key, "fr")
    assert report.outcome is Outcome.UNKNOWN and fetches == []


def test_a_changed_token_signed_by_its_header_key_fails(tmp_path):
    head, payload, signature = _token("vcjwt-jwk-header-only-eddsa.jwt").split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    claims["vc"]["name"] = "Something else"
    forged = f"{head}.{_b64(json.dumps(claims).encode())}.{signature}"
    report = make_verifier(tmp_path).verify_credential(forged)
    assert report.check(N.SIGNATURE).message == "signature.failed" and report.outcome is Outcome.FAILED


def _verifier_with_fetcher(tmp_path, fetcher):
    clock = FixedClock(DEFAULT_NOW)
    return Verifier(clock=clock, source=DocumentSource(DocumentCache(tmp_path, clock), fetcher, clock))


def test_ecdsa_secp256k1_signature_2019_verifies_and_a_change_fails(tmp_path):
    """Made with jsonld.js + Node's crypto (vectors/js-stack/make-secp256k1-2019.mjs)."""
    credential = json.loads((VECTORS / "js-stack" / "secp256k1-2019-vc.json").read_text(encoding="utf-8"))
    report = make_verifier(tmp_path).verify_credential(credential)
    assert report.outcome is Outcome.VERIFIED, report.to_dict()
    assert report.check(N.SIGNATURE).params["suite"] == "EcdsaSecp256k1Signature2019"
    credential["credentialSubject"]["degree"]["name"] = "Master of Arts"
    changed = make_verifier(tmp_path).verify_credential(credential)
    assert changed.check(N.SIGNATURE).message == "signature.failed" and changed.outcome is Outcome.FAILED


def test_a_secp256k1_2019_proof_from_an_unresolvable_did_is_unknown_not_failed(tmp_path):
    """What most such credentials in the wild look like (did:ethr, did:ion): nothing can be computed."""
    credential = json.loads((VECTORS / "js-stack" / "secp256k1-2019-vc.json").read_text(encoding="utf-8"))
    method = "did:ethr:0xee09654eedaa79429f8d216fa51a129db0f72250#controller"
    credential["proof"]["verificationMethod"] = method
    report = make_verifier(tmp_path).verify_credential(credential)
    assert report.check(N.SIGNATURE).message == "signature.key_unresolved"
    assert report.outcome is Outcome.UNKNOWN


CREDO = VECTORS / "credo"


def _credo(name: str) -> dict:
    return json.loads((CREDO / name).read_text(encoding="utf-8"))


def test_credo_ed25519_2018_fixtures_give_credos_verdicts(tmp_path):
    """A second implementation (Credo, W3C examples/v1 vocabulary): its valid and its bad fixture."""
    assert make_verifier(tmp_path).verify_credential(_credo("ed25519-2018-signed.json")).outcome is Outcome.VERIFIED
    bad = make_verifier(tmp_path).verify_credential(_credo("ed25519-2018-bad-signed.json"))
    assert bad.check(N.SIGNATURE).message == "signature.failed" and bad.outcome is Outcome.FAILED


def test_a_credo_presentation_signed_with_ed25519_2018_proves_its_holder(tmp_path):
    report = make_verifier(tmp_path).verify_presentation(
        _credo("ed25519-2018-vp-signed.json"), challenge="7bf32d0b-39d4-41f3-96b6-45de52988e4c")
    assert report.check(N.HOLDER).status is S.OK and report.check(N.CHALLENGE).status is S.OK
    assert report.outcome is Outcome.VERIFIED
    other = make_verifier(tmp_path).verify_presentation(_credo("ed25519-2018-vp-signed.json"), challenge="mine")
    assert other.check(N.CHALLENGE).status is S.FAILED and other.outcome is Outcome.INVALID
