"""The holder's side of an SD-JWT VC being verified: the key its ``cnf`` names, the key binding JWT, and whether
the credential is bound to whoever presented it.

- **The cnf key** (:func:`cnf_key`): ``cnf.jwk``, or ``cnf.kid`` a DID URL (dereferenced like any DID key). It
  names the holder as Satchel names holders elsewhere: the ``did:key`` of the key (Ed25519, P-256, P-384,
  secp256k1), the DID of a ``cnf.kid``, or for an RSA key (which has no did:key) its RFC 7638 thumbprint as an
  RFC 9278 URI.
- **The key binding JWT** (:func:`key_binding`, RFC 9901 §4.3): ``typ`` kb+jwt, an algorithm allowed for the cnf
  key, signed by that key, ``sd_hash`` over what is presented, ``iat`` not in the future. A signature that does
  not match, an ``sd_hash`` that does not (disclosures added or removed): *failed*, not authentic; a malformed
  one, one dated in the future, another nonce or aud: *failed*, invalid (nothing shows a forgery). A cnf key or
  an algorithm Satchel cannot use: *unknown*, named.
- **Inside a signed presentation** (:func:`in_presentation`, an ``EnvelopedVerifiableCredential`` of a QR share or
  ``satchel present``): when the SD-JWT carries a key binding JWT it is checked as above, and its ``nonce`` must
  be the challenge of the presentation's proof and its ``aud`` name the proof's domain when the proof has one
  (Satchel's builder puts them there; with no domain it addresses the holder's own DID, which is not compared).
  Its age is the presentation's: the nonce ties it to the proof, and a signed presentation (a PDF, a QR on paper)
  is checked later as any presentation is. A bad one makes that credential *not authentic* (signature or sd_hash)
  or *invalid* (anything else); an unverifiable one *could not be fully checked*. Without a key binding JWT
  nothing is added: the presentation's signature is then the holder's proof. **holder_binding** is ``ok`` when
  the cnf key is the very key that signed the presentation (an RFC 7638 thumbprint comparison), a warning naming
  the key otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from satchel.crypto import PublicKey, did_key_for, jwk_thumbprint, public_key_from_jwk, verify
from satchel.errors import DidResolutionError, InvalidKey, Malformed
from satchel.model import Check, CheckName, CheckStatus
from satchel.model.sd_jwt import SdJwt
from satchel.vc import checks
from satchel.vc.did import DidResolver, public_key_of
from satchel.vc.jws import algorithm_problem, key_matches, split_jws

HOLDER, HOLDER_BINDING = CheckName.HOLDER, CheckName.HOLDER_BINDING
KB_TYPE = "kb+jwt"
THUMBPRINT_URI = "urn:ietf:params:oauth:jwk-thumbprint:sha-256:"  # RFC 9278


@dataclass(frozen=True)
class CnfKey:
    """The key a credential's ``cnf`` names and the holder it names; ``problem`` (absent, unreadable,
    unresolved) when there is none Satchel can use."""

    key: PublicKey | None = None
    holder: str | None = None
    problem: str | None = None
    reason: str = ""


@dataclass(frozen=True)
class KeyBinding:
    """The verdict on a key binding JWT: ``fault`` None when it is valid, else missing, no_key, alg_unknown,
    signature, sd_hash, malformed or future."""

    fault: str | None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class VpBinding:
    """What a signed presentation proved, for the SD-JWT VCs inside it: the thumbprint of each key that made a
    valid holder proof → that key's controller, and the challenge and domain its proof carries."""

    signers: Mapping[str, str]
    challenge: Any = None
    domain: Any = None


def holder_name(key: PublicKey) -> str:
    """``did:key:…`` of the key; an RSA key (no did:key) by its RFC 9278 thumbprint URI."""
    if key.kind == "RSA":
        return THUMBPRINT_URI + jwk_thumbprint(key)
    return did_key_for(key.multikey)


