"""VP-JWT presentations: the holder's key signs, ``nonce`` answers the challenge, ``aud`` names the domain."""

from __future__ import annotations

import base64
import json

import pytest

from satchel.crypto import decode_secret_multikey, sign_ed25519
from satchel.i18n import render_check
from satchel.model import CheckName, CheckStatus, Outcome
from tests.conftest import corpus_dir
from tests.vc.corpus_helpers import load, make_verifier

PEER, EXTRA = corpus_dir() / "peer", corpus_dir() / "extra"
HOLDER = load(PEER / "keys" / "holder-ed25519.json")
OTHER = load(PEER / "keys" / "other-ed25519.json")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def vp_jwt(signing_key=HOLDER, *, iss=None, nonce="n-123", aud="verifier.example.org", alg="EdDSA"):
    credential = (EXTRA / "vcjwt-valid-eddsa.jwt").read_text().strip()
    holder = iss or HOLDER["did"]
    payload = {"iss": holder, "nonce": nonce, "aud": aud,
               "vp": {"@context": ["https://www.w3.org/2018/credentials/v1"], "type": ["VerifiablePresentation"],
                      "verifiableCredential": [credential]}}
    header = {"alg": alg, "kid": signing_key["id"] if "#" in signing_key["id"] else
              f"{signing_key['did']}#{signing_key['publicKeyMultibase']}"}
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(payload).encode())}"
    _, secret = decode_secret_multikey(signing_key["secretKeyMultibase"])
    return f"{signing_input}.{_b64(sign_ed25519(secret, signing_input.encode()))}"


def test_a_holder_signed_vp_jwt_verifies(tmp_path):
    report = make_verifier(tmp_path).verify_presentation(vp_jwt(), challenge="n-123", domain="verifier.example.org")
    assert report.outcome is Outcome.VERIFIED, report.to_dict()
    assert report.holder == HOLDER["did"] and len(report.credentials) == 1
    assert report.credentials[0].outcome is Outcome.VERIFIED


def test_vp_jwt_bound_to_another_request_or_site(tmp_path):
    verifier = make_verifier(tmp_path)
    wrong_nonce = verifier.verify_presentation(vp_jwt(nonce="other"), challenge="n-123")
    assert wrong_nonce.check(CheckName.CHALLENGE).status is CheckStatus.FAILED
    wrong_aud = verifier.verify_presentation(vp_jwt(aud="evil.example.com"), domain="verifier.example.org")
    assert wrong_aud.check(CheckName.DOMAIN).status is CheckStatus.FAILED
    unbound = verifier.verify_presentation(vp_jwt())
    assert unbound.check(CheckName.CHALLENGE).message == "challenge.unbound"


@pytest.mark.parametrize("kwargs,message", [
    ({"signing_key": OTHER}, "holder.not_holder"),  # a valid signature, by someone else
    ({"alg": "ES256"}, "holder.bad_proof"),  # an algorithm the holder's key cannot make: nothing computed
])
def test_vp_jwt_not_from_its_holder(tmp_path, kwargs, message):
    report = make_verifier(tmp_path).verify_presentation(vp_jwt(**kwargs), challenge="n-123")
    assert report.check(CheckName.HOLDER).message == message
    assert report.outcome is Outcome.INVALID


def test_without_a_valid_holder_proof_the_request_and_site_are_unproven_not_another(tmp_path):
    """The nonce and aud of a VP JWT signed by someone else prove nothing: the challenge and domain asked for are
    not met (Invalid), and the sentences say no valid proof carries them, never 'made for another request/site'."""
    report = make_verifier(tmp_path).verify_presentation(vp_jwt(signing_key=OTHER), challenge="n-123",
                                                          domain="verifier.example.org")
    challenge, domain = report.check(CheckName.CHALLENGE), report.check(CheckName.DOMAIN)
    assert (challenge.status, challenge.message) == (CheckStatus.FAILED, "challenge.unproven")
    assert (domain.status, domain.message) == (CheckStatus.FAILED, "domain.unproven")
    assert report.outcome is Outcome.INVALID
    for lang, another in (("en", "another"), ("fr", "autre")):
        sentences = render_check(challenge, lang) + render_check(domain, lang)
        assert another not in sentences and "verifier.example.org" in sentences
