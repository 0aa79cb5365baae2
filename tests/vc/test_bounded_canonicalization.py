"""Bounded RDF canonicalization (issue 9 §7): a tiny credential whose blank nodes all reference each
other used to keep `verify` busy for minutes (and `scan` of the same payload in a QR code). Now it is
"too complex to check": UNKNOWN, named, within a second or two — never a forgery, never a hang."""

from __future__ import annotations

import time

from satchel.clock import FixedClock
from satchel.model import CheckName, CheckStatus, Outcome
from satchel.vc.cache import DocumentCache
from satchel.vc.documents import DocumentSource
from satchel.vc.engine import Verifier
from tests.vc.corpus_helpers import DEFAULT_NOW

ISSUER = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
LINK = {"knows": {"@id": "https://example.org/vocab#knows", "@type": "@id"}}


def poison_credential(nodes: int = 8) -> dict:
    """A credential whose subject holds ``nodes`` blank nodes that all reference each other."""
    ids = [f"_:n{i}" for i in range(nodes)]
    clique = [{"@id": node, "knows": [other for other in ids if other != node]} for node in ids]
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2", LINK],
        "type": ["VerifiableCredential"],
        "issuer": ISSUER,
        "validFrom": "2026-01-01T00:00:00Z",
        "credentialSubject": {"knows": clique},
        "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022",
                  "verificationMethod": f"{ISSUER}#{ISSUER[8:]}", "proofPurpose": "assertionMethod",
                  "created": "2026-01-01T00:00:00Z",
                  "proofValue": "z" + "2" * 86},
    }


def poison_presentation() -> dict:
    return {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiablePresentation"],
            "verifiableCredential": [poison_credential()]}


def _verifier(tmp_path) -> Verifier:
    clock = FixedClock(DEFAULT_NOW)
    return Verifier(clock=clock, source=DocumentSource(DocumentCache(tmp_path, clock), None, clock))


def test_mutually_referencing_blank_nodes_are_too_complex_to_check(tmp_path):
    started = time.perf_counter()
    report = _verifier(tmp_path).verify_credential(poison_credential())
    assert time.perf_counter() - started < 2.0
    signature = report.check(CheckName.SIGNATURE)
    assert signature.status is CheckStatus.UNKNOWN
    assert signature.message == "signature.too_complex"
    assert report.outcome is Outcome.UNKNOWN


def test_a_presentation_carrying_it_is_bounded_too(tmp_path):
    started = time.perf_counter()
    report = _verifier(tmp_path).verify_presentation(poison_presentation(), unsigned_ok=True)
    assert time.perf_counter() - started < 2.0
    (inner,) = report.credentials
    assert inner.check(CheckName.SIGNATURE).message == "signature.too_complex"
    assert report.outcome is not Outcome.VERIFIED


def test_a_few_look_alike_blank_nodes_still_verify_their_signature_path(tmp_path):
    """Within the bound the document is canonicalized: the fake signature is then checked (and fails)."""
    report = _verifier(tmp_path).verify_credential(poison_credential(nodes=3))
    assert report.check(CheckName.SIGNATURE).status is CheckStatus.FAILED
