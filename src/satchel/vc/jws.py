"""Compact JWS: split and decode with caps, allowed algorithms (RFC 8725), key checks.

The algorithm named in the header must be one Satchel allows *and* match the type of the key the
``kid`` / issuer resolves to: ``none``, HMAC (``HS*``) and mismatches (an RSA key with ES256, an
Ed25519 key with RS256…) are refused before any signature check.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from satchel.crypto import PublicKey, b64url_decode, public_key_from_jwk, verify
from satchel.errors import DidResolutionError, InvalidKey, Malformed
from satchel.limits import MAX_BYTES, require_size
from satchel.model import Check, CheckName, CheckStatus
from satchel.vc import checks
from satchel.vc.did import DidResolver, is_authorized, public_key_of
from satchel.vc.did.web import WebDidDocuments
from satchel.vc.freshness import unavailable_check
from satchel.vc.safejson import load_object

ALLOWED_ALGORITHMS = {"EdDSA": "Ed25519", "Ed25519": "Ed25519", "ES256": "P-256", "ES384": "P-384",
                      "ES256K": "secp256k1", "RS256": "RSA"}
MAX_TOKEN = MAX_BYTES  # the importers' cap too (satchel.limits)
SIGNATURE, ISSUER_KEY, FORMAT = CheckName.SIGNATURE, CheckName.ISSUER_KEY, CheckName.FORMAT


@dataclass(frozen=True)
class CompactJws:
    header: dict[str, Any]
    payload: dict[str, Any]
    signing_input: bytes
    signature: bytes

    @property
    def alg(self) -> str:
        return str(self.header.get("alg"))


def split_jws(token: str) -> CompactJws:
    """Decode ``header.payload.signature``; Malformed for anything else (including SD-JWT)."""
    token = token.strip()
    require_size(len(token), MAX_TOKEN, "a signed token")
    if "~" in token:
        raise Malformed("Selective-disclosure JWTs are not supported.")
    parts = token.split(".")
    if len(parts) != 3:
        raise Malformed("This is not a compact JWS (it must have three parts).")
    try:
        header = load_object(b64url_decode(parts[0]))
        payload = load_object(b64url_decode(parts[1]))
        signature = b64url_decode(parts[2])
    except (ValueError, TypeError) as exc:
        raise Malformed("The signed token is not valid base64url.") from exc
    return CompactJws(header, payload, f"{parts[0]}.{parts[1]}".encode("ascii"), signature)


def algorithm_problem(jws: CompactJws) -> Check | None:
    """None when the header's algorithm can be checked. ``none`` and HMAC (``HS*``, a shared secret, so
    no proof of who signed) are refused: a FAILED *format* check, nothing is computed. Any other
    algorithm Satchel lacks (PS256, ES512…) is UNKNOWN, named: not a forgery."""
    if jws.alg not in ALLOWED_ALGORITHMS:
        if jws.alg.lower() == "none" or jws.alg.upper().startswith("HS"):
            return checks.failed(FORMAT, "bad_alg", {"alg": jws.alg[:40]}, alg=jws.alg[:40])
        return checks.unknown(SIGNATURE, "unsupported_suite", {"alg": jws.alg[:40]}, suite=jws.alg[:40])
    if "crit" in jws.header:  # no extension is understood; an empty list is invalid too (RFC 7515 §4.1.11)
        return checks.failed(FORMAT, "bad_alg", {"alg": jws.alg, "crit": jws.header.get("crit")},
                             alg=f"{jws.alg} + crit")
    return None


def key_matches(jws: CompactJws, key: PublicKey) -> bool:
    return ALLOWED_ALGORITHMS.get(jws.alg) == key.kind


def signature_with_key(jws: CompactJws, key: PublicKey, details: dict[str, Any]) -> Check:
    if not key_matches(jws, key):
        return checks.failed(FORMAT, "bad_alg", {**details, "key_type": key.kind},
                             alg=f"{jws.alg} with a {key.kind} key")
    if not verify(key, jws.alg, jws.signing_input, jws.signature):
        return checks.failed(SIGNATURE, "failed", details)
    return checks.ok(SIGNATURE, "ok", details, suite=f"JWS {jws.alg}")


def verify_did_jws(jws: CompactJws, signer: str | None, resolver: DidResolver, web: WebDidDocuments, *,
                   purpose: str = "assertionMethod",
                   name: CheckName = SIGNATURE) -> tuple[Check, Check, str | None]:
    """(signature, key binding, signer DID) for a JWS whose key is a DID URL (``kid`` or ``iss``)."""
    problem = algorithm_problem(jws)
    if problem is not None:
        return problem, checks.not_checked(ISSUER_KEY, problem), None
    kid = jws.header.get("kid")
    if isinstance(kid, str) and kid.startswith("#") and signer:
        kid = signer + kid
    if kid is None and "jwk" in jws.header and not (signer or "").startswith("did:"):
        return _self_asserted(jws, signer)
    try:
        method, controller_doc = _dereference(kid if isinstance(kid, str) else None, signer, resolver)
        key = public_key_of(method)
    except DidResolutionError as exc:
        if kid is None and "jwk" in jws.header:
            return _self_asserted(jws, signer)
        details = {"kid": kid, "reason": exc.message}
        signature = (unavailable_check(SIGNATURE, "key_unavailable", details, web.failures) if web.failures
                     else checks.unknown(SIGNATURE, "key_unresolved", details, method=str(kid or signer)[:200]))
        return signature, checks.not_checked(ISSUER_KEY, signature), None
    details = {"alg": jws.alg, "method": method.get("id"), "controller": method.get("controller")}
    signature = signature_with_key(jws, key, details)
    if signature.status.value != "ok":
        return signature, checks.not_checked(ISSUER_KEY, signature), None
    controller = method.get("controller")
    binding = {"issuer": signer, **details}
    if signer is not None and controller != signer:
        return signature, checks.failed(ISSUER_KEY, "failed", binding), controller
    if not is_authorized(controller_doc, method.get("id", ""), purpose):
        return signature, checks.failed(ISSUER_KEY, "not_authorized", binding), controller
    return signature, checks.ok(ISSUER_KEY, "ok", binding), controller


def _self_asserted(jws: CompactJws, signer: str | None) -> tuple[Check, Check, str | None]:
    """The token's only key is the ``jwk`` in its own header: the signature can be checked (the token
    was not changed since that key signed it), but a key that vouches for itself does not prove who
    the issuer is, so the issuer key is UNKNOWN with that sentence."""
    details: dict[str, Any] = {"alg": jws.alg, "key": "jwk in the token's header", "issuer": signer}
    try:
        key = public_key_from_jwk(jws.header["jwk"])
    except InvalidKey as exc:
        unusable = checks.unknown(SIGNATURE, "key_unresolved", {**details, "reason": exc.message},
                                  method="jwk")
        return unusable, checks.not_checked(ISSUER_KEY, unusable), None
    signature = signature_with_key(jws, key, details)
    if signature.status is not CheckStatus.OK:
        return signature, checks.not_checked(ISSUER_KEY, signature), None
    return signature, checks.unknown(ISSUER_KEY, "self_asserted", details), None


def _dereference(kid: str | None, signer: str | None,
                 resolver: DidResolver) -> tuple[dict[str, Any], dict[str, Any]]:
    if kid and "#" in kid:
        return resolver.dereference(kid)
    did = kid or signer
    if not did:
        raise DidResolutionError("The token names no key (no kid) and no issuer.")
    document = resolver.resolve(did)
    methods = _first_assertion_method(document)
    if methods is None:
        raise DidResolutionError(f"{did} lists no key Satchel can use.")
    return resolver.dereference(methods)


def _first_assertion_method(document: dict[str, Any]) -> str | None:
    for entry in document.get("assertionMethod") or []:
        ref = entry.get("id") if isinstance(entry, dict) else entry
        if isinstance(ref, str):
            return document.get("id", "") + ref if ref.startswith("#") else ref
    return None


