"""Presentation policy: who signed it (holder), for which request (challenge) and site (domain), and
what the credentials inside are worth."""

from __future__ import annotations

from typing import Any

from satchel.errors import DidResolutionError
from satchel.model import Check, CheckName, CheckStatus, Outcome, VerificationReport, is_mismatch
from satchel.vc import checks
from satchel.vc.did import DidResolver
from satchel.vc.did.web import WebDidDocuments
from satchel.vc.freshness import unavailable_check
from satchel.vc.integrity import proof_details
from satchel.vc.proofs import MALFORMED_CODES, ProofResult, check_purpose

HOLDER, CHALLENGE, DOMAIN = CheckName.HOLDER, CheckName.CHALLENGE, CheckName.DOMAIN


def holder_of(document: dict[str, Any]) -> str | None:
    holder = document.get("holder")
    if isinstance(holder, dict):
        holder = holder.get("id")
    return holder if isinstance(holder, str) else None


def binding_checks(results: list[ProofResult], holder: str | None, *, challenge: str | None,
                   domain: str | None, unsigned_ok: bool, purpose: str, resolver: DidResolver,
                   web: WebDidDocuments) -> tuple[list[Check], str | None]:
    """[holder, challenge, domain] checks, and the proven holder (None when not proven)."""
    if not results:
        return _unsigned(challenge, domain, unsigned_ok), None
    details = {"proofs": [proof_details(r) for r in results], "purpose_required": purpose}
    matching = [r for r in results if r.purpose == purpose]
    if not matching:
        return [checks.failed(HOLDER, "wrong_purpose", details), *unproven(challenge, domain)], None
    bad = [r for r in matching if not r.ok]
    if bad:
        return [_holder_not_ok(bad, web, details), *unproven(challenge, domain)], None
    proof = matching[0]
    signer = proof.controller
    if holder is not None and signer != holder:
        return [checks.failed(HOLDER, "not_holder", {**details, "holder": holder, "signer": signer}),
                *unproven(challenge, domain)], None
    if not _authorised(proof, resolver):
        return [checks.failed(HOLDER, "wrong_purpose", details), *unproven(challenge, domain)], None
    return [checks.ok(HOLDER, "ok", {**details, "holder": signer}),
            challenge_check(proof.challenge, challenge), domain_check(proof.domain, domain)], signer


def proven_identifiers(results: list[ProofResult], signer: str | None, *, purpose: str,
                       resolver: DidResolver) -> set[str]:
    """Who the presentation proves: its holder, and the controller of every other valid proof made for
    ``purpose`` with a key its controller authorised (a holder may prove several of their DIDs)."""
    if signer is None:
        return set()
    proven = {signer}
    for result in results:
        if result.ok and result.purpose == purpose and result.controller and _authorised(result, resolver):
            proven.add(result.controller)
    return proven


def _holder_not_ok(bad: list[ProofResult], web: WebDidDocuments, details: dict[str, Any]) -> Check:
    """FAILED: "failed" when a signature was computed and did not match, "bad_proof" when the proof is
    malformed (nothing computed, so the outcome is invalid rather than not authentic); UNKNOWN, named,
    when Satchel could not check it (a suite it lacks, a key it cannot find, an engine error)."""
    codes = {r.code for r in bad}
    if "invalid_signature" in codes:
        return checks.failed(HOLDER, "failed", details)
    if codes & ({None} | MALFORMED_CODES):  # nothing computed: a proof Satchel cannot read
        return checks.failed(HOLDER, "bad_proof", details)
    unsupported = next((r for r in bad if r.code == "unsupported_suite"), None)
    if unsupported is not None:
        return checks.unknown(HOLDER, "unsupported_suite", details,
                              suite=str(unsupported.cryptosuite or unsupported.proof_type)[:80])
    if "engine_error" in codes:
        return checks.unknown(HOLDER, "engine_error", details)
    if web.failures:
        return unavailable_check(HOLDER, "key_unavailable", details, web.failures)
    method = next((r.verification_method for r in bad if r.verification_method), "?")
    return checks.unknown(HOLDER, "key_unresolved", details, method=str(method)[:200])


