"""Proof verification: every proof of a document (proof sets and ``previousProof`` chains).

``verify_proofs`` never decides policy (issuer binding, dates, status, expected challenge): it reports,
per proof, whether the signature holds and who controls the key, and the engine decides.
Unsafe JSON-LD or an unknown context raise (:class:`UnsafeDocument` / :class:`UnknownContext`),
because then nothing about the document can be said.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from satchel.errors import DidResolutionError, SatchelError
from satchel.vc.buglog import log_bug
from satchel.vc.did import DidResolver, is_authorized, public_key_of
from satchel.vc.jsonld import DocumentLoader
from satchel.vc.suites import Cryptosuite, find_suite


@dataclass(frozen=True)
class ProofResult:
    ok: bool
    proof_type: str
    cryptosuite: str | None
    verification_method: str | None
    controller: str | None       # controller of the verification method (from its resolved document)
    purpose: str | None
    challenge: str | None
    domain: str | list[Any] | None
    created: str | None
    reason: str | None           # one English sentence when not ok
    code: str | None = None      # machine-readable reason: unsupported_suite, malformed_proof,
    #                              key_unresolved, wrong_key_type, missing_previous_proof, invalid_signature,
    #                              engine_error (a bug in Satchel, logged; never a verdict on the document)
    disclosure: str | None = None  # ecdsa-sd-2023: "base" (every field, the holder's copy) or "derived"


# Only ``invalid_signature`` means a signature was computed and did not match. These mean the proof
# itself is malformed (a format failure); every other code means the proof could not be checked.
MALFORMED_CODES = frozenset({"malformed_proof", "missing_previous_proof", "wrong_key_type"})


def _describe(proof: dict[str, Any]) -> dict[str, Any]:
    method = proof.get("verificationMethod")
    if isinstance(method, dict):
        method = method.get("id")
    return dict(proof_type=str(proof.get("type")), cryptosuite=proof.get("cryptosuite"),
                verification_method=method if isinstance(method, str) else None,
                purpose=proof.get("proofPurpose"), challenge=proof.get("challenge"),
                domain=proof.get("domain"), created=proof.get("created"))


def _failed(proof: dict[str, Any], code: str, reason: str, controller: str | None = None) -> ProofResult:
    return ProofResult(ok=False, controller=controller, reason=reason, code=code, **_describe(proof))


def document_for_proof(document: dict[str, Any], proof: dict[str, Any], all_proofs: list[Any]) -> dict[str, Any] | None:
    """The document as it was when ``proof`` was made: without proofs, or with the ones it chains to."""
    unsecured = {key: value for key, value in document.items() if key != "proof"}
    previous = proof.get("previousProof")
    if previous is None:
        return unsecured
    wanted = previous if isinstance(previous, list) else [previous]
    by_id = {p.get("id"): p for p in all_proofs if isinstance(p, dict) and p.get("id")}
    if not all(isinstance(ref, str) and ref in by_id for ref in wanted):
        return None
    unsecured["proof"] = [by_id[ref] for ref in wanted]
    return unsecured


class _DocumentCache:
    """Canonical bytes of the unsecured document, computed once per suite transform."""

    def __init__(self, loader: DocumentLoader) -> None:
        self._loader = loader
        self._bytes: dict[object, bytes] = {}

    def get(self, suite: Cryptosuite, unsecured: dict[str, Any], chained: bool) -> bytes:
        if chained:
            return suite.transform(unsecured, self._loader)
        if suite.transform not in self._bytes:
            self._bytes[suite.transform] = suite.transform(unsecured, self._loader)
        return self._bytes[suite.transform]


def _ecdsa_sd_kind(proof_value: object) -> str | None:
    from satchel.vc.suites.ecdsa_sd_values import proof_kind  # loaded for ecdsa-sd-2023 proofs only
    return proof_kind(proof_value)


def _verify_one(document: dict[str, Any], proof: object, all_proofs: list[Any], resolver: DidResolver,
                loader: DocumentLoader, cache: _DocumentCache) -> ProofResult:
    """One proof; a bug inside a suite becomes ``engine_error`` (logged), never a forgery. Typed errors
    (a refused document, garbled input: :class:`SatchelError`) and runaway recursion propagate."""
    try:
        return _check_one(document, proof, all_proofs, resolver, loader, cache)
    except (SatchelError, RecursionError):
        raise
    except Exception:
        log_bug(__name__, "Satchel could not finish checking a %s proof", _name_of(proof))
        if not isinstance(proof, dict):
            raise
        return _failed(proof, "engine_error", "Satchel could not finish this check.")


def _name_of(proof: object) -> str:
    if not isinstance(proof, dict):
        return "?"
    return str(proof.get("cryptosuite") or proof.get("type"))[:80]


def _check_one(document: dict[str, Any], proof: object, all_proofs: list[Any], resolver: DidResolver,
               loader: DocumentLoader, cache: _DocumentCache) -> ProofResult:
    if not isinstance(proof, dict):
        return ProofResult(False, "?", None, None, None, None, None, None, None,
                           "A proof is not a JSON object.", "malformed_proof")
    suite = find_suite(proof)
    if suite is None:
        name = proof.get("cryptosuite") or proof.get("type")
        return _failed(proof, "unsupported_suite", f"Satchel cannot check {str(name)[:80]} signatures yet.")
    info = _describe(proof)
    if not info["verification_method"] or not isinstance(proof.get(suite.value_field), str) \
            or not isinstance(info["purpose"], str):
        return _failed(proof, "malformed_proof",
                       "The proof lacks its verification method, purpose or value.")
    problem = suite.value_problem(proof)
    if problem is not None:
        return _failed(proof, "malformed_proof", f"The proof is malformed: {problem}")
    unsecured = document_for_proof(document, proof, all_proofs)
    if unsecured is None:
        return _failed(proof, "missing_previous_proof",
                       "The proof chains to an earlier proof that is not in the document.")
    # canonicalize first: an unsafe document or unknown context raises whatever the key turns out to be
    document_bytes = cache.get(suite, unsecured, chained="proof" in unsecured)
    problem = suite.document_problem(unsecured, proof)
    if problem is not None:
        return _failed(proof, "malformed_proof", f"The proof is malformed: {problem}")
    try:
        method, _ = resolver.dereference(info["verification_method"])
        key = public_key_of(method)
    except DidResolutionError as exc:
        return _failed(proof, "key_unresolved", exc.message)
    controller = method.get("controller")
    if method.get("type") not in suite.required_key_types or key.kind not in suite.key_kinds:
        return _failed(proof, "wrong_key_type", f"This {method.get('type')} key ({key.kind}) cannot make "
                       f"{suite.name} proofs.", controller)
    if not suite.verify(unsecured, proof, key, loader, document_bytes):
        return _failed(proof, "invalid_signature",
                       "The signature does not match the document: it was changed or signed "
                       "with another key.", controller)
    disclosure = _ecdsa_sd_kind(proof.get("proofValue")) if suite.name == "ecdsa-sd-2023" else None
    return ProofResult(ok=True, controller=controller, reason=None, disclosure=disclosure, **info)


def verify_proofs(document: dict[str, Any], *, resolver: DidResolver, loader: DocumentLoader) -> list[ProofResult]:
    """One :class:`ProofResult` per proof (``[]`` when the document carries none)."""
    proofs = document.get("proof") if isinstance(document, dict) else None
    if proofs is None:
        return []
    all_proofs = proofs if isinstance(proofs, list) else [proofs]
    cache = _DocumentCache(loader)
    return [_verify_one(document, proof, all_proofs, resolver, loader, cache) for proof in all_proofs]


def check_purpose(result: ProofResult, did_doc: dict[str, Any]) -> bool:
    """Has the key's controller authorised it for the proof's purpose (e.g. assertionMethod)?"""
    return bool(result.verification_method and result.purpose
                and is_authorized(did_doc, result.verification_method, result.purpose))


__all__ = ["MALFORMED_CODES", "ProofResult", "check_purpose", "document_for_proof", "verify_proofs"]
