"""Issue 9 §5: credentials carried inside presentations as JWTs (VC 1.1 strings, VC 2.0
``EnvelopedVerifiableCredential``) are verified as the credentials they carry, and every credential in a
presentation gets a named holder-binding check."""

from __future__ import annotations

import copy
import json

from satchel.crypto import decode_secret_multikey
from satchel.model import CheckName, CheckStatus, Outcome
from satchel.vc import signing
from tests.conftest import corpus_dir
from tests.vc.corpus_helpers import load, make_verifier
from tests.vc.test_presentation_jwt import vp_jwt

PEER, EXTRA = corpus_dir() / "peer", corpus_dir() / "extra"
HOLDER = load(PEER / "keys" / "holder-ed25519.json")
ISSUER = load(PEER / "keys" / "issuer-ed25519.json")
OTHER = load(PEER / "keys" / "other-ed25519.json")
JWT = (EXTRA / "vcjwt-valid-eddsa.jwt").read_text().strip()  # subject did:example:ed0f9dc0871c
V1, V2 = "https://www.w3.org/2018/credentials/v1", "https://www.w3.org/ns/credentials/v2"


def _secret(key):
    return decode_secret_multikey(key["secretKeyMultibase"])[1]


def signed_vp(credentials, *, key=HOLDER, v2=True, extra_keys=()):
    vp = {"@context": [V2 if v2 else V1], "type": ["VerifiablePresentation"], "holder": key["did"],
          "verifiableCredential": credentials}
    suite = "eddsa-rdfc-2022" if v2 else "Ed25519Signature2020"
    for signer in (key, *extra_keys):
        vp = signing.sign(vp, secret_key=_secret(signer), verification_method=signer["id"],
                          purpose="authentication", suite=suite, challenge="c-1", created="2026-11-22T12:00:00Z")
    return vp


def issued_to(subject: dict, name: str = "Teamwork Fundamentals") -> dict:
    doc = load(PEER / "unsigned" / "ob3-v2.json")
    doc["issuer"]["id"] = ISSUER["did"]
    doc["name"] = name
    doc["credentialSubject"] = {**{k: v for k, v in doc["credentialSubject"].items() if k != "id"}, **subject}
    return signing.sign(doc, secret_key=_secret(ISSUER), verification_method=ISSUER["id"],
                        purpose="assertionMethod", suite="eddsa-rdfc-2022", created="2026-11-22T12:00:00Z")


def enveloped(token: str) -> dict:
    return {"@context": [V2], "id": f"data:application/vc+jwt,{token}", "type": "EnvelopedVerifiableCredential"}


def test_an_enveloped_vc_jwt_is_verified_as_the_credential_it_carries(tmp_path):
    report = make_verifier(tmp_path).verify_presentation(signed_vp([enveloped(JWT)]), challenge="c-1")
    child = report.credentials[0]
    assert child.outcome is Outcome.VERIFIED, child.to_dict()
    assert child.title == "Data Literacy (EdDSA)"
    assert child.details["signed_form"] == "vc-jwt"
    assert report.check(CheckName.CREDENTIALS).status is CheckStatus.OK


def test_a_jwt_string_in_a_vc_1_1_presentation_is_verified(tmp_path):
    # VC 1.1 puts JWT strings in VP-JWTs (a JSON-LD proof over a string would be a relative IRI)
    report = make_verifier(tmp_path).verify_presentation(vp_jwt(), challenge="n-123")
    child = report.credentials[0]
    assert child.outcome is Outcome.VERIFIED, child.to_dict()
    assert child.title == "Data Literacy (EdDSA)"
    assert child.check(CheckName.HOLDER_BINDING).message == "holder_binding.other_did"


def test_a_tampered_enveloped_jwt_is_not_authentic_and_its_title_is_never_a_data_url(tmp_path):
    tampered = (EXTRA / "vcjwt-tampered-payload.jwt").read_text().strip()
    report = make_verifier(tmp_path).verify_presentation(signed_vp([enveloped(tampered)]), challenge="c-1")
    child = report.credentials[0]
    assert child.outcome is Outcome.FAILED
    assert not (child.title or "").startswith("data:") and not (child.subject or "").startswith("data:")


