"""ecdsa-sd-2023 **base** proofs checked by their holder: the W3C vc-di-ecdsa vectors (``add*`` files, copied in
../shared/tools/verifier-peer/vectors, see its ORIGIN.md) reproduced step by step — the proof value's parts, the
HMAC-labelled canonical N-Quads, the mandatory / non-mandatory split, the hashes — then the signed base documents
verified, and every kind of change caught: a mandatory or a non-mandatory value, an added statement, a removed
mandatory field, a wrong HMAC key, a broken proof value. A P-384 issuer's base proof (Satchel's own, see
test_ecdsa_sd_p384.py) goes through the whole engine. Peer-issued base proofs: tests/cli/test_ecdsa_sd_interop.py."""

from __future__ import annotations

import base64
import copy

import cbor2
import pytest

from satchel.crypto import multibase_b58
from satchel.model import CheckStatus, Outcome
from satchel.vc.did import DidResolver
from satchel.vc.proofs import document_for_proof, verify_proofs
from satchel.vc.suites.ecdsa_sd import ECDSA_SD_2023
from satchel.vc.suites.ecdsa_sd_base import base_groups
from satchel.vc.suites.ecdsa_sd_values import BASE_HEADER, parse_base
from tests.vc.corpus_helpers import make_verifier

from .test_ecdsa_sd_p384 import CREDENTIAL, base_proof
from .test_ecdsa_sd_vectors import SETS, VECTORS, load
from .test_ecdsa_sd_vectors import loader as loader  # the fixture (citizenship context), shared


def _base(name: str) -> dict:
    return load(VECTORS / "ecdsa-sd-2023" / name / "addSignedSDBase.json")


def _codes(document: dict, loader) -> list[str | None]:
    return [r.code for r in verify_proofs(document, resolver=DidResolver(), loader=loader)]


def _with_value(document: dict, items: list) -> dict:
    changed = copy.deepcopy(document)
    raw = BASE_HEADER + cbor2.dumps(items)
    changed["proof"]["proofValue"] = "u" + base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
    return changed


@pytest.mark.parametrize("name", SETS)
def test_the_base_proof_value_decodes_to_the_vector_components(name):
    folder = VECTORS / "ecdsa-sd-2023" / name
    base = parse_base(_base(name)["proof"]["proofValue"])
    expected = load(folder / "addRawBaseSignatureInfo.json")
    assert base.base_signature.hex() == expected["baseSignature"]
    assert multibase_b58(base.public_key) == expected["publicKey"]
    assert [s.hex() for s in base.signatures] == expected["signatures"]
    assert list(base.mandatory_pointers) == expected["mandatoryPointers"]
    assert base.hmac_key.hex() == load(folder / "addBaseTransform.json")["hmacKeyString"].lower()


@pytest.mark.parametrize("name", SETS)
def test_the_base_transformation_and_hashes_are_reproduced_step_by_step(name, loader):
    folder = VECTORS / "ecdsa-sd-2023" / name
    document = _base(name)
    proof = document["proof"]
    unsecured = document_for_proof(document, proof, [proof])
    groups = base_groups(unsecured, parse_base(proof["proofValue"]), loader)
    assert list(groups.nquads) == load(folder / "addBaseDocHMACCanon.json")
    transform = load(folder / "addBaseTransform.json")
    assert list(groups.mandatory) == [q for _, q in transform["mandatory"]["value"]]
    assert list(groups.non_mandatory) == [q for _, q in transform["nonMandatory"]["value"]]
    data = ECDSA_SD_2023.base_verify_data(unsecured, proof, "P-256", loader)
    hashes = load(folder / "addHashData.json")
    assert data.proof_hash.hex() == hashes["proofHash"]
    assert data.mandatory_hash.hex() == hashes["mandatoryHash"]


@pytest.mark.parametrize("name", SETS)
def test_the_signed_base_documents_verify(name, loader):
    results = verify_proofs(_base(name), resolver=DidResolver(), loader=loader)
    assert [(r.ok, r.disclosure) for r in results] == [(True, "base")], [r.reason for r in results]


