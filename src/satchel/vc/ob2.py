"""Open Badges 2.0: hosted assertions (the issuer's server must hold the same assertion) and signed
assertions (compact JWS, key from the ``verification.creator`` key document), mapped onto the same
named checks as W3C credentials. Revocation comes from the issuer profile's ``revocationList``."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from satchel.crypto import public_key_from_jwk
from satchel.errors import FetchError, ImportRefused, InvalidKey, Malformed
from satchel.model import Check, CheckName, CheckStatus, SignedForm, VerificationReport
from satchel.vc import checks
from satchel.vc.dates import ob2_validity
from satchel.vc.datamodel import Shape
from satchel.vc.jws import CompactJws, algorithm_problem, signature_with_key, split_jws
from satchel.vc.pem import rsa_jwk_from_pem
from satchel.vc.status.lists import revoked_entry

if TYPE_CHECKING:
    from satchel.vc.engine import Verifier

OB2_CONTEXT = "https://w3id.org/openbadges/v2"
SIGNATURE, ISSUER_KEY, STATUS, FORMAT = (CheckName.SIGNATURE, CheckName.ISSUER_KEY, CheckName.STATUS,
                                         CheckName.FORMAT)


def looks_like_ob2(document: dict[str, Any]) -> bool:
    kinds = document.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return "Assertion" in kinds or ("recipient" in document and "badge" in document) \
        or document.get("@context") == OB2_CONTEXT or set(document) == {"id"}


def looks_like_signed_ob2(token: str) -> bool:
    try:
        payload = split_jws(token).payload
    except Malformed:
        return False
    return "vc" not in payload and "@context" in payload and looks_like_ob2(payload)


def _origin(url: Any) -> str | None:
    if not isinstance(url, str):
        return None
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme == "https" and parts.netloc else None


class _Ob2:
    def __init__(self, verifier: Verifier) -> None:
        self.verifier = verifier
        self.source = verifier.source
        self.fetched: dict[str, Any] = {}

    def document(self, value: Any, what: str) -> dict[str, Any]:
        """An embedded object, or the JSON object at a URL (FetchError / ImportRefused)."""
        if isinstance(value, dict):
            return value
        if not isinstance(value, str):
            raise Malformed(f"The assertion has no {what}.")
        document, cached = self.source.fetch_json(value)
        self.fetched[what] = cached.describe(self.source.clock.now())
        return document

    def hosted(self, assertion: dict[str, Any]) -> tuple[dict[str, Any], Check]:
        url = assertion.get("id")
        if _origin(url) is None:
            return assertion, checks.failed(SIGNATURE, "hosted_mismatch", {"reason": "no https id"})
        try:
            remote = self.document(url, "assertion")
        except FetchError as exc:
            return assertion, checks.unknown(SIGNATURE, "hosted_unavailable", {"url": url, "reason": exc.message})
        except ImportRefused:
            return assertion, checks.failed(SIGNATURE, "hosted_mismatch", {"url": url})
        if set(assertion) == {"id"}:
            assertion = remote
        if remote != assertion:
            return assertion, checks.failed(SIGNATURE, "hosted_mismatch", {"url": url})
        return assertion, checks.ok(SIGNATURE, "hosted_ok", {"url": url}, url=url)

    def hosted_binding(self, assertion: dict[str, Any], issuer: dict[str, Any]) -> Check:
        """The assertion must live on the issuer's origin (or one the issuer allows)."""
        origin, issuer_origin = _origin(assertion.get("id")), _origin(issuer.get("id"))
        policy = issuer.get("verification") if isinstance(issuer.get("verification"), dict) else {}
        allowed = policy.get("allowedOrigins") or []
        allowed = allowed if isinstance(allowed, list) else [allowed]
        details = {"assertion": assertion.get("id"), "issuer": issuer.get("id")}
        if origin and (origin == issuer_origin or urlsplit(origin).netloc in allowed):
            return checks.ok(ISSUER_KEY, "hosted_ok", details)
        return checks.failed(ISSUER_KEY, "hosted_elsewhere", details)

    def signed(self, jws: CompactJws, issuer: dict[str, Any]) -> tuple[Check, Check]:
        problem = algorithm_problem(jws)
        if problem is not None:
            return problem, checks.unknown(ISSUER_KEY, "skipped")
        verification = jws.payload.get("verification") or {}
        creator = verification.get("creator") if isinstance(verification, dict) else None
        try:
            key_doc = self.document(creator, "key")
            key = public_key_from_jwk(key_doc["publicKeyJwk"]) if "publicKeyJwk" in key_doc \
                else public_key_from_jwk(rsa_jwk_from_pem(key_doc.get("publicKeyPem", "")))
        except FetchError as exc:
            return (checks.unknown(SIGNATURE, "key_unavailable", {"key": creator, "reason": exc.message}),
                    checks.unknown(ISSUER_KEY, "skipped"))
        except (ImportRefused, InvalidKey, KeyError, TypeError) as exc:
            return (checks.failed(SIGNATURE, "failed", {"key": creator, "reason": str(exc)}),
                    checks.unknown(ISSUER_KEY, "skipped"))
        details = {"alg": jws.alg, "method": creator}
        signature = signature_with_key(jws, key, details)
        if signature.status is not CheckStatus.OK:
            return signature, checks.unknown(ISSUER_KEY, "skipped")
        owner = key_doc.get("owner")
        if owner != issuer.get("id") or _origin(creator) != _origin(issuer.get("id")):
            return signature, checks.failed(ISSUER_KEY, "failed", {**details, "owner": owner})
        return signature, checks.ok(ISSUER_KEY, "ok", {**details, "owner": owner})

    def status(self, assertion: dict[str, Any], issuer: dict[str, Any]) -> Check:
        if assertion.get("revoked") is True:
            return checks.failed(STATUS, "revoked", {"reason": assertion.get("revocationReason")})
        url = issuer.get("revocationList")
        if url is None:
            return checks.ok(STATUS, "none")
        try:
            revocations = self.document(url, "revocation_list")
        except FetchError as exc:
            return checks.unknown(STATUS, "unreachable", {"list": url, "reason": exc.message})
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
    stated = recipient["identity"]
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
    if signed:
        if not isinstance(document, str):
            raise Malformed("A signed Open Badges 2.0 assertion must be a compact JWS.")
        jws = split_jws(document)
        assertion, signature = jws.payload, None
    else:
        if not isinstance(document, dict):
            raise Malformed("An Open Badges 2.0 assertion must be a JSON object.")
        assertion, signature = ob2.hosted(document)
    try:
        validity = ob2_validity(assertion)
        if not isinstance(assertion.get("recipient"), dict):
            raise Malformed("The assertion has no recipient.")
        badge = ob2.document(assertion.get("badge"), "badge")
        issuer = ob2.document(badge.get("issuer"), "issuer")
    except FetchError as exc:
        issuer_unknown = checks.unknown(ISSUER_KEY, "unavailable", {"reason": exc.message})
        return verifier.finish(assertion, Shape(checks.ok(FORMAT, "ob2_ok")), signature or
                               checks.unknown(SIGNATURE, "skipped"), issuer_unknown, with_status=True,
                               details=_details(ob2, signed), status=checks.unknown(STATUS, "skipped"))
    except ImportRefused as exc:
        return verifier.garbled("credential", exc)
    issuer_id = issuer.get("id") if isinstance(issuer.get("id"), str) else None
    issuer_name = issuer.get("name") if isinstance(issuer.get("name"), str) else None
    shape = Shape(checks.ok(FORMAT, "ob2_ok"), "ob2", issuer_id, issuer_name, validity)
    if jws is not None:
        signature, binding = ob2.signed(jws, issuer)
    else:
        binding = ob2.hosted_binding(assertion, issuer) if signature.status is CheckStatus.OK \
            else checks.unknown(ISSUER_KEY, "skipped")
    authentic = signature.status is CheckStatus.OK and binding.status is CheckStatus.OK
    status = ob2.status(assertion, issuer) if authentic else checks.unknown(STATUS, "skipped")
    report = verifier.finish(assertion, shape, signature, binding, with_status=True,
                             details=_details(ob2, signed), status=status)
    if recipient is None:
        return report
    holder = (checks.ok(CheckName.HOLDER, "recipient_ok") if recipient_matches(assertion["recipient"], recipient)
              else checks.failed(CheckName.HOLDER, "recipient_mismatch"))
    return VerificationReport(**{**report.__dict__, "checks": report.checks + (holder,)})


def _details(ob2: _Ob2, signed: bool) -> dict[str, Any]:
    form = SignedForm.OB2_SIGNED if signed else SignedForm.OB2_HOSTED
    return {"signed_form": form.value, "documents": ob2.fetched}
