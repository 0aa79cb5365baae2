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
from satchel.vc.proofs import ProofResult, check_purpose, verify_proofs

SIGNATURE, ISSUER_KEY = CheckName.SIGNATURE, CheckName.ISSUER_KEY


def proof_details(result: ProofResult) -> dict[str, Any]:
    return {"type": result.proof_type, "suite": result.cryptosuite or result.proof_type,
            "method": result.verification_method, "controller": result.controller,
            "purpose": result.purpose, "created": result.created,
            **({"reason": result.reason, "code": result.code} if not result.ok else {})}


def signature_check(results: list[ProofResult], web: WebDidDocuments, *,
                    name: CheckName = SIGNATURE, prefix: str = "") -> Check:
    """OK when every proof verifies; UNKNOWN when a key could not be downloaded; else FAILED."""
    if not results:
        return checks.failed(name, prefix + "missing")
    details = {"proofs": [proof_details(r) for r in results]}
    bad = [r for r in results if not r.ok]
    if bad:
        if all(r.code == "key_unresolved" for r in bad) and web.failures:
            details["fetch"] = {did: exc.message for did, exc in web.failures.items()}
            return unavailable_check(name, prefix + "key_unavailable", details, web.failures)
        return checks.failed(name, "failed", details)
    suites = ", ".join(sorted({r.cryptosuite or r.proof_type for r in results}))
    if name is SIGNATURE:
        return checks.ok(name, "ok", details, suite=suites)
    return checks.ok(name, "ok", details)


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
                     web: WebDidDocuments, loader) -> tuple[Check, Check]:
    """(signature, issuer_key). Raises UnknownContext / UnsafeDocument for refused JSON-LD."""
    results = verify_proofs(document, resolver=resolver, loader=loader)
    signature = signature_check(results, web)
    if signature.status.value != "ok":
        return signature, checks.unknown(ISSUER_KEY, "skipped")
    return signature, issuer_key_check(results, issuer_id, resolver)
