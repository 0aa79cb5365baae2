"""Signing: the holder's presentations verify (v2 eddsa-rdfc-2022, v1 Ed25519Signature2020), and the
W3C proof set / chain vectors are re-signed byte for byte with their published keys."""

from __future__ import annotations

import pytest

from satchel import crypto
from satchel.errors import InvalidKey, UsageError
from satchel.vc.proofs import document_for_proof, verify_proofs
from satchel.vc.signing import sign
from satchel.vc.suites import BY_NAME

from .conftest import PEER, PUBLIC, load_json

CHALLENGE, DOMAIN, CREATED = "c-123", "verifier.example.org", "2026-11-25T08:00:00Z"
SET_CHAIN = PUBLIC / "vc-di-eddsa/TestVectors/proof-set-chain"


def holder() -> tuple[bytes, str, str]:
    secret, multikey = crypto.generate_ed25519()
    did = crypto.did_key_for(multikey)
    return secret, did, f"{did}#{multikey}"


def presentation(did: str, version: int) -> dict:
    if version == 2:
        credentials = [load_json(PEER / "cred-valid-eddsa-rdfc-2022-ob3.json"),
                       load_json(PEER / "cred-valid-ecdsa-rdfc-2019-p256-ob3.json")]
        context = "https://www.w3.org/ns/credentials/v2"
    else:
        credentials = [load_json(PEER / "cred-valid-ed25519signature2020-v1-ob3.json")]
        context = "https://www.w3.org/2018/credentials/v1"
    return {"@context": [context], "type": ["VerifiablePresentation"], "holder": did,
            "verifiableCredential": credentials}


@pytest.mark.parametrize("version,suite", [(2, "eddsa-rdfc-2022"), (1, "Ed25519Signature2020")])
def test_sign_then_verify_presentations(version, suite, loader, resolver):
    secret, did, vm = holder()
    vp = presentation(did, version)
    signed = sign(vp, secret_key=secret, verification_method=vm, purpose="authentication", suite=suite,
                  challenge=CHALLENGE, domain=DOMAIN, created=CREATED)
    assert "proof" not in vp  # the input is left alone
    (result,) = verify_proofs(signed, resolver=resolver, loader=loader)
    assert result.ok, result.reason
    assert (result.proof_type, result.cryptosuite) == (
        ("DataIntegrityProof", "eddsa-rdfc-2022") if version == 2 else ("Ed25519Signature2020", None))
    assert (result.controller, result.purpose, result.challenge, result.domain, result.created) == (
        did, "authentication", CHALLENGE, DOMAIN, CREATED)
    has_suite_context = "https://w3id.org/security/suites/ed25519-2020/v1" in signed["@context"]
    assert has_suite_context is (version == 1)
    signed["holder"] = "did:example:someone-else"
    assert [r.code for r in verify_proofs(signed, resolver=resolver, loader=loader)] == ["invalid_signature"]


def test_eddsa_on_a_v1_document_adds_the_data_integrity_context(loader, resolver):
    secret, did, vm = holder()
    signed = sign(presentation(did, 1), secret_key=secret, verification_method=vm, purpose="authentication",
                  created=CREATED)
    assert signed["@context"][-1] == "https://w3id.org/security/data-integrity/v2"
    assert verify_proofs(signed, resolver=resolver, loader=loader)[0].ok


def test_signing_again_makes_a_proof_set(loader, resolver):
    secret, did, vm = holder()
    other_secret, _, other_vm = holder()
    once = sign(presentation(did, 2), secret_key=secret, verification_method=vm, purpose="authentication",
                created=CREATED)
    twice = sign(once, secret_key=other_secret, verification_method=other_vm, purpose="assertionMethod",
                 created=CREATED)
    results = verify_proofs(twice, resolver=resolver, loader=loader)
    assert len(results) == 2 and all(r.ok for r in results)


def test_secret_of_another_key_is_refused():
    secret, _, _ = holder()
    _, _, someone_elses_vm = holder()
    with pytest.raises(InvalidKey):
        sign(presentation("did:example:h", 2), secret_key=secret, verification_method=someone_elses_vm,
             purpose="authentication", created=CREATED)


def test_only_ed25519_holder_suites_are_offered():
    secret, did, vm = holder()
    with pytest.raises(UsageError):
        sign(presentation(did, 2), secret_key=secret, verification_method=vm, purpose="authentication",
             suite="ecdsa-rdfc-2019", created=CREATED)


def test_unsafe_documents_are_not_signed():
    from satchel.errors import UnsafeDocument

    secret, did, vm = holder()
    vp = presentation(did, 1)
    vp["nickname"] = "undefined in v1"
    with pytest.raises(UnsafeDocument):
        sign(vp, secret_key=secret, verification_method=vm, purpose="authentication",
             suite="Ed25519Signature2020", created=CREATED)


def _secrets() -> dict[str, bytes]:
    pairs = load_json(SET_CHAIN / "multiKeyPairs.json").values()
    return {p["publicKeyMultibase"]: crypto.decode_secret_multikey(p["privateKeyMultibase"])[1] for p in pairs}


@pytest.mark.parametrize("name", ["signedProofSet2.json", "signedProofChain2.json"])
def test_proof_sets_and_chains_are_resigned_byte_for_byte(name, loader):
    document = load_json(SET_CHAIN / name)
    secrets = _secrets()
    for proof in document["proof"]:
        unsecured = document_for_proof(document, proof, document["proof"])
        secret = secrets[proof["verificationMethod"].split("#")[1]]
        assert BY_NAME["eddsa-rdfc-2022"].sign(unsecured, proof, secret, "Ed25519", loader) == proof["proofValue"]


def test_chain_temporary_document_matches_the_vector():
    document = load_json(SET_CHAIN / "signedProofChain2.json")
    last = document["proof"][-1]
    assert document_for_proof(document, last, document["proof"]) == load_json(SET_CHAIN / "proofChainTempDoc2.json")


def test_chain_to_a_missing_proof_fails(loader, resolver):
    document = load_json(SET_CHAIN / "signedProofChain2.json")
    document["proof"] = [document["proof"][-1]]
    (result,) = verify_proofs(document, resolver=resolver, loader=loader)
    assert result.code == "missing_previous_proof"


def test_one_bad_proof_in_a_set_is_reported(loader, resolver):
    document = load_json(SET_CHAIN / "signedProofSet2.json")
    document["proof"][1]["proofValue"] = document["proof"][0]["proofValue"]
    assert [r.ok for r in verify_proofs(document, resolver=resolver, loader=loader)] == [True, False]
