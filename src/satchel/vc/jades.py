"""JAdES electronic seals over Europass European Digital Credentials (ETSI TS 119 182-1).

An EDC is sealed as a JWS in JSON serialization: ``{"payload": "<the credential JSON>", "signatures":
[{"protected": …, "header": …, "signature": …}]}`` with ``b64: false`` (the payload is signed as it is,
not base64url-encoded), the seal's X.509 certificate in ``x5c`` and the claimed signing time in ``sigT``.

What is checked here, offline: the signature over the exact payload bytes with the certificate's key;
the certificate matches its ``x5t#S256`` fingerprint; the certificate was valid when the seal was made.
Whether the seal belongs to a qualified EU trust service provider needs the EU trusted lists
(:mod:`satchel.vc.trustlists`); without them the issuer-key check is UNKNOWN, and says so.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from satchel.clock import parse_instant
from satchel.crypto import b64url_decode
from satchel.errors import ImportRefused, InvalidKey, Malformed
from satchel.model import Check, CheckName, VerificationReport
from satchel.model.trustlist import TrustedList
from satchel.vc import checks
from satchel.vc.engine_hooks import EngineHooks
from satchel.vc.jades_timestamps import proven_signing_time, seal_timestamps
from satchel.vc.safejson import load_object

if TYPE_CHECKING:
    from satchel.crypto.seal import Certificate

# The X.509 machinery (cryptography.x509) is loaded only when a sealed credential is checked, so the
# common `satchel verify FILE` path stays lean (tests/cli/test_lean_start.py).
SIGNATURE, ISSUER_KEY = CheckName.SIGNATURE, CheckName.ISSUER_KEY
# Header parameters Satchel processes when an issuer marks them critical (``adoTst``: the time-stamps
# over the payload, checked by satchel.vc.jades_timestamps).
UNDERSTOOD_CRITICAL = frozenset({"b64", "sigT", "adoTst", "x5t#S256"})
MAX_CHAIN = 5


@dataclass(frozen=True)
class JadesSeal:
    header: dict[str, Any]
    payload: bytes  # the credential JSON, exactly as signed
    signing_input: bytes
    signature: bytes
    signature_text: str = ""  # the signature as written (base64url): what a signature time-stamp covers
    unprotected: dict[str, Any] = field(default_factory=dict)  # the unsigned header (etsiU time-stamps)

    @property
    def alg(self) -> str:
        return str(self.header.get("alg"))


def looks_like_jades(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("payload"), str) and (
        isinstance(value.get("signatures"), list) or isinstance(value.get("protected"), str))


def split_jades(value: dict[str, Any]) -> JadesSeal:
    """The one seal of a JWS JSON serialization (general or flattened). Malformed for anything else."""
    if not looks_like_jades(value):
        raise Malformed("This is not a sealed credential (JWS JSON with a payload and a signature).")
    signatures = value.get("signatures", [value])
    if len(signatures) != 1 or not isinstance(signatures[0], dict):
        raise Malformed("A sealed credential must carry exactly one seal.")
    entry = signatures[0]
    protected, signature = entry.get("protected"), entry.get("signature")
    if not isinstance(protected, str) or not isinstance(signature, str):
        raise Malformed("The seal has no protected header or no signature.")
    try:
        header = load_object(b64url_decode(protected))
        sig = b64url_decode(signature)
    except (ValueError, TypeError) as exc:
        raise Malformed("The seal is not valid base64url.") from exc
    payload_text: str = value["payload"]
    if header.get("b64", True) is False:
        payload = payload_text.encode("utf-8")
        signing_input = protected.encode("ascii") + b"." + payload
    else:
        try:
            payload = b64url_decode(payload_text)
        except (ValueError, TypeError) as exc:
            raise Malformed("The sealed payload is not valid base64url.") from exc
        signing_input = f"{protected}.{payload_text}".encode("ascii")
    header_value = entry.get("header")
    unprotected: dict[str, Any] = header_value if isinstance(header_value, dict) else {}
    return JadesSeal(header, payload, signing_input, sig, signature, unprotected)


def credential_of(seal: JadesSeal) -> dict[str, Any]:
    return load_object(seal.payload)


def verify_seal(seal: JadesSeal, *, now: datetime,
                trusted_lists: list[TrustedList] | None = None) -> tuple[Check, Check, Certificate | None]:
    """(signature check, issuer-key check, the seal's certificate when it could be read)."""
    from satchel.crypto.seal import verify_with_certificate

    problem = _header_problem(seal.header)
    if problem is not None:
        return problem, checks.unknown(ISSUER_KEY, "skipped"), None
    try:
        chain = _chain(seal.header)
    except InvalidKey:
        return (checks.unknown(SIGNATURE, "seal_bad_certificate"), checks.unknown(ISSUER_KEY, "skipped"), None)
    cert = chain[0]
    expected = seal.header.get("x5t#S256")
    if expected is not None and expected != _b64url(cert.fingerprint):
        return checks.unknown(SIGNATURE, "seal_fingerprint"), checks.unknown(ISSUER_KEY, "skipped"), cert
    if not verify_with_certificate(cert, seal.alg, seal.signing_input, seal.signature):
        return checks.failed(SIGNATURE, "seal_failed", {"alg": seal.alg}), checks.unknown(ISSUER_KEY, "skipped"), cert
    try:
        stamps = seal_timestamps(seal.header, seal.unprotected, seal.payload, seal.signature_text)
    except InvalidKey:
        return checks.unknown(SIGNATURE, "seal_bad_timestamp"), checks.unknown(ISSUER_KEY, "skipped"), cert
    stamp_details = [s.to_dict() for s in stamps]
    if any(not s.matches for s in stamps):
        return (checks.failed(SIGNATURE, "seal_timestamp_failed", {"timestamps": stamp_details}),
                checks.unknown(ISSUER_KEY, "skipped"), cert)
    details = {"alg": seal.alg, "sealed_by": cert.subject, "timestamps": stamp_details}
    proven = proven_signing_time(stamps)
    if proven is not None:
        stamp = next(s for s in stamps if s.kind == "sigTst" and s.time == proven)
        signature = checks.ok(SIGNATURE, "seal_ok_timestamped", details, sealed_by=cert.subject_name or cert.subject,
                              tsa=_authority_name(stamp.authority), day=proven.date().isoformat())
    else:
        signature = checks.ok(SIGNATURE, "seal_ok", details, sealed_by=cert.subject_name or cert.subject)
    return signature, _certificate_check(seal, cert, now, trusted_lists or [], proven), cert


def _header_problem(header: dict[str, Any]) -> Check | None:
    from satchel.crypto.seal import SEAL_ALGORITHMS

    alg = str(header.get("alg"))
    if alg not in SEAL_ALGORITHMS:
        return checks.unknown(SIGNATURE, "seal_unsupported_alg", {"alg": alg[:40]}, alg=alg[:40])
    if "crit" in header:  # present means checked: ``"crit": null`` is as invalid as ``[]`` (RFC 7515 §4.1.11)
        crit = header["crit"]
        if not isinstance(crit, list) or not crit or not all(isinstance(c, str) and c in header for c in crit):
            return checks.unknown(SIGNATURE, "seal_bad_header", {"crit": str(crit)[:200]})
        unknown = [c for c in crit if c not in UNDERSTOOD_CRITICAL]
        if unknown:
            return checks.unknown(SIGNATURE, "seal_unsupported_header", {"crit": unknown},
                                  names=", ".join(unknown)[:100])
    if not isinstance(header.get("x5c"), list) or not header["x5c"]:
        return checks.unknown(SIGNATURE, "seal_no_certificate")
    return None


def _chain(header: dict[str, Any]) -> list[Certificate]:
    from satchel.crypto.seal import load_certificate

    items = header["x5c"][:MAX_CHAIN]
    try:
        return [load_certificate(base64.b64decode(item, validate=True)) for item in items if isinstance(item, str)]
    except (binascii.Error, ValueError) as exc:
        raise InvalidKey("The seal's certificate is not valid base64.") from exc


def _certificate_check(seal: JadesSeal, cert: Certificate, now: datetime, lists: list[TrustedList],
                       proven: datetime | None = None) -> Check:
    details: dict[str, object] = {"certificate": cert.subject, "issued_by": cert.issuer,
                                  "not_before": cert.not_before.isoformat(),
                                  "not_after": cert.not_after.isoformat(), "fingerprint": cert.fingerprint.hex()}
    # A signature time-stamp proves when the seal existed; otherwise the time the seal claims is used.
    claimed = proven or _signing_time(seal.header)
    if claimed is None:
        return checks.unknown(ISSUER_KEY, "seal_no_time", details)
    details["signing_time"] = claimed.isoformat()
    details["signing_time_source"] = "timestamp" if proven is not None else "claimed"
    if not cert.valid_at(claimed):
        return checks.failed(ISSUER_KEY, "seal_certificate_invalid_then", details, day=claimed.date().isoformat())
    # Valid when the seal was made. Whether the seal is a qualified one (an EU trusted list names its
    # issuing CA) is not known without the trusted list of the CA's country: say so, with who sealed it.
    from satchel.vc.trustlists import qualified_seal_check

    qualified = qualified_seal_check(cert, lists, now, details)
    if qualified is not None:
        return qualified
    return checks.unknown(ISSUER_KEY, "seal_not_qualified_yet", details,
                          sealed_by=cert.subject_name or cert.subject, ca=cert.issuer_name or cert.issuer)


def _authority_name(subject: str) -> str:
    """``CN=good-tsa,O=Nowina Solutions,…`` → ``good-tsa (Nowina Solutions)``."""
    parts = dict(p.split("=", 1) for p in subject.split(",") if "=" in p)
    name, org = parts.get("CN"), parts.get("O")
    return f"{name} ({org})" if name and org else name or org or subject


def _signing_time(header: dict[str, Any]) -> datetime | None:
    value = header.get("sigT")
    if not isinstance(value, str):
        return None
    try:
        return parse_instant(value)
    except ValueError:
        return None


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


__all__ = ["JadesSeal", "credential_of", "looks_like_jades", "split_jades", "verify_seal"]


def verify_sealed_credential(verifier: EngineHooks, sealed: dict[str, Any]) -> VerificationReport:
    """The report for a sealed EDC: data model, seal, certificate, dates, status, trust (as other formats).

    JSON-LD is not processed: the seal covers the payload bytes, not a canonical form, so a credential
    whose vocabulary Satchel does not bundle can still be checked.
    """
    from dataclasses import replace

    from satchel.vc.datamodel import Shape, issuer_of, types_of
    from satchel.vc.dates import credential_validity

    seal = split_jades(sealed)
    document = credential_of(seal)
    issuer_id, issuer_name = issuer_of(document)
    if "VerifiableCredential" not in types_of(document):
        raise ImportRefused("This sealed document does not hold a credential.")
    if issuer_id is None:
        raise ImportRefused("The sealed credential does not name its issuer.")
    lists = verifier.trusted_lists()
    signature, issuer_key, cert = verify_seal(seal, now=verifier.clock.now(), trusted_lists=lists)
    details: dict[str, Any] = {"signed_form": "jades", "alg": seal.alg, "claimed_issuer": issuer_id}
    # What the seal proves is who sealed it (its certificate), not the issuer id the payload claims: the
    # issuer identity used for trust decisions is the seal's.
    if cert is not None:
        details["sealed_by"] = cert.subject
        issuer_id, issuer_name = seal_identity(cert), cert.subject_name or cert.subject
    shape = Shape(checks.ok(CheckName.FORMAT, "sealed_ok"), "1.1", issuer_id,
                  issuer_name or _legal_name(document), credential_validity(document))
    report = verifier.finish(document, shape, signature, issuer_key, with_status=True, details=details)
    return replace(report, title=report.title or _title(document))


def seal_identity(cert: Certificate) -> str:
    """A stable identifier for the organisation a seal certificate names (what a trust entry can name)."""
    if cert.organization_identifier:
        return f"x509:{cert.organization_identifier}"
    return f"x509-sha256:{cert.fingerprint.hex()}"


def _legal_name(document: dict[str, Any]) -> str | None:
    issuer = document.get("issuer")
    name = issuer.get("legalName") if isinstance(issuer, dict) else None
    if isinstance(name, dict):
        name = name.get("en") or next((v for v in name.values() if isinstance(v, str)), None)
    return name if isinstance(name, str) else None


def _title(document: dict[str, Any]) -> str | None:
    subject = document.get("credentialSubject")
    claim = subject.get("hasClaim") if isinstance(subject, dict) else None
    claim = claim[0] if isinstance(claim, list) and claim else claim
    title = claim.get("title") if isinstance(claim, dict) else None
    if isinstance(title, dict):
        title = title.get("en") or next((v for v in title.values() if isinstance(v, str)), None)
    return title if isinstance(title, str) else None
