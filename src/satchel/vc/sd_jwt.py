"""SD-JWT VC verification (RFC 9901 SD-JWT, IETF SD-JWT VC): the issuer signature, every disclosure, dates,
status, and — for a presentation — the key binding JWT.

The ``signature`` check covers the issuer JWT *and* the disclosures: a disclosure whose digest the issuer did
not sign, a digest listed twice, or a disclosure that would overwrite a claim makes it ``failed`` (a digest was
computed and did not match). A digest algorithm Satchel lacks, or a status Satchel cannot read (Token Status
List), is ``unknown``. The ``format`` check says how many claims were shown and that others were withheld.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from typing import Any

from satchel.crypto import b64url_decode
from satchel.errors import Malformed
from satchel.model import Check, CheckName, CheckStatus, VerificationReport
from satchel.model.sd_jwt import (
    SD_JWT_VC_TYPES,
    UNSIGNED_DISCLOSURE,
    SdJwt,
    count_digests,
    disclosable_pointers,
    disclosed_payload,
    disclosure_problem,
    split_sd_jwt,
)
from satchel.vc import checks
from satchel.vc.datamodel import Shape
from satchel.vc.dates import jwt_validity
from satchel.vc.engine_hooks import EngineHooks
from satchel.vc.jws import split_jws
from satchel.vc.presentation import (
    challenge_check,
    credentials_check,
    domain_check,
    unproven,
)
from satchel.vc.safejson import loads
from satchel.vc.sd_jwt_holder import bare_holder_binding, cnf_key, holder_check, key_binding
from satchel.vc.sd_jwt_issuer import issuer_checks

FORMAT, SIGNATURE, STATUS = CheckName.FORMAT, CheckName.SIGNATURE, CheckName.STATUS
CHALLENGE = CheckName.CHALLENGE


def _read(part: str, what: str) -> Any:
    try:
        return loads(b64url_decode(part))
    except (ValueError, TypeError) as exc:
        raise Malformed(f"The {what} of this SD-JWT is not valid base64url JSON.") from exc


def parse(token: str) -> SdJwt:
    return split_sd_jwt(token, _read)


def verify_credential(verifier: EngineHooks, token: str) -> VerificationReport:
    """An SD-JWT VC as issued or as presented (a key binding JWT, if any, is not checked here)."""
    sd = parse(token)
    jws = split_jws(sd.issuer_jwt)
    claims = disclosed_payload(sd)
    form = _format_check(sd)
    if form.status is not CheckStatus.OK:
        return verifier._report("credential", claims, [form])
    signature, issuer_key = issuer_checks(jws, sd.payload.get("iss"), verifier)
    if signature.status is CheckStatus.OK:
        problem = disclosure_problem(sd)
        if problem is not None:
            result = "sd_jwt_disclosure" if problem == UNSIGNED_DISCLOSURE else "sd_jwt_disclosure_malformed"
            signature = checks.failed(SIGNATURE, result, {"reason": problem})
    authentic = signature.status is CheckStatus.OK and issuer_key.status is CheckStatus.OK
    iss = sd.payload.get("iss") if isinstance(sd.payload.get("iss"), str) else None
    shape = Shape(form, None, iss, None, jwt_validity(sd.payload))
    status = _status_check(sd.payload, authentic)
    report = verifier.finish(claims, shape, signature, issuer_key, with_status=True, status=status,
                             details={"signed_form": "sd-jwt-vc", "alg": jws.alg, "vct": sd.payload.get("vct"),
                                      "disclosed": disclosable_pointers(sd)})
    return report if report.title else replace(report, title=_title(claims))


def _title(claims: dict[str, Any]) -> str | None:
    """What people call it (the wallet's display rule): its achievement's name, a title or name, else the last
    part of its vct."""
    stated = claims.get("achievement")
    achievement = stated if isinstance(stated, dict) else {}
    for value in (claims.get("achievement_name"), achievement.get("name"), claims.get("title"), claims.get("name")):
        if isinstance(value, str) and value.strip():
            return value.strip()[:200]
    vct = claims.get("vct")
    return vct.rstrip("/").rsplit("/", 1)[-1][:200] if isinstance(vct, str) and vct else None


def verify_presentation(verifier: EngineHooks, token: str, *, challenge: str | None,
                        domain: str | None) -> VerificationReport:
    """An SD-JWT VC presentation: the credential, plus the holder's key binding JWT (typ kb+jwt, signed with
    the key in ``cnf``, ``sd_hash`` over the presented disclosures, ``nonce`` = challenge, ``aud`` = domain, and
    ``iat`` at most ``verifier.kb_max_age`` old: see :func:`kb_challenge_check`). The holder is the one the cnf
    key names (:func:`satchel.vc.sd_jwt_holder.cnf_key`), and the credential's holder_binding is proven by the key
    binding signature."""
    sd = parse(token)
    child = verify_credential(verifier, token)
    cnf = cnf_key(sd.payload, verifier.resolver()[0])
    holder = holder_check(key_binding(sd, cnf, verifier.clock.now(), verifier.skew))
    if holder.status is CheckStatus.OK:
        found = [checks.ok(FORMAT, "presentation_ok"), holder,
                 kb_challenge_check(holder.details, challenge, verifier.clock.now(), verifier.kb_max_age),
                 domain_check(holder.details.get("aud"), domain)]
    else:
        found = [checks.ok(FORMAT, "presentation_ok"), holder, *unproven(challenge, domain)]
    child = replace(child, checks=(*child.checks, bare_holder_binding(holder, cnf)))
    found.append(credentials_check([child]))
    return verifier._report("presentation", {}, found, credentials=(child,), holder=cnf.holder,
                            details={"format": "dc+sd-jwt", "kb": holder.status.value})


def _format_check(sd: SdJwt) -> Check:
    typ = sd.header.get("typ")
    if typ is not None and typ not in SD_JWT_VC_TYPES:
        return checks.failed(FORMAT, "bad_type", {"typ": str(typ)[:60]}, expected="SD-JWT VC (dc+sd-jwt)")
    if not isinstance(sd.payload.get("vct"), str):
        return checks.failed(FORMAT, "missing_field", {"field": "vct"}, field="vct")
    if sd.digest("") is None:
        return checks.unknown(FORMAT, "sd_jwt_alg_unknown", {"alg": sd.hash_name[:40]}, alg=sd.hash_name[:40])
    shown = len(disclosable_pointers(sd))
    hidden = count_digests(sd.payload) + sum(count_digests(d.value) for d in sd.disclosures) - len(sd.disclosures)
    details = {"typ": typ, "disclosed": shown, "undisclosed_digests": max(hidden, 0)}
    claims = _shown_claims(sd)
    if hidden > 0:
        return checks.ok(FORMAT, "sd_jwt_withheld", details, shown=shown, claims=claims)
    return checks.ok(FORMAT, "sd_jwt_all", details, shown=shown, claims=claims)


def _shown_claims(sd: SdJwt, limit: int = 12) -> str:
    """``given_name: Ada; achievement › name: Data Literacy`` — the disclosed values a recruiter reads."""
    claims = disclosed_payload(sd)
    parts = []
    for pointer in disclosable_pointers(sd):
        value: Any = claims
        for step in pointer.strip("/").split("/"):
            step = step.replace("~1", "/").replace("~0", "~")
            if isinstance(value, list) and step.isdigit() and int(step) < len(value):
                value = value[int(step)]
            else:
                value = value.get(step) if isinstance(value, dict) else None
        if isinstance(value, (str, int, float, bool)):
            text = str(value)
            parts.append(f"{' › '.join(pointer.strip('/').split('/'))}: {text[:60]}{'…' if len(text) > 60 else ''}")
    more = len(parts) - limit
    return "; ".join(parts[:limit]) + (f"; … (+{more})" if more > 0 else "") if parts else "—"


def _status_check(payload: dict[str, Any], authentic: bool) -> Check:
    status = payload.get("status")
    if status is None:
        return checks.ok(STATUS, "none")
    if not authentic:
        return checks.unknown(STATUS, "skipped")
    kind = next(iter(status), "?") if isinstance(status, dict) else "?"
    return checks.unknown(STATUS, "unsupported", {"type": str(kind)[:60]}, type=str(kind)[:60])


def kb_challenge_check(kb: dict[str, Any], expected: str | None, now: datetime, max_age: timedelta) -> Check:
    """The challenge check of an SD-JWT presentation: its key binding JWT's ``nonce``, and how fresh it is.

    A stale key binding JWT (``iat`` more than ``max_age`` before ``now``) is not a broken signature: the
    holder did prove the key, only too long ago to show they are presenting it now — a copied or replayed
    presentation looks the same. It is judged as the challenge is (replay protection, an integrity check):
    ``failed`` when the verifier gave a challenge (the answer is not fresh: "ask them to present again"), a
    ``warning`` when it gave none (as "holder proven, not bound to your request" already is). A wrong nonce
    is reported as such first."""
    nonce_check = challenge_check(kb.get("nonce"), expected)
    iat = kb.get("iat")
    if nonce_check.status is CheckStatus.FAILED or not isinstance(iat, (int, float)) or isinstance(iat, bool):
        return nonce_check
    age = now.timestamp() - iat
    if age <= max_age.total_seconds():
        return nonce_check
    try:
        signed = datetime.fromtimestamp(iat, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    except (OverflowError, OSError, ValueError):  # before year 1: say the number as it is
        signed = f"iat {iat}"
    minutes = max(int(max_age.total_seconds() // 60), 1)
    details = {**nonce_check.details, "iat": iat, "age_seconds": int(age),
               "max_age_seconds": int(max_age.total_seconds())}
    if expected is None:
        return checks.warning(CHALLENGE, "sd_jwt_stale_unbound", details, signed=signed, max=minutes)
    return checks.failed(CHALLENGE, "sd_jwt_stale", details, signed=signed, max=minutes)
