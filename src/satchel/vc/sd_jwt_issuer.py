"""The key that signed an SD-JWT VC: a DID in ``iss`` (did:key, did:jwk, did:web), the issuer's JWT VC Issuer
Metadata (``/.well-known/jwt-vc-issuer``, and its ``jwks_uri`` when the keys are not inline), or an ``x5c`` chain.

The metadata and JWKS are public documents like DID documents: fetched through the document cache, used
while fresh (their own validity, else the user's maximum age), fetched again after that. When they cannot
be had the signature is ``unknown``, named: a copy too old to use (its age), an address Satchel does not
download from (its host), or a server that could not be reached.

An ``x5c`` leaf verifies the signature, but Satchel holds no trust anchors for SD-JWT issuers, so the key's
link to the issuer stays ``unknown`` (named), never ``ok``.
"""

from __future__ import annotations

import base64
from typing import Any
from urllib.parse import urlsplit

from satchel.crypto import PublicKey, public_key_from_jwk
from satchel.errors import FetchError, FetchRefused, InvalidKey, Malformed
from satchel.model import Check, CheckName
from satchel.vc import checks
from satchel.vc.documents import DocumentSource
from satchel.vc.engine_hooks import EngineHooks
from satchel.vc.freshness import unavailable_check
from satchel.vc.jws import (
    CompactJws,
    algorithm_problem,
    signature_with_key,
    verify_did_jws,
)

SIGNATURE, ISSUER_KEY = CheckName.SIGNATURE, CheckName.ISSUER_KEY
WELL_KNOWN = "/.well-known/jwt-vc-issuer"


def metadata_url(iss: str) -> str:
    """SD-JWT VC §5: the well-known segment goes between the host and the issuer's path."""
    parts = urlsplit(iss)
    return f"https://{parts.netloc}{WELL_KNOWN}{parts.path.rstrip('/')}"


def issuer_checks(jws: CompactJws, iss: Any, verifier: EngineHooks) -> tuple[Check, Check]:
    """(signature, issuer_key) for the issuer-signed JWT of an SD-JWT VC."""
    problem = algorithm_problem(jws)
    if problem is not None:
        return problem, checks.unknown(ISSUER_KEY, "skipped")
    x5c = jws.header.get("x5c")
    if not isinstance(iss, str) or not iss:  # iss is optional: a certificate may still name the key
        if isinstance(x5c, list) and x5c:
            return _x5c(jws, x5c, None)
        return checks.unknown(SIGNATURE, "sd_jwt_no_iss"), checks.unknown(ISSUER_KEY, "skipped")
    if iss.startswith("did:"):
        resolver, web = verifier.resolver()
        signature, binding, _ = verify_did_jws(jws, iss, resolver, web)
        return signature, binding
    if isinstance(x5c, list) and x5c:
        return _x5c(jws, x5c, iss)
    if iss.startswith("https://"):
        return _metadata(jws, iss, verifier.source)
    return (checks.unknown(SIGNATURE, "sd_jwt_no_key", {"iss": iss[:200]}),
            checks.unknown(ISSUER_KEY, "skipped"))


def _x5c(jws: CompactJws, x5c: list[Any], iss: str | None) -> tuple[Check, Check]:
    from satchel.crypto.seal import (  # X.509 only when needed
        load_certificate,
        verify_with_certificate,
    )

    try:
        leaf = load_certificate(base64.b64decode(str(x5c[0]), validate=True))
    except (ValueError, InvalidKey, Malformed):
        # no key could be read from the certificate, so no signature was computed: unknown, named
        return checks.unknown(SIGNATURE, "sd_jwt_x5c_unreadable"), checks.unknown(ISSUER_KEY, "skipped")
    details = {"alg": jws.alg, "x5c_subject": getattr(leaf, "subject", None)}
    if not verify_with_certificate(leaf, jws.alg, jws.signing_input, jws.signature):
        return checks.failed(SIGNATURE, "failed", details), checks.unknown(ISSUER_KEY, "skipped")
    named = iss or str(details["x5c_subject"] or "—")  # with no iss, the certificate's subject names it
    return (checks.ok(SIGNATURE, "ok", details, suite=f"SD-JWT {jws.alg} (x5c)"),
            checks.unknown(ISSUER_KEY, "sd_jwt_x5c_untrusted", {"iss": iss}, issuer=named))


def _metadata(jws: CompactJws, iss: str, source: DocumentSource) -> tuple[Check, Check]:
    url = metadata_url(iss)
    details: dict[str, Any] = {"iss": iss, "metadata": url, "kid": jws.header.get("kid")}
    try:
        metadata, cached = source.fetch_json(url)
        details["fetched_at"] = cached.fetched_at.isoformat()
        if metadata.get("issuer") != iss:  # not this issuer's keys: nothing to compute a signature with
            named = metadata.get("issuer")
            return _not_checked(checks.unknown(
                SIGNATURE, "sd_jwt_metadata_other_issuer", {**details, "reason": "metadata names another issuer"},
                url=url, named=str(named)[:200] if named is not None else "—", iss=iss))
        jwks = metadata.get("jwks")
        if not isinstance(jwks, dict) and isinstance(metadata.get("jwks_uri"), str) \
                and metadata["jwks_uri"].startswith("https://"):
            jwks, _ = source.fetch_json(metadata["jwks_uri"])
    except FetchError as exc:
        details["reason"] = exc.message
        if isinstance(exc, FetchRefused):  # no copy at hand, and an address Satchel refuses to download from
            return (checks.unknown(SIGNATURE, "key_refused", details, host=urlsplit(url).netloc),
                    checks.unknown(ISSUER_KEY, "skipped"))
        return (unavailable_check(SIGNATURE, "key_unavailable", details, {url: exc}),
                checks.unknown(ISSUER_KEY, "skipped"))
    except Malformed:
        return checks.unknown(SIGNATURE, "key_unavailable", details), checks.unknown(ISSUER_KEY, "skipped")
    keys = _candidates(jwks, jws.header.get("kid"))
    if not keys:  # no key to compute the signature with: unknown, never "not authentic"
        kid = jws.header.get("kid")
        return _not_checked(checks.unknown(
            SIGNATURE, "sd_jwt_metadata_no_key", {**details, "reason": "no matching key in the issuer metadata"},
            iss=iss, kid=str(kid)[:100] if kid is not None else "—"))
    results = [signature_with_key(jws, key, details) for key in keys]
    good = next((r for r in results if r.status.value == "ok"), None)
    if good is None:
        return results[0], checks.unknown(ISSUER_KEY, "skipped")
    return good, checks.ok(ISSUER_KEY, "sd_jwt_metadata", details, issuer=iss)


def _not_checked(signature: Check) -> tuple[Check, Check]:
    return signature, checks.not_checked(ISSUER_KEY, signature)


def _candidates(jwks: Any, kid: Any) -> list[PublicKey]:
    entries = jwks.get("keys") if isinstance(jwks, dict) else None
    found = []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or (kid is not None and entry.get("kid") != kid):
            continue
        try:
            found.append(public_key_from_jwk(entry))
        except InvalidKey:
            continue
    return found
