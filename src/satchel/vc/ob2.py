"""Open Badges 2.0: hosted assertions (the issuer's server must hold the same assertion) and signed
assertions (compact JWS, key from the ``verification.creator`` key document), mapped onto the same
named checks as W3C credentials.

Identity comes from the issuer (see :mod:`satchel.vc.ob2_issuer`): the hosting policy, the key's owner
and the ``revocationList`` are read from the issuer Profile fetched from its own id, never from the
objects embedded in the assertion. ``issuedOn``/``expires`` are checked even when nothing can be fetched."""

from __future__ import annotations

import hashlib
from typing import Any

from satchel.crypto import PublicKey, public_key_from_jwk, rsa_jwk_from_pem
from satchel.errors import FetchError, ImportRefused, InvalidKey, Malformed
from satchel.model import Check, CheckName, CheckStatus, SignedForm, VerificationReport
from satchel.vc import checks
from satchel.vc.datamodel import Shape
from satchel.vc.dates import ob2_validity
from satchel.vc.engine_hooks import EngineHooks as Verifier
from satchel.vc.freshness import unavailable_check
from satchel.vc.jws import CompactJws, algorithm_problem, signature_with_key, split_jws
from satchel.vc.ob2_issuer import (
    IssuerClaim,
    IssuerDocuments,
    claimed_issuer,
    hosted_allowed,
    https_url,
    key_belongs,
    listed_keys,
    ref_id,
)
from satchel.vc.status.lists import revoked_entry

OB2_CONTEXT = "https://w3id.org/openbadges/v2"
SIGNATURE, ISSUER_KEY, STATUS, FORMAT = (CheckName.SIGNATURE, CheckName.ISSUER_KEY, CheckName.STATUS,
                                         CheckName.FORMAT)


def looks_like_ob2(document: dict[str, Any]) -> bool:
    kinds = document.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "VerifiableCredential" in kinds:  # a W3C credential (the DCC's own "Assertion" type among them)
        return False
    return "Assertion" in kinds or ("recipient" in document and "badge" in document) \
        or document.get("@context") == OB2_CONTEXT or set(document) == {"id"}


def looks_like_signed_ob2(token: str) -> bool:
    try:
        payload = split_jws(token).payload
    except Malformed:
        return False
    return "vc" not in payload and "@context" in payload and looks_like_ob2(payload)


