"""Data Integrity proofs of a credential → the signature and issuer_key checks.

Every proof must verify (a proof set with one bad proof is refused); the issuer must control a key
that made a valid ``assertionMethod`` proof and have authorised it for that purpose, as in
digitalbazaar/vc ``CredentialIssuancePurpose``.
"""

from __future__ import annotations

from typing import Any

from satchel.errors import DidResolutionError
from satchel.model import Check, CheckName
from satchel.vc import checks
from satchel.vc.did import DidResolver
from satchel.vc.did.web import WebDidDocuments
from satchel.vc.freshness import unavailable_check
from satchel.vc.jsonld import DocumentLoader
from satchel.vc.proofs import MALFORMED_CODES, ProofResult, check_purpose, verify_proofs
from satchel.vc.suites import find_suite

SIGNATURE, ISSUER_KEY = CheckName.SIGNATURE, CheckName.ISSUER_KEY


def proof_details(result: ProofResult) -> dict[str, Any]:
    return {"type": result.proof_type, "suite": result.cryptosuite or result.proof_type,
            "method": result.verification_method, "controller": result.controller,
            "purpose": result.purpose, "created": result.created,
            **({"reason": result.reason, "code": result.code} if not result.ok else {})}


def signature_check(results: list[ProofResult], web: WebDidDocuments, *,
                    name: CheckName = SIGNATURE, prefix: str = "") -> Check:
    """OK when every proof verifies. FAILED only when a signature was computed and did not match; a
    malformed proof is a FAILED *format* check; a suite, key or engine step Satchel could not complete
    is UNKNOWN, with a sentence naming what is missing."""
    if not results:
        return checks.failed(CheckName.FORMAT, "unsigned")  # nothing to compute: not a verifiable credential
    details = {"proofs": [proof_details(r) for r in results]}
    bad = [r for r in results if not r.ok]
    if bad:
        return _not_ok(bad, web, details, name, prefix)
    suites = ", ".join(sorted({r.cryptosuite or r.proof_type for r in results}))
    if name is SIGNATURE and any(r.disclosure == "derived" for r in results):
        return checks.ok(name, "ok_selective", details, suite=suites)  # a derived proof: fields may be withheld
    if name is SIGNATURE and any(r.disclosure == "base" for r in results):
        return checks.ok(name, "ok_base", details, suite=suites)  # the holder's full copy, every field signed
    if name is SIGNATURE:
        return checks.ok(name, "ok", details, suite=suites)
    return checks.ok(name, "ok", details)


def _not_ok(bad: list[ProofResult], web: WebDidDocuments, details: dict[str, Any], name: CheckName,
            prefix: str) -> Check:
    codes = {r.code for r in bad}
    if "invalid_signature" in codes:
        return checks.failed(name, "failed", details)
    malformed = next((r for r in bad if r.code in MALFORMED_CODES or r.code is None), None)
    if malformed is not None:
        return checks.failed(CheckName.FORMAT, "bad_proof", details, reason=malformed.reason or "")
    if "engine_error" in codes:
        return checks.unknown(name, "engine_error", details)
    unsupported = next((r for r in bad if r.code == "unsupported_suite"), None)
    if unsupported is not None:
        return checks.unknown(name, "unsupported_suite", details,
                              suite=str(unsupported.cryptosuite or unsupported.proof_type)[:80])
    if web.failures:  # a DID document that could not be had (or only a too-old copy of it)
        details["fetch"] = {did: exc.message for did, exc in web.failures.items()}
        return unavailable_check(name, prefix + "key_unavailable", details, web.failures)
    method = next((r.verification_method for r in bad if r.verification_method), "?")
    return checks.unknown(name, "key_unresolved", details, method=str(method)[:200])


def unsupported_suite(document: dict[str, Any]) -> Check | None:
    """The UNKNOWN signature check naming the first proof suite Satchel lacks, if any (it says more
    than a missing vocabulary would: with the vocabulary, that proof still could not be checked)."""
    proofs = document.get("proof")
    for proof in proofs if isinstance(proofs, list) else [proofs]:
        if isinstance(proof, dict) and find_suite(proof) is None:
            name = str(proof.get("cryptosuite") or proof.get("type"))[:80]
            return checks.unknown(SIGNATURE, "unsupported_suite", {"suite": name}, suite=name)
    return None


def issuer_key_check(results: list[ProofResult], issuer_id: str | None, resolver: DidResolver) -> Check:
    """Some valid assertionMethod proof is made with a key the issuer controls and authorised."""
    details: dict[str, Any] = {"issuer": issuer_id}
    wrong_controller = None
    for result in results:
        if not result.ok:
            continue
        details.update(method=result.verification_method, controller=result.controller)
        if result.controller != issuer_id:
            wrong_controller = result.controller
            continue
        if result.purpose != "assertionMethod":
            continue
        try:
            _, controller_doc = resolver.dereference(result.verification_method or "")
        except DidResolutionError:
            continue
        if check_purpose(result, controller_doc):
            return checks.ok(ISSUER_KEY, "ok", details)
    if wrong_controller is not None:
        return checks.failed(ISSUER_KEY, "failed", {**details, "controller": wrong_controller})
    return checks.failed(ISSUER_KEY, "not_authorized", details)


def verify_integrity(document: dict[str, Any], issuer_id: str | None, resolver: DidResolver,
                     web: WebDidDocuments, loader: DocumentLoader) -> tuple[Check, Check]:
    """(signature, issuer_key); the first is a FORMAT check when a proof is malformed.
    Raises UnknownContext / UnsafeDocument for refused JSON-LD."""
    results = verify_proofs(document, resolver=resolver, loader=loader)
    signature = signature_check(results, web)
    if signature.status.value != "ok":
        return signature, checks.not_checked(ISSUER_KEY, signature)
    return signature, issuer_key_check(results, issuer_id, resolver)