def _authorised(proof: ProofResult, resolver: DidResolver) -> bool:
    try:
        _, controller_doc = resolver.dereference(proof.verification_method or "")
    except DidResolutionError:
        return False
    return check_purpose(proof, controller_doc)


def _unsigned(challenge: str | None, domain: str | None, unsigned_ok: bool) -> list[Check]:
    holder = (checks.warning(HOLDER, "unsigned_allowed") if unsigned_ok
              else checks.failed(HOLDER, "unsigned"))
    return [holder, *unproven(challenge, domain)]


def unproven(challenge: str | None, domain: str | None) -> list[Check]:
    """Challenge and domain when no valid holder proof carries them: one that was asked for is not met (failed),
    but nothing shows the presentation was made for another request or site, so the sentence says only that no
    valid proof carries it (``unproven``, not ``failed``)."""
    first = (checks.failed(CHALLENGE, "unproven", {"expected": challenge}) if challenge
             else checks.ok(CHALLENGE, "none"))
    second = (checks.failed(DOMAIN, "unproven", {"expected": domain}, domain=domain) if domain
              else checks.ok(DOMAIN, "none"))
    return [first, second]


def challenge_check(found: Any, expected: str | None) -> Check:
    """The verifier's challenge must be the one signed; with none asked, the holder's nonce is noted."""
    if expected is None:
        return checks.warning(CHALLENGE, "unbound", {"nonce": found})
    details = {"expected": expected, "found": found}
    if found != expected:
        return checks.failed(CHALLENGE, "failed", details)
    return checks.ok(CHALLENGE, "ok", details)


def domain_check(found: Any, expected: str | None) -> Check:
    details = {"expected": expected, "found": found}
    if expected is None:
        return checks.ok(DOMAIN, "none", details)
    domains = found if isinstance(found, list) else [found]
    if expected not in domains:
        return checks.failed(DOMAIN, "failed", details, domain=expected)
    return checks.ok(DOMAIN, "ok", details, domain=expected)


def jws_holder_check(signature: Check, binding: Check, holder: str | None) -> Check:
    """The holder check of a JWT presentation, from its signature and key-binding checks."""
    details = {**signature.details, **binding.details, "holder": holder}
    if signature.status is CheckStatus.UNKNOWN:  # same reason, said of the holder
        result = signature.message.removeprefix("signature.")
        if result not in ("unsupported_suite", "key_unresolved", "engine_error"):
            result = "key_unavailable"
        return checks.unknown(HOLDER, result, details, **signature.params)
    if signature.status is not CheckStatus.OK:  # computed and not matching, or a refused algorithm
        return checks.failed(HOLDER, "failed" if is_mismatch(signature) else "bad_proof", details)
    if binding.status is not CheckStatus.OK:
        return checks.failed(HOLDER, "not_holder" if binding.message.endswith(".failed") else "wrong_purpose",
                             details)
    return checks.ok(HOLDER, "ok", details)


def credentials_check(children: list[VerificationReport]) -> Check:
    name = CheckName.CREDENTIALS
    count = len(children)
    if not count:
        return checks.warning(name, "empty")
    outcomes = [child.outcome for child in children]
    details = {"outcomes": [o.value for o in outcomes]}
    failed = sum(o in (Outcome.FAILED, Outcome.INVALID) for o in outcomes)
    if failed:
        return checks.failed(name, "failed", details, failed=failed, count=count)
    unknown = sum(o is Outcome.UNKNOWN for o in outcomes)
    if unknown:
        return checks.unknown(name, "unknown", details, failed=unknown, count=count)
    not_current = sum(o is not Outcome.VERIFIED for o in outcomes)
    if not_current:
        return checks.warning(name, "not_current", details, failed=not_current, count=count)
    return checks.ok(name, "ok_one" if count == 1 else "ok", details, count=count)
