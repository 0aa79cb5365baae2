"""A stored report read with today's verdict rules, without verifying the credential again.

A wallet keeps each credential's last report (``VerificationReport.to_dict`` as JSON) and its outcome. Two
things in a report stored by an older Satchel no longer say what the same checks mean today:

- its outcome: before *Invalid* existed, any failed integrity check was ``failed`` ("Not authentic"); the
  outcome is derived again from the stored checks with :func:`~satchel.model.report.outcome_of`, over the
  report and the reports inside it (a presentation's credentials);
- two skipped sentences: after a malformed document or a key that is not the issuer's, older verifiers
  wrote ``issuer_key.skipped`` ("Not checked, because the signature is not valid") and
  ``revocation.skipped`` ("…because the credential is not authentic"). Today's verifier
  (``Verifier.finish``) keeps them only when the report's signature was computed and did not match; else
  it writes ``issuer_key.skipped_invalid`` after a failed format check (``skipped_unchecked`` otherwise)
  and ``revocation.skipped_invalid`` after any failed integrity check (``not_checked`` otherwise).
  :func:`with_current_sentences` makes the same choice from the stored checks, report by report.

Only message keys and the derived ``outcome`` fields change; statuses, parameters and details are kept, so
a stored report never claims more (or less) than its checks showed when they were made.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from satchel.model import skipped
from satchel.model.report import Check, CheckName, CheckStatus, Outcome, VerificationReport, is_mismatch

_ISSUER_KEY_SKIPPED = "issuer_key.skipped"
_STATUS_SKIPPED = "revocation.skipped"
_INTEGRITY = frozenset({CheckName.FORMAT, CheckName.SIGNATURE, CheckName.ISSUER_KEY})
# What a stored report that cannot be read raises on the way: not JSON, not an object, a missing key, an
# unknown check name or status, a date that is not ISO 8601, nesting deeper than Python's stack.
_UNREADABLE = (ValueError, KeyError, TypeError, AttributeError, RecursionError)


def dumps(report: Mapping[str, Any]) -> str:
    """The stored form of a report's dict: compact JSON, non-ASCII text kept as is."""
    return json.dumps(report, ensure_ascii=False, separators=(",", ":"))


def with_current_sentences(report: Mapping[str, Any]) -> dict[str, Any]:
    """``report`` (a ``VerificationReport.to_dict``) with the skipped sentences today's verifier writes,
    here and in every report inside, and each ``outcome`` field derived again by today's rules.

    Raises ValueError, KeyError, TypeError or AttributeError when ``report`` is not such a dict."""
    checks = [dict(item) for item in report.get("checks", [])]
    parsed = [Check.from_dict(item) for item in checks]
    forged = any(is_mismatch(check) for check in parsed if check.name is CheckName.SIGNATURE)
    if not forged:
        format_failed = any(c.name is CheckName.FORMAT and c.status is CheckStatus.FAILED for c in parsed)
        invalid = any(c.name in _INTEGRITY and c.status is CheckStatus.FAILED for c in parsed)
        for item, check in zip(checks, parsed, strict=True):
            if check.name is CheckName.ISSUER_KEY and check.message == _ISSUER_KEY_SKIPPED:
                item["message"] = "issuer_key." + skipped.issuer_key_result(forged=False, format_failed=format_failed)
            elif check.name is CheckName.STATUS and check.message == _STATUS_SKIPPED:
                item["message"] = "revocation." + skipped.status_result(forged=False, invalid=invalid)
    result = {**report, "checks": checks}
    if "credentials" in report:
        result["credentials"] = [with_current_sentences(child) for child in report["credentials"]]
    if "outcome" in report:
        result["outcome"] = VerificationReport.from_dict(result).outcome.value
    return result


def current_report(data: Any) -> VerificationReport | None:
    """A stored report's dict (a recruiter's history entry keeps one) read by today's rules, as
    :func:`with_current_sentences` writes it; None when it is not such a dict."""
    if not isinstance(data, Mapping):
        return None
    try:
        return VerificationReport.from_dict(with_current_sentences(data))
    except _UNREADABLE:
        return None


@dataclass(frozen=True)
class StoredVerdict:
    """What a stored report says by today's rules."""

    outcome: Outcome
    report_json: str | None  # the report with today's sentences, or None when it already had them


def current_verdict(report_json: str | None) -> StoredVerdict | None:
    """The outcome of a stored report by today's rules, and its JSON rewritten when a sentence (or a stored
    ``outcome`` field) changed; None when there is no report or it cannot be read (it is then kept as is)."""
    if not report_json:
        return None
    try:
        stored = json.loads(report_json)
        if not isinstance(stored, dict):
            return None
        current = with_current_sentences(stored)
        outcome = VerificationReport.from_dict(current).outcome
    except _UNREADABLE:
        return None
    return StoredVerdict(outcome, None if current == stored else dumps(current))
