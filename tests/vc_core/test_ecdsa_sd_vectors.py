"""ecdsa-sd-2023 derived proofs: the W3C vc-di-ecdsa vectors (copied in ../shared/tools/verifier-peer/vectors,
see its ORIGIN.md) reproduced step by step — the CBOR proof value (header 0xd9 0x5d 0x01), the HMAC label map
applied to the canonical N-Quads, the mandatory/non-mandatory split, the hashes — and the derived documents
verified; a changed revealed value fails. Base proofs (header 0xd9 0x5d 0x00): tests/vc_core/test_ecdsa_sd_base.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from satchel.crypto import multibase_b58
from satchel.errors import UnknownContext, UsageError
from satchel.vc.did import DidResolver
from satchel.vc.ecdsa_sd_derive import derive, disclosure_data
from satchel.vc.jsonld import OfflineLoader
from satchel.vc.proofs import document_for_proof, verify_proofs
from satchel.vc.suites.ecdsa_sd import (
    ECDSA_SD_2023,
    parse_derived,
    proof_kind,
    relabelled_nquads,
)
from satchel.vc.suites.rdfc import rdfc_transform

from .conftest import corpus_root

VECTORS = corpus_root() / ".." / "tools" / "verifier-peer" / "vectors"
CITIZENSHIP = "https://w3id.org/citizenship/v4rc1"
SETS = ["employ", "prc"]


def load(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def _citizenship(url: str) -> dict:
    if url == CITIZENSHIP:
        return load(VECTORS / "contexts" / "citizenship-v4rc1.jsonld")
    raise UnknownContext(url)


@pytest.fixture(scope="module")
def loader() -> OfflineLoader:
    return OfflineLoader(extra=_citizenship)


@pytest.mark.parametrize("name", SETS)
def test_derived_proof_value_decodes_to_the_vector_components(name):
    folder = VECTORS / "ecdsa-sd-2023" / name
    proof = load(folder / "derivedRevealDocument.json")["proof"]
    assert proof_kind(proof["proofValue"]) == "derived"
    derived = parse_derived(proof["proofValue"])
    expected = load(folder / "verifyDerivedProofValue.json")
    assert derived.base_signature.hex() == expected["baseSignature"]
    assert [s.hex() for s in derived.signatures] == expected["signatures"]
    assert derived.label_map == dict(expected["labelMap"])
    assert list(derived.mandatory_indexes) == expected["mandatoryIndexes"]
    assert multibase_b58(derived.public_key) == expected["publicKey"]


@pytest.mark.parametrize("name", SETS)
def test_verify_data_is_reproduced_step_by_step(name, loader):
    folder = VECTORS / "ecdsa-sd-2023" / name
    document = load(folder / "derivedRevealDocument.json")
    proof = document["proof"]
    unsecured = document_for_proof(document, proof, [proof])
    derived = parse_derived(proof["proofValue"])
    quads = relabelled_nquads(rdfc_transform(unsecured, loader).decode(), derived.label_map)
    assert quads == load(folder / "verifyNQuads.json")
    data = ECDSA_SD_2023.verify_data(unsecured, proof, "P-256", loader)
    expected = load(folder / "verifyCreateVerifyData.json")
    assert data.proof_hash.hex() == expected["proofHash"]
    assert data.mandatory_hash.hex() == expected["mandatoryHash"]
    assert list(data.non_mandatory) == expected["nonMandatory"]


@pytest.mark.parametrize("name", SETS)
def test_the_derived_documents_verify_and_a_changed_value_fails(name, loader):
    document = load(VECTORS / "ecdsa-sd-2023" / name / "derivedRevealDocument.json")
    results = verify_proofs(document, resolver=DidResolver(), loader=loader)
    assert [r.ok for r in results] == [True], [r.reason for r in results]
    subject = document["credentialSubject"]
    key = next(k for k, v in subject.items() if isinstance(v, str) and k not in ("id", "type"))
    subject[key] = subject[key] + "x"
    results = verify_proofs(document, resolver=DidResolver(), loader=loader)
    assert [r.code for r in results] == ["invalid_signature"]


SELECTIVE = {"employ": "inputs-employSelective.json", "prc": "inputs-prCredSelective.json"}


@pytest.mark.parametrize("name", SETS)
def test_derivation_reproduces_the_vectors_step_by_step(name, loader):
    folder = VECTORS / "ecdsa-sd-2023" / name
    base = load(folder / "addSignedSDBase.json")
    reveal = load(VECTORS / "ecdsa-sd-2023" / SELECTIVE[name])
    data = disclosure_data(base, reveal, loader)
    assert list(data.nquads) == load(folder / "addBaseDocHMACCanon.json")  # HMAC relabelling, sorted
    groups = load(folder / "derivedGroupIndexes.json")
    assert sorted(data.mandatory) == groups["mandatoryIndexes"]
    assert sorted(data.selective) == groups["selectiveIndexes"]
    assert sorted(data.combined) == groups["combinedIndexes"]
    assert list(data.mandatory_indexes) == load(folder / "derivedAdjMandatoryIndexes.json")["adjMandatoryIndexes"]
    disclosure = load(folder / "derivedDisclosureData.json")
    assert [s.hex() for s in data.signatures] == disclosure["signatures"]
    derived = derive(base, reveal, loader)
    expected = load(folder / "derivedRevealDocument.json")
    assert derived == expected  # the revealed document and the proof value, byte for byte
    assert derived["proof"]["proofValue"].startswith("u2V0B")  # 0xd9 0x5d 0x01


def test_a_pointer_to_nothing_is_refused(loader):
    base = load(VECTORS / "ecdsa-sd-2023" / "employ" / "addSignedSDBase.json")
    with pytest.raises(UsageError):
        derive(base, ["/credentialSubject/noSuchField"], loader)


def test_a_proof_value_that_is_not_ecdsa_sd_is_a_malformed_proof(loader):
    document = load(VECTORS / "ecdsa-sd-2023" / "employ" / "derivedRevealDocument.json")
    document["proof"]["proofValue"] = "z" + "3" * 80  # multibase, but no ecdsa-sd-2023 header
    results = verify_proofs(document, resolver=DidResolver(), loader=loader)
    assert [r.code for r in results] == ["malformed_proof"]