def _subject_text_key(document: dict) -> str:
    subject = document["credentialSubject"]
    return next(k for k, v in subject.items() if isinstance(v, str) and k not in ("id", "type"))


@pytest.mark.parametrize("name", SETS)
def test_a_changed_or_added_value_is_a_signature_that_does_not_match(name, loader):
    document = _base(name)
    key = _subject_text_key(document)
    changed = copy.deepcopy(document)
    changed["credentialSubject"][key] += "x"  # a non-mandatory statement: its ephemeral signature fails
    assert _codes(changed, loader) == ["invalid_signature"]
    added = copy.deepcopy(document)
    added["description"] = added.get("description", "") + " (edited)"
    added["name"] = "Another name"
    assert _codes(added, loader) == ["invalid_signature"]
    extra = copy.deepcopy(document)
    extra["credentialSubject"]["nickname"] = "JJ"  # a statement the issuer never signed
    extra["@context"] = [*extra["@context"], {"nickname": "https://example.org/vocab#nickname"}]
    assert _codes(extra, loader) == ["invalid_signature"]


def test_a_changed_mandatory_value_fails_the_issuers_base_signature(loader):
    document = _base("employ")  # mandatory: /issuer
    document["issuer"]["image"] = "data:image/png;base64,AAAA"
    assert _codes(document, loader) == ["invalid_signature"]


def test_a_removed_mandatory_field_is_a_malformed_proof_named(loader):
    document = _base("employ")
    del document["issuer"]
    results = verify_proofs(document, resolver=DidResolver(), loader=loader)
    assert [r.code for r in results] == ["malformed_proof"]
    assert "'/issuer' names nothing" in results[0].reason


def test_another_hmac_key_or_dropped_signature_does_not_verify(loader):
    document = _base("prc")
    base = parse_base(document["proof"]["proofValue"])
    parts = [base.base_signature, base.public_key, base.hmac_key, list(base.signatures),
             list(base.mandatory_pointers)]
    other_key = _with_value(document, [*parts[:2], bytes(32), *parts[3:]])
    assert _codes(other_key, loader) == ["invalid_signature"]
    one_less = _with_value(document, [*parts[:3], parts[3][:-1], parts[4]])
    assert _codes(one_less, loader) == ["invalid_signature"]
    fewer_mandatory = _with_value(document, [*parts[:4], []])  # the mandatory hash changes
    assert _codes(fewer_mandatory, loader) == ["invalid_signature"]


@pytest.mark.parametrize("items", [
    [b"sig", b"\x80\x24" + b"\x02" * 33],  # two parts instead of five
    [b"sig", b"\x80\x24" + b"\x02" * 33, b"k", [b"s"], ["/issuer", 7]],  # a pointer that is not text
    [b"sig", b"\xed\x01" + b"\x00" * 32, b"k", [b"s"], ["/issuer"]],  # an Ed25519 "ephemeral" key
])
def test_a_base_proof_value_without_its_parts_is_malformed_not_failed(items, loader):
    assert _codes(_with_value(_base("employ"), items), loader) == ["malformed_proof"]


def test_a_p384_base_proof_verifies_in_the_engine_and_a_change_is_not_authentic(tmp_path):
    from satchel.vc.jsonld import OfflineLoader
    signed = base_proof(CREDENTIAL, ["/issuer", "/validFrom"], OfflineLoader())
    report = make_verifier(tmp_path).verify_credential(signed)
    checks = {c.name.value: c for c in report.checks}
    assert report.outcome is Outcome.VERIFIED, report.to_dict()
    assert checks["signature"].message == "signature.ok_base" and checks["issuer_key"].status is CheckStatus.OK
    changed = copy.deepcopy(signed)
    changed["credentialSubject"]["achievement"]["description"] = "Writes data."
    report = make_verifier(tmp_path).verify_credential(changed)
    assert report.outcome is Outcome.FAILED
    assert {c.name.value: c.status for c in report.checks}["signature"] is CheckStatus.FAILED
    moved = copy.deepcopy(signed)
    moved["validFrom"] = "2025-06-01T00:00:00Z"  # mandatory: the P-384 base signature does not match
    assert make_verifier(tmp_path).verify_credential(moved).outcome is Outcome.FAILED