def cnf_key(payload: Mapping[str, Any], resolver: DidResolver) -> CnfKey:
    cnf = payload.get("cnf")
    if not isinstance(cnf, dict) or not ({"jwk", "kid"} & set(cnf)):
        return CnfKey(problem="absent")
    if "jwk" in cnf:
        try:
            key = public_key_from_jwk(cnf["jwk"])
            return CnfKey(key, holder_name(key))
        except InvalidKey as exc:
            return CnfKey(problem="unreadable", reason=exc.message)
    kid = cnf.get("kid")
    if not isinstance(kid, str) or not kid.startswith("did:"):
        return CnfKey(problem="unreadable", reason="cnf.kid is not a DID URL")
    try:
        if "#" in kid:
            method, _ = resolver.dereference(kid)
        else:
            methods = resolver.resolve(kid).get("verificationMethod")
            if not isinstance(methods, list) or len(methods) != 1 or not isinstance(methods[0], dict):
                raise DidResolutionError(f"{kid[:200]} does not name one key.")
            method = methods[0]
        return CnfKey(public_key_of(method), kid.split("#", 1)[0])
    except (DidResolutionError, InvalidKey, Malformed) as exc:
        return CnfKey(problem="unresolved", reason=exc.message)


def key_binding(sd: SdJwt, cnf: CnfKey, now: datetime, skew: timedelta) -> KeyBinding:
    """Check the key binding JWT of ``sd`` against its cnf key (see the module docstring for the verdicts)."""
    if sd.kb_jwt is None:
        return KeyBinding("missing")
    try:
        kb = split_jws(sd.kb_jwt)
    except Malformed as exc:
        return KeyBinding("malformed", {"reason": exc.message})
    details: dict[str, Any] = {"nonce": kb.payload.get("nonce"), "aud": kb.payload.get("aud"), "alg": kb.alg[:40],
                               "holder": cnf.holder}
    if kb.header.get("typ") != KB_TYPE:
        return KeyBinding("malformed", {**details, "reason": "typ is not kb+jwt"})
    problem = algorithm_problem(kb)
    if problem is not None:
        return KeyBinding("alg_unknown" if problem.status is CheckStatus.UNKNOWN else "malformed",
                          {**details, "reason": "algorithm", "unsupported": kb.alg[:40]})
    if cnf.key is None:
        return KeyBinding("no_key", {**details, "reason": cnf.reason or f"cnf {cnf.problem}"})
    if not key_matches(kb, cnf.key) or not verify(cnf.key, kb.alg, kb.signing_input, kb.signature):
        return KeyBinding("signature", {**details, "key_type": cnf.key.kind})
    expected = sd.digest(sd.presented_part)
    if expected is None:
        return KeyBinding("alg_unknown", {**details, "reason": "digest algorithm", "unsupported": sd.hash_name[:40]})
    if kb.payload.get("sd_hash") != expected:
        return KeyBinding("sd_hash", {**details, "reason": "sd_hash does not match"})
    iat = kb.payload.get("iat")
    if isinstance(iat, bool) or not isinstance(iat, (int, float)):
        return KeyBinding("malformed", {**details, "reason": "no iat"})
    details["iat"] = iat
    if iat > now.timestamp() + skew.total_seconds():
        return KeyBinding("future", {**details, "reason": "iat is in the future"})
    return KeyBinding(None, details)


# The holder check of a bare SD-JWT presentation (jwt~disclosures~kb-jwt), per fault: (status, result).
_ALONE = {None: (CheckStatus.OK, "sd_jwt_kb_ok"), "missing": (CheckStatus.FAILED, "sd_jwt_no_kb"),
          "no_key": (CheckStatus.UNKNOWN, "sd_jwt_no_cnf"), "alg_unknown": (CheckStatus.UNKNOWN, "sd_jwt_kb_alg"),
          "signature": (CheckStatus.FAILED, "failed"), "sd_hash": (CheckStatus.FAILED, "sd_jwt_kb_invalid"),
          "malformed": (CheckStatus.FAILED, "sd_jwt_kb_malformed"),
          "future": (CheckStatus.FAILED, "sd_jwt_kb_future")}
# The same, said of one credential inside a signed presentation.
_IN_VP = {None: (CheckStatus.OK, "sd_jwt_kb_vp_ok"), "no_key": (CheckStatus.UNKNOWN, "sd_jwt_no_cnf"),
          "alg_unknown": (CheckStatus.UNKNOWN, "sd_jwt_kb_alg"),
          "signature": (CheckStatus.FAILED, "sd_jwt_kb_vp_signature"),
          "sd_hash": (CheckStatus.FAILED, "sd_jwt_kb_vp_disclosures"),
          "malformed": (CheckStatus.FAILED, "sd_jwt_kb_vp_malformed"),
          "future": (CheckStatus.FAILED, "sd_jwt_kb_vp_future")}


