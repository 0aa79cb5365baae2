"""The W3C Data Integrity test vectors: every proof-only credential of the corpus manifest, and each
intermediate step (proof options, canonical N-Quads or JCS, hashes, signature) reproduced."""

from __future__ import annotations

from pathlib import Path

import pytest

from satchel import crypto
from satchel.errors import UnknownContext
from satchel.vc.did import DidResolver
from satchel.vc.proofs import verify_proofs
from satchel.vc.suites import find_suite, hash_for_key

from .conftest import PUBLIC, docs_web, load_json, manifest

PROOF_ONLY = [e for e in manifest() if e["kind"] == "credential" and e.get("satchel_expect") == "proof-only"]
# The citizenship/v4rc1 context of the `employ` and ecdsa-sd vectors is in no package or corpus file:
# Satchel must refuse those documents offline (their signatures are still checked below from the
# published canonical forms). The ecdsa-sd-2023 base and derived proofs are checked with the context supplied,
# in test_ecdsa_sd_base.py and test_ecdsa_sd_vectors.py.
UNAVAILABLE_CONTEXT = "https://w3id.org/citizenship/v4rc1"


def test_the_manifest_has_proof_only_vectors():
    assert len(PROOF_ONLY) == 16


@pytest.mark.parametrize("entry", PROOF_ONLY, ids=[e["file"] for e in PROOF_ONLY])
def test_proof_only_credentials_verify(entry, loader):
    document = load_json(PUBLIC / entry["file"])
    resolver = DidResolver(web=docs_web(entry.get("docs", {})))
    proofs = document["proof"] if isinstance(document["proof"], list) else [document["proof"]]
    if UNAVAILABLE_CONTEXT in document["@context"]:
        with pytest.raises(UnknownContext) as refused:
            verify_proofs(document, resolver=resolver, loader=loader)
        assert refused.value.url == UNAVAILABLE_CONTEXT
        return
    results = verify_proofs(document, resolver=resolver, loader=loader)
    assert len(results) == len(proofs) >= 1
    assert all(r.ok for r in results), [r.reason for r in results]
    for result, proof in zip(results, proofs, strict=True):
        assert result.controller == proof["verificationMethod"].split("#")[0]
        assert result.purpose == "assertionMethod"


# ---- step by step -------------------------------------------------------------------------------
STEP_DIRS = sorted({(PUBLIC / e["file"]).parent for e in manifest()
                    if e["kind"] == "canonical-step" and Path(e["file"]).name.startswith("proofConfig")})

SECRET_KEYS = {
    "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2":
        load_json(PUBLIC / "vc-di-eddsa/TestVectors/keyPair.json")["privateKeyMultibase"],
}


def _one(folder: Path, prefix: str, suffix: str) -> Path:
    (found,) = [p for p in folder.iterdir() if p.name.startswith(prefix) and p.name.endswith(suffix)]
    return found


def _text(folder: Path, prefix: str) -> str:
    return _one(folder, prefix, ".txt").read_text(encoding="utf-8")


def test_every_vector_folder_is_covered():
    assert len(STEP_DIRS) == 10


@pytest.mark.parametrize("folder", STEP_DIRS, ids=[str(d.relative_to(PUBLIC)) for d in STEP_DIRS])
def test_published_steps_hash_and_sign_consistently(folder):
    """hash(canonical forms) = published hashes; the published signature verifies over them."""
    signed = load_json(_one(folder, "signed", ".json"))
    proof = signed["proof"]
    multikey = proof["verificationMethod"].split("#")[1]
    key = crypto.public_key_from_multikey(multikey)
    digest = hash_for_key(key.kind)
    proof_hash = digest(_text(folder, "proofCanon").encode())
    doc_hash = digest(_text(folder, "canonDoc").encode())
    assert proof_hash.hex() == _text(folder, "proofHash").strip()
    assert doc_hash.hex() == _text(folder, "docHash").strip()
    assert (proof_hash + doc_hash).hex() == _text(folder, "combinedHash").strip()
    signature = bytes.fromhex(_text(folder, "sigHex").strip())
    assert crypto.verify(key, crypto.algorithm_for(key), proof_hash + doc_hash, signature)
    assert not crypto.verify(key, crypto.algorithm_for(key), doc_hash + proof_hash, signature)
    assert crypto.multibase_b58(signature) == _text(folder, "sigBTC58").strip() == proof["proofValue"]
    if multikey in SECRET_KEYS:  # Ed25519 is deterministic: the signature itself is reproduced
        _, secret = crypto.decode_secret_multikey(SECRET_KEYS[multikey])
        assert crypto.sign_ed25519(secret, proof_hash + doc_hash) == signature


