"""Signing the holder's presentations (and any JSON-LD document) with an Ed25519 key.

``eddsa-rdfc-2022`` adds a DataIntegrityProof (``eddsa-jcs-2022`` too, over the JSON text: it needs no
JSON-LD, so a presentation can carry credentials whose vocabulary Satchel does not know);
``Ed25519Signature2020`` (the LCW-style VC 1.1 presentation) first appends the ed25519-2020 context
when the document lacks it, as the JS stack's ``addSuiteContext`` does. The result verifies with
:func:`satchel.vc.proofs.verify_proofs` and in the reference JS peer.
"""

from __future__ import annotations

import copy
from typing import Any

from satchel.crypto import ed25519_multikey
from satchel.errors import InvalidKey, UsageError
from satchel.vc.jsonld import DocumentLoader, OfflineLoader
from satchel.vc.suites import BY_NAME

CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2"
DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2"
ED25519_2020_V1 = "https://w3id.org/security/suites/ed25519-2020/v1"
SIGNING_SUITES = ("eddsa-rdfc-2022", "Ed25519Signature2020", "eddsa-jcs-2022")
_SUITE_CONTEXT = {"eddsa-rdfc-2022": DATA_INTEGRITY_V2, "Ed25519Signature2020": ED25519_2020_V1,
                  "eddsa-jcs-2022": DATA_INTEGRITY_V2}


def _with_suite_context(document: dict[str, Any], suite: str) -> dict[str, Any]:
    contexts = document.get("@context")
    contexts = list(contexts) if isinstance(contexts, list) else [contexts] if contexts else []
    needed = _SUITE_CONTEXT[suite]
    # VC 2.0 already defines DataIntegrityProof; everything else gets the suite's context appended.
    if needed not in contexts and not (needed == DATA_INTEGRITY_V2 and CREDENTIALS_V2 in contexts):
        contexts.append(needed)
    document["@context"] = contexts
    return document


def _check_key_matches(secret_key: bytes, verification_method: str) -> None:
    """For did:key methods, refuse a secret that does not belong to the named key."""
    if verification_method.startswith("did:key:"):
        did_multikey = verification_method.removeprefix("did:key:").split("#", 1)[0]
        if ed25519_multikey(secret_key) != did_multikey:
            raise InvalidKey("The secret key does not belong to the verification method it signs for.")


def sign(document: dict[str, Any], *, secret_key: bytes, verification_method: str, purpose: str,
         suite: str = "eddsa-rdfc-2022", challenge: str | None = None,
         domain: str | list[Any] | None = None, created: str, loader: DocumentLoader | None = None) -> dict[str, Any]:
    """A new document with an Ed25519 proof appended (existing proofs are kept as a proof set)."""
    if suite not in SIGNING_SUITES:
        raise UsageError(f"Satchel signs with {' or '.join(SIGNING_SUITES)}, not {suite!r}.")
    if not isinstance(document, dict) or not verification_method or not purpose or not created:
        raise UsageError("Signing needs a document, a verification method, a purpose and a time.")
    _check_key_matches(secret_key, verification_method)
    cryptosuite = BY_NAME[suite]
    unsecured = _with_suite_context(copy.deepcopy(document), suite)
    existing = unsecured.pop("proof", None)
    proof: dict[str, Any] = {"type": cryptosuite.proof_type}
    if cryptosuite.cryptosuite:
        proof["cryptosuite"] = cryptosuite.cryptosuite
    proof.update(created=created, verificationMethod=verification_method, proofPurpose=purpose)
    if challenge is not None:
        proof["challenge"] = challenge
    if domain is not None:
        proof["domain"] = domain
    proof["proofValue"] = cryptosuite.sign(unsecured, proof, secret_key, "Ed25519",
                                           loader or OfflineLoader())
    signed = dict(unsecured)
    if existing is None:
        signed["proof"] = proof
    else:
        signed["proof"] = (existing if isinstance(existing, list) else [existing]) + [proof]
    return signed


__all__ = ["SIGNING_SUITES", "sign"]