def _check(table: Mapping[str | None, tuple[CheckStatus, str]], binding: KeyBinding, **params: Any) -> Check:
    status, result = table[binding.fault]
    if binding.fault == "alg_unknown":
        params = {**params, "alg": str(binding.details.get("unsupported", "?"))[:40]}
    return checks.make(HOLDER, status, result, binding.details, **params)


def holder_check(binding: KeyBinding) -> Check:
    """The holder check of a bare SD-JWT presentation."""
    return _check(_ALONE, binding)


def bare_holder_binding(holder: Check, cnf: CnfKey) -> Check:
    """holder_binding of the credential of a bare SD-JWT presentation: proven by its key binding signature."""
    details = {"holder": cnf.holder}
    if holder.status is CheckStatus.OK and cnf.holder:
        return checks.ok(HOLDER_BINDING, "sd_jwt_kb", details, subject=cnf.holder)
    return checks.warning(HOLDER_BINDING, "holder_unproven", details)


def in_presentation(sd: SdJwt, vp: VpBinding, resolver: DidResolver, now: datetime, skew: timedelta) -> list[Check]:
    """The checks an SD-JWT VC inside a signed presentation adds to its report: its key binding JWT (when it
    carries one), then holder_binding."""
    cnf = cnf_key(sd.payload, resolver)
    found = [] if sd.kb_jwt is None else [_kb_in_vp(key_binding(sd, cnf, now, skew), vp)]
    return [*found, _holder_binding(cnf, vp.signers)]


def _kb_in_vp(binding: KeyBinding, vp: VpBinding) -> Check:
    if binding.fault is not None:
        return _check(_IN_VP, binding)
    details = {**binding.details, "expected_nonce": vp.challenge, "expected_aud": vp.domain}
    if vp.challenge is not None and binding.details.get("nonce") != vp.challenge:
        return checks.failed(HOLDER, "sd_jwt_kb_vp_other_request", details)
    wanted = _strings(vp.domain)
    if wanted and not set(wanted) <= set(_strings(binding.details.get("aud"))):
        return checks.failed(HOLDER, "sd_jwt_kb_vp_other_site", details, domain=", ".join(wanted)[:200])
    return checks.ok(HOLDER, "sd_jwt_kb_vp_ok", details)


def _strings(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [item for item in items if isinstance(item, str)]


def _holder_binding(cnf: CnfKey, signers: Mapping[str, str]) -> Check:
    details: dict[str, Any] = {"bound_to": cnf.holder, "signers": sorted(set(signers.values()))[:10]}
    if not signers:
        return checks.warning(HOLDER_BINDING, "holder_unproven", details)
    if cnf.key is None:
        if cnf.problem == "absent":
            return checks.warning(HOLDER_BINDING, "no_subject", details)
        return checks.warning(HOLDER_BINDING, "sd_jwt_key_unreadable", {**details, "reason": cnf.reason})
    signer = signers.get(jwk_thumbprint(cnf.key))
    if signer is not None:
        return checks.ok(HOLDER_BINDING, "ok", details, subject=signer)
    return checks.warning(HOLDER_BINDING, "sd_jwt_other_key", details, subject=cnf.holder or "?")


def signer_thumbprints(methods: Iterable[str], resolver: DidResolver) -> dict[str, str]:
    """Thumbprint → controller of each verification method (by id) that made a valid holder proof."""
    found: dict[str, str] = {}
    for method_id in methods:
        try:
            method, _ = resolver.dereference(method_id)
            controller = method.get("controller")
            if isinstance(controller, str):
                found[jwk_thumbprint(public_key_of(method))] = controller
        except (DidResolutionError, InvalidKey, Malformed):
            continue
    return found


__all__ = ["CnfKey", "KeyBinding", "VpBinding", "bare_holder_binding", "cnf_key", "holder_check", "holder_name",
           "in_presentation", "key_binding", "signer_thumbprints"]
