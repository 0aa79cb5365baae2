"""Verification as the app uses it: anything the importers take, a stored credential, a QR payload."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from satchel import formats
from satchel.model import SignedForm, VerificationReport
from satchel.model.stored_report import dumps
from satchel.vc.engine import Verifier


@dataclass(frozen=True)
class VerifyOptions:
    challenge: str | None = None
    domain: str | None = None
    unsigned_ok: bool = False
    purpose: str = "authentication"


def verify_parsed(verifier: Verifier, parsed: formats.Parsed,
                  options: VerifyOptions = VerifyOptions()) -> list[VerificationReport]:
    """One report for a presentation (with one child per credential), else one per credential."""
    if parsed.presentation is not None:
        return [verify_presentation(verifier, parsed.presentation.verifiable, options)]
    return [_verify_one(verifier, c, options) for c in parsed.credentials]


def _verify_one(verifier: Verifier, cred: Any, options: VerifyOptions) -> VerificationReport:
    """An SD-JWT VC that ends with a key binding JWT is a presentation (holder, challenge, domain checked)."""
    if cred.signed_form is SignedForm.SD_JWT_VC and isinstance(cred.verifiable, str) \
            and not cred.verifiable.rstrip().endswith("~"):
        return verify_presentation(verifier, cred.verifiable, options)
    return verifier.verify_credential(cred.verifiable, signed_form=cred.signed_form)


def verify_presentation(verifier: Verifier, vp: dict[str, Any] | str,
                        options: VerifyOptions = VerifyOptions()) -> VerificationReport:
    return verifier.verify_presentation(vp, challenge=options.challenge, domain=options.domain,
                                        unsigned_ok=options.unsigned_ok, purpose=options.purpose)


def verify_raw_credential(verifier: Verifier, raw: bytes, signed_form: str) -> VerificationReport:
    """Verify a stored credential from its exact bytes (re-parsed; nothing is rewritten)."""
    parsed = formats.parse(raw, display=False)  # a verification never reads the display fields
    cred = parsed.credentials[0]
    return verifier.verify_credential(cred.verifiable, signed_form=SignedForm(signed_form))


def report_json(report: VerificationReport) -> str:
    return dumps(report.to_dict())


def report_from_json(text: str | None) -> VerificationReport | None:
    if not text:
        return None
    return VerificationReport.from_dict(json.loads(text))