def test_an_enveloped_credential_that_is_not_a_data_url_is_refused_in_a_sentence(tmp_path):
    broken = {"@context": [V2], "id": "https://example.org/c/1", "type": "EnvelopedVerifiableCredential"}
    report = make_verifier(tmp_path).verify_presentation(signed_vp([broken]), challenge="c-1")
    child = report.credentials[0]
    assert child.outcome is Outcome.INVALID
    assert "data:" in child.checks[0].params["reason"]


# -- holder binding ---------------------------------------------------------------------------------
def _binding(report, index=0):
    return report.credentials[index].check(CheckName.HOLDER_BINDING)


def test_credential_issued_to_the_holder_is_bound(tmp_path):
    report = make_verifier(tmp_path).verify_presentation(
        signed_vp([issued_to({"id": HOLDER["did"]})]), challenge="c-1")
    binding = _binding(report)
    assert binding.status is CheckStatus.OK and binding.message == "holder_binding.ok"
    assert report.outcome is Outcome.VERIFIED


def test_credential_issued_to_another_did_says_so(tmp_path):
    report = make_verifier(tmp_path).verify_presentation(
        signed_vp([issued_to({"id": OTHER["did"]})]), challenge="c-1")
    binding = _binding(report)
    assert binding.status is CheckStatus.WARNING and binding.message == "holder_binding.other_did"
    assert binding.params["subject"] == OTHER["did"] and binding.details["holder"] == HOLDER["did"]
    assert report.credentials[0].outcome is Outcome.VERIFIED  # the credential itself is genuine


def test_credential_issued_to_an_email_is_a_fact_not_a_forgery(tmp_path):
    report = make_verifier(tmp_path).verify_presentation(
        signed_vp([issued_to({"identifier": [{"type": "IdentityObject", "identityHash": "jane@example.org",
                                              "identityType": "emailAddress", "hashed": False}]})]),
        challenge="c-1")
    binding = _binding(report)
    assert binding.status is CheckStatus.WARNING and binding.message == "holder_binding.not_did"
    assert binding.params["subject"] == "jane@example.org"
    assert report.credentials[0].outcome is Outcome.VERIFIED


def test_credential_issued_to_an_identifier_the_holder_also_proved_is_bound(tmp_path):
    credential = issued_to({"id": OTHER["did"]})
    report = make_verifier(tmp_path).verify_presentation(signed_vp([credential], extra_keys=(OTHER,)),
                                                         challenge="c-1")
    assert report.check(CheckName.HOLDER).status is CheckStatus.OK
    assert _binding(report).status is CheckStatus.OK


def test_jwt_credential_bound_through_its_sub_claim(tmp_path):
    # vcjwt-valid-eddsa is issued to did:example:ed0f9dc0871c (its sub claim), not to the holder
    report = make_verifier(tmp_path).verify_presentation(signed_vp([enveloped(JWT)]), challenge="c-1")
    binding = _binding(report)
    assert binding.message == "holder_binding.other_did"
    assert binding.params["subject"] == "did:example:ed0f9dc0871c"


def test_without_a_proven_holder_nothing_is_bound(tmp_path):
    vp = signed_vp([issued_to({"id": HOLDER["did"]})])
    unsigned = copy.deepcopy(vp)
    unsigned.pop("proof")
    report = make_verifier(tmp_path).verify_presentation(unsigned, unsigned_ok=True)
    binding = _binding(report)
    assert binding.status is CheckStatus.WARNING and binding.message == "holder_binding.holder_unproven"


def test_a_credential_verified_alone_has_no_holder_binding_check(tmp_path):
    report = make_verifier(tmp_path).verify_credential(json.dumps(issued_to({"id": HOLDER["did"]})))
    assert report.check(CheckName.HOLDER_BINDING) is None


def test_an_enveloped_json_credential_is_verified_too(tmp_path):
    from urllib.parse import quote
    credential = issued_to({"id": HOLDER["did"]}, name="Enveloped JSON")
    envelope = {"@context": [V2], "type": "EnvelopedVerifiableCredential",
                "id": "data:application/vc+ld+json," + quote(json.dumps(credential))}
    report = make_verifier(tmp_path).verify_presentation(signed_vp([envelope]), challenge="c-1")
    child = report.credentials[0]
    assert child.outcome is Outcome.VERIFIED and child.title == "Enveloped JSON", child.to_dict()
    assert _binding(report).status is CheckStatus.OK