COMPUTABLE = [d for d in STEP_DIRS if d.name != "employ"]


@pytest.mark.parametrize("folder", COMPUTABLE, ids=[str(d.relative_to(PUBLIC)) for d in COMPUTABLE])
def test_canonical_forms_are_reproduced_byte_for_byte(folder, loader):
    signed = load_json(_one(folder, "signed", ".json"))
    proof = signed["proof"]
    unsecured = {k: v for k, v in signed.items() if k != "proof"}
    suite = find_suite(proof)
    config = suite.proof_config(unsecured, proof)
    assert config == load_json(_one(folder, "proofConfig", ".json"))
    assert suite.transform(config, loader).decode() == _text(folder, "proofCanon")
    assert suite.transform(unsecured, loader).decode() == _text(folder, "canonDoc")
    key = crypto.public_key_from_multikey(proof["verificationMethod"].split("#")[1])
    combined = suite.hash_data(unsecured, proof, loader, key.kind)
    assert combined.hex() == _text(folder, "combinedHash").strip()
    multikey = proof["verificationMethod"].split("#")[1]
    if multikey in SECRET_KEYS:
        _, secret = crypto.decode_secret_multikey(SECRET_KEYS[multikey])
        assert suite.sign(unsecured, proof, secret, key.kind, loader) == proof["proofValue"]


def test_employ_vectors_are_refused_without_their_context(loader):
    folder = PUBLIC / "vc-di-eddsa/TestVectors/eddsa-rdfc-2022/employ"
    signed = load_json(folder / "signedDataInt.json")
    with pytest.raises(UnknownContext):
        find_suite(signed["proof"]).transform({k: v for k, v in signed.items() if k != "proof"}, loader)


def test_open_badges_spec_example_step_by_step(loader):
    """ob_v3p0/impl/linked-data-proof-ob.html: canonical forms, hashes, signature and proofValue."""
    base = PUBLIC / "openbadges-specification/ob_v3p0/impl"
    values = load_json(base / "extracted/linked-data-proof-ob.values.json")
    signed = load_json(base / "extracted/linked-data-proof-ob.signed-credential.json")
    unsecured = {k: v for k, v in signed.items() if k != "proof"}
    assert unsecured == load_json(base / "extracted/linked-data-proof-ob.unsigned-credential.json")
    suite = find_suite(signed["proof"])
    config = suite.proof_config(unsecured, values["proofOptions"])
    proof_canon = suite.transform(config, loader)
    doc_canon = suite.transform(unsecured, loader)
    assert proof_canon.decode() == (base / "test-vectors/obv3p0/proof-canon.txt").read_text()
    assert doc_canon.decode() == (base / "test-vectors/obv3p0/document-canon.txt").read_text()
    assert crypto.sha256(proof_canon).hex() == values["proofHashHex"]
    assert crypto.sha256(doc_canon).hex() == values["documentHashHex"]
    data = suite.hash_data(unsecured, values["proofOptions"], loader, "Ed25519")
    assert data.hex() == values["dataToSignHex"]
    secret = bytes.fromhex(values["privateKeyHex"])[:32]
    assert crypto.ed25519_multikey(secret) == values["publicKeyMultibase"]
    assert crypto.sign_ed25519(secret, data).hex() == values["signatureHex"]
    assert suite.sign(unsecured, values["proofOptions"], secret, "Ed25519", loader) == values["proofValue"]
    assert signed["proof"]["proofValue"] == values["proofValue"]
