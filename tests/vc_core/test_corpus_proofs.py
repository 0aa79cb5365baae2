"""Proofs of the interop corpus: the JS peer's own credentials and presentations, and every public
credential whose proof-only verdict the reference stack recorded (``peer_proof_only``)."""

from __future__ import annotations

import pytest

from satchel.errors import UnknownContext, UnsafeDocument
from satchel.vc.did import DidResolver
from satchel.vc.proofs import verify_proofs

from .conftest import PEER, PUBLIC, docs_web, load_json, manifest

PEER_CASES = sorted({c["file"] for c in load_json(PEER / "expected.json")["cases"]
                     if c["kind"] in ("credential", "presentation")})
SIGNATURE_BROKEN = ("cred-tampered-name-", "cred-tampered-achievement-name-", "cred-tampered-proofvalue-",
                    "cred-tampered-validfrom-", "vp-tampered-proofvalue")


def _issuer_id(document: dict) -> str:
    issuer = document["issuer"]
    return issuer["id"] if isinstance(issuer, dict) else issuer


def test_peer_corpus_is_there():
    assert len(PEER_CASES) == 30


@pytest.mark.parametrize("name", PEER_CASES)
def test_peer_corpus_proofs(name, loader, resolver):
    document = load_json(PEER / name)
    if name == "cred-tampered-context-eddsa.json":
        with pytest.raises(UnsafeDocument, match="achievement"):
            verify_proofs(document, resolver=resolver, loader=loader)
        return
    results = verify_proofs(document, resolver=resolver, loader=loader)
    if name == "vp-unsigned.json":
        assert results == []
        return
    assert len(results) == 1
    (result,) = results
    if name.startswith(SIGNATURE_BROKEN):
        assert not result.ok and result.code == "invalid_signature"
        assert result.reason and result.reason.endswith(".")
        return
    assert result.ok, result.reason
    if name.startswith("cred-"):
        # the issuer binding is the engine's check; the proof result must expose the key's controller
        same = result.controller == _issuer_id(document)
        assert same is (name != "cred-swapped-issuer-key-eddsa.json")
        assert result.purpose == "assertionMethod"
    else:
        assert result.controller == document["holder"]


def test_peer_presentation_fields(loader, resolver):
    (result,) = verify_proofs(load_json(PEER / "vp-wrong-challenge.json"), resolver=resolver, loader=loader)
    assert result.ok and result.purpose == "authentication" and result.challenge == "some-other-challenge"
    (result,) = verify_proofs(load_json(PEER / "vp-wrong-domain.json"), resolver=resolver, loader=loader)
    assert result.domain == "evil.example.com"


def test_credential_tampered_inside_a_valid_presentation_fails_on_its_own(loader, resolver):
    vp = load_json(PEER / "vp-with-tampered-credential.json")
    assert verify_proofs(vp, resolver=resolver, loader=loader)[0].ok
    inner = vp["verifiableCredential"]
    inner = inner[0] if isinstance(inner, list) else inner
    assert [r.code for r in verify_proofs(inner, resolver=resolver, loader=loader)] == ["invalid_signature"]


ORACLE = [e for e in manifest() if e["kind"] in ("credential", "status-list")
          and e.get("satchel_expect") != "proof-only" and e.get("peer_proof_only") in ("accept", "reject")
          and "cannot verify offline" not in e.get("peer_note", "")]
DCC_EXAMPLE = ("vc-test-fixtures/verifiableCredentials/v1/dataIntegrityProof/didKey/"
               "legacyRegistry-noStatus-noExpiry-oldDCCExample.json")


def test_the_dcc_context_the_peer_lacked_is_bundled(loader, resolver):
    (result,) = verify_proofs(load_json(PUBLIC / DCC_EXAMPLE), resolver=resolver, loader=loader)
    assert result.ok and result.controller == "did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q"


def test_oracle_cases_are_many():
    assert len(ORACLE) == 99


@pytest.mark.parametrize("entry", ORACLE, ids=[e["file"] for e in ORACLE])
def test_public_corpus_proofs_match_the_reference_stack(entry, loader):
    document = load_json(PUBLIC / entry["file"])
    resolver = DidResolver(web=docs_web(entry.get("docs", {})))
    if entry["peer_proof_only"] == "accept":
        results = verify_proofs(document, resolver=resolver, loader=loader)
        assert results and all(r.ok for r in results), [r.reason for r in results]
        return
    try:
        results = verify_proofs(document, resolver=resolver, loader=loader)
    except (UnsafeDocument, UnknownContext):
        return
    assert any(not r.ok for r in results)