class _Ob2:
    def __init__(self, verifier: Verifier) -> None:
        self.documents = IssuerDocuments(verifier.source)
        self.fetched = self.documents.fetched

    def hosted(self, assertion: dict[str, Any]) -> tuple[dict[str, Any], Check]:
        url = https_url(assertion.get("id"))
        if url is None:
            # nothing was compared: Satchel downloads only https:// addresses (issue 9 §2)
            return assertion, checks.unknown(SIGNATURE, "hosted_not_https",
                                             {"id": str(assertion.get("id"))[:300]})
        try:
            remote = self.documents.fetch(url, "assertion")
        except FetchError as exc:
            details = {"url": url, "reason": exc.message}
            return assertion, unavailable_check(SIGNATURE, "hosted_unavailable", details, {url: exc},
                                                stale_result="hosted_stale")
        except ImportRefused:
            return assertion, checks.failed(SIGNATURE, "hosted_mismatch", {"url": url})
        if set(assertion) == {"id"}:
            assertion = remote
        if remote != assertion:
            return assertion, checks.failed(SIGNATURE, "hosted_mismatch", {"url": url})
        return assertion, checks.ok(SIGNATURE, "hosted_ok", {"url": url}, url=url)

    def hosted_binding(self, assertion: dict[str, Any], profile: dict[str, Any]) -> Check:
        """The assertion must live where the issuer's own Profile allows."""
        details = {"assertion": assertion.get("id"), "issuer": profile.get("id"),
                   "policy": profile.get("verification")}
        if hosted_allowed(assertion.get("id"), profile):
            return checks.ok(ISSUER_KEY, "hosted_ok", details)
        return checks.failed(ISSUER_KEY, "hosted_elsewhere", details)

    def key(self, url: str) -> tuple[dict[str, Any], PublicKey]:
        """The key document at ``url`` and its key (FetchError, ImportRefused, InvalidKey, KeyError…)."""
        key_doc = self.documents.fetch(url, "key")
        return key_doc, public_key_from_jwk(key_doc["publicKeyJwk"]) if "publicKeyJwk" in key_doc \
            else public_key_from_jwk(rsa_jwk_from_pem(key_doc.get("publicKeyPem", "")))

    def signed(self, jws: CompactJws, claim: IssuerClaim) -> tuple[Check, Check, dict[str, Any] | None]:
        """Signature with the ``creator`` key, then the key's ``owner`` Profile must be the issuer's."""
        problem = algorithm_problem(jws)
        if problem is not None:
            return problem, checks.not_checked(ISSUER_KEY, problem), None
        verification = jws.payload.get("verification") or {}
        stated = verification.get("creator") if isinstance(verification, dict) else None
        if stated is None:
            return self.signed_by_profile(jws, claim)
        creator = https_url(stated)
        if creator is None:  # nothing Satchel may download: the signature cannot be checked
            return (checks.unknown(SIGNATURE, "key_unavailable",
                                   {"key": str(stated)[:200], "reason": "no https key (verification.creator)"}),
                    checks.unknown(ISSUER_KEY, "skipped_unchecked"), None)
        try:
            key_doc, key = self.key(creator)
        except FetchError as exc:
            return (unavailable_check(SIGNATURE, "key_unavailable", {"key": creator, "reason": exc.message},
                                      {creator: exc}),
                    checks.unknown(ISSUER_KEY, "skipped_unchecked"), None)
        except (ImportRefused, InvalidKey, KeyError, TypeError) as exc:  # no key to compute with
            return (checks.unknown(SIGNATURE, "key_unavailable", {"key": creator, "reason": str(exc)[:200]}),
                    checks.unknown(ISSUER_KEY, "skipped_unchecked"), None)
        details: dict[str, Any] = {"alg": jws.alg, "method": creator}
        signature = signature_with_key(jws, key, details)
        if signature.status is not CheckStatus.OK:
            return signature, checks.unknown(ISSUER_KEY, "skipped"), None
        owner = key_doc.get("owner")
        details["owner"] = owner
        if claim.id is not None and owner != claim.id:
            return signature, checks.failed(ISSUER_KEY, "failed", details), None
        profile, unproven = self.documents.profile(owner if isinstance(owner, str) else None, claim.name)
        if profile is None:
            return signature, unproven or checks.unknown(ISSUER_KEY, "skipped"), None
        if claim.id is None:
            return signature, checks.unknown(ISSUER_KEY, "unproven", details, issuer=claim.name or "?"), profile
        if not key_belongs(creator, key_doc, profile):
            return signature, checks.failed(ISSUER_KEY, "failed", details), profile
        return signature, checks.ok(ISSUER_KEY, "ok", details), profile

    def signed_by_profile(self, jws: CompactJws, claim: IssuerClaim) -> tuple[Check, Check, dict[str, Any] | None]:
        """No ``creator``: the keys the issuer's Profile lists in ``publicKey`` are tried in turn."""
        profile, unproven = self.documents.profile(claim.id, claim.name)
        if profile is None:
            reason = {"reason": "the issuer's keys could not be read"}
            return (checks.unknown(SIGNATURE, "key_unavailable", reason),
                    unproven or checks.unknown(ISSUER_KEY, "skipped_unchecked"), None)
        tried: list[str] = []
        unreadable: dict[str, str] = {}
        for url in listed_keys(profile):
            try:
                key_doc, key = self.key(url)
            except (FetchError, ImportRefused, InvalidKey, KeyError, TypeError) as exc:
                unreadable[url] = exc.message if isinstance(exc, FetchError | ImportRefused) else str(exc)[:200]
                continue
            details: dict[str, Any] = {"alg": jws.alg, "method": url, "owner": key_doc.get("owner")}
            signature = signature_with_key(jws, key, details)
            if signature.status is CheckStatus.OK:
                binding = checks.ok(ISSUER_KEY, "ok", details) if key_belongs(url, key_doc, profile) \
                    else checks.failed(ISSUER_KEY, "failed", details)
                return signature, binding, profile
            tried.append(url)
        details = {"alg": jws.alg, "tried": tried, "unreadable": unreadable}
        if unreadable or not tried:  # a key that could not be read might have been the one
            return (checks.unknown(SIGNATURE, "key_unavailable", details),
                    checks.unknown(ISSUER_KEY, "skipped_unchecked"), profile)
        return checks.failed(SIGNATURE, "failed", details), checks.unknown(ISSUER_KEY, "skipped"), profile

    def status(self, assertion: dict[str, Any], profile: dict[str, Any]) -> Check:
        """Revocation, from the ``revocationList`` named by the issuer's own Profile."""
        if assertion.get("revoked") is True:
            return checks.failed(STATUS, "revoked", {"reason": assertion.get("revocationReason")})
        url = profile.get("revocationList")
        if url is None:
            return checks.ok(STATUS, "none")
        url = ref_id(url)
        if url is None or https_url(url) is None:
            return checks.unknown(STATUS, "list_invalid", {"list": str(profile.get("revocationList"))[:200],
                                                           "reason": "no https list URL"})
        if not isinstance(assertion.get("id"), str) or not assertion["id"]:
            return checks.unknown(STATUS, "no_id", {"list": url})  # nothing to look up in the list
        try:
            revocations = self.documents.fetch(url, "revocation_list")
        except FetchError as exc:
            return unavailable_check(STATUS, "unreachable", {"list": url, "reason": exc.message}, {url: exc})
        except ImportRefused as exc:
            return checks.unknown(STATUS, "list_invalid", {"list": url, "reason": exc.message})
        found = revoked_entry(revocations, assertion.get("id"), "revokedAssertions")
        if found is not None:
            return checks.failed(STATUS, "revoked", {"list": url, "reason": found.get("revocationReason")})
        return checks.ok(STATUS, "ok", {"list": url, "copy": self.fetched.get("revocation_list")})


def recipient_matches(recipient: Any, identity: str) -> bool:
    """Does the assertion's recipient (hashed or plain) name ``identity``?"""
    if not isinstance(recipient, dict) or not isinstance(recipient.get("identity"), str):
        return False
    stated: str = recipient["identity"]
    if not recipient.get("hashed"):
        return stated.strip().lower() == identity.strip().lower()
    algorithm, _, digest = stated.partition("$")
    if algorithm.lower() not in ("sha256", "md5"):
        return False
    salted = (identity + str(recipient.get("salt") or "")).encode("utf-8")
    return hashlib.new(algorithm.lower(), salted).hexdigest() == digest.lower()


def verify_ob2(document: Any, verifier: Verifier, *, signed: bool,
               recipient: str | None = None) -> VerificationReport:
    ob2 = _Ob2(verifier)
    jws = None
    hosted: Check | None = None
    if signed:
        if not isinstance(document, str):
            raise Malformed("A signed Open Badges 2.0 assertion must be a compact JWS.")
        jws = split_jws(document)
        assertion = jws.payload
    else:
        if not isinstance(document, dict):
            raise Malformed("An Open Badges 2.0 assertion must be a JSON object.")
        assertion, hosted = ob2.hosted(document)
    validity = ob2_validity(assertion)
    if not isinstance(assertion.get("recipient"), dict):
        raise Malformed("The assertion has no recipient.")
    badge, badge_problem = ob2.documents.badge(assertion)
    claim = claimed_issuer(badge)
    profile: dict[str, Any] | None = None
    signature: Check
    binding: Check
    if jws is not None:
        signature, binding, profile = ob2.signed(jws, claim)
        if badge_problem is not None and signature.status is CheckStatus.OK:
            binding = badge_problem  # without the badge, nothing names the issuer the key must belong to
    else:
        assert hosted is not None
        signature = hosted  # the issuer's policy is checked even when the hosted copy could not be:
        if badge_problem is not None:  # a host the real Profile does not allow is never authentic
            binding = badge_problem
        else:
            profile, unproven = ob2.documents.profile(claim.id, claim.name)
            binding = ob2.hosted_binding(assertion, profile) if profile is not None \
                else unproven or checks.unknown(ISSUER_KEY, "unproven", issuer=claim.name or "?")
    name = profile.get("name") if profile is not None else claim.name
    shape = Shape(checks.ok(FORMAT, "ob2_ok"), "ob2", claim.id, name if isinstance(name, str) else None,
                  validity)
    authentic = signature.status is CheckStatus.OK and binding.status is CheckStatus.OK
    status = ob2.status(assertion, profile) if authentic and profile is not None \
        else checks.unknown(STATUS, "skipped")
    report = verifier.finish(assertion, shape, signature, binding, with_status=True,
                             details=_details(ob2, signed), status=status)
    if recipient is None:
        return report
    holder = (checks.ok(CheckName.HOLDER, "recipient_ok") if recipient_matches(assertion["recipient"], recipient)
              else checks.failed(CheckName.HOLDER, "recipient_mismatch"))
    return VerificationReport(**{**report.__dict__, "checks": (*report.checks, holder)})


def _details(ob2: _Ob2, signed: bool) -> dict[str, Any]:
    form = SignedForm.OB2_SIGNED if signed else SignedForm.OB2_HOSTED
    return {"signed_form": form.value, "documents": ob2.fetched}
