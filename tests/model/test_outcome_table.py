"""The one outcome precedence (satchel.model.report.outcome_of), as a table.

Each row: the status of each check that is not ``ok`` (and, for a failed one, its message key) → the outcome.
Rows marked *today* gave another outcome before the precedence was made one function (e.g. an unchecked
signature read "authentic, but expired"); rows marked *was failed* read "not authentic" before INVALID
existed although no signature was computed and found not to match.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from satchel.i18n import t
from satchel.model import Check, CheckName, CheckStatus, Outcome, VerificationReport, outcome_of
from satchel.model.report import SIGNATURE_MISMATCHES

N, S = CheckName, CheckStatus
ALL_CREDENTIAL_CHECKS = (N.FORMAT, N.SIGNATURE, N.ISSUER_KEY, N.NOT_BEFORE, N.EXPIRY, N.STATUS,
                         N.ISSUER_TRUST)

MISMATCH = (S.FAILED, "signature.failed")  # a signature computed that did not match
NOT_COMPUTED = (S.FAILED, "signature.sd_jwt_disclosure_malformed")  # failed on the signature line, nothing computed

TABLE = [
    # (non-ok checks, outcome)
    ({}, Outcome.VERIFIED),
    ({N.ISSUER_TRUST: S.WARNING, N.STATUS: S.WARNING}, Outcome.VERIFIED),
    # 1. a signature computed that did not match → not authentic, whatever else
    ({N.SIGNATURE: MISMATCH}, Outcome.FAILED),
    ({N.SIGNATURE: MISMATCH, N.STATUS: S.FAILED}, Outcome.FAILED),
    ({N.SIGNATURE: MISMATCH, N.FORMAT: S.FAILED}, Outcome.FAILED),
    ({N.SIGNATURE: MISMATCH, N.ISSUER_KEY: S.UNKNOWN}, Outcome.FAILED),
    ({N.SIGNATURE: (S.FAILED, "signature.seal_failed"), N.EXPIRY: S.FAILED}, Outcome.FAILED),
    ({N.SIGNATURE: (S.FAILED, "signature.hosted_mismatch")}, Outcome.FAILED),
    ({N.SIGNATURE: (S.FAILED, "signature.sd_jwt_disclosure")}, Outcome.FAILED),
    # 2. else any other failed check that is not about validity → invalid (was failed)
    ({N.FORMAT: S.FAILED, N.SIGNATURE: S.UNKNOWN}, Outcome.INVALID),
    ({N.ISSUER_KEY: S.FAILED, N.EXPIRY: S.FAILED}, Outcome.INVALID),
    ({N.SIGNATURE: S.UNKNOWN, N.ISSUER_KEY: S.FAILED}, Outcome.INVALID),
    ({N.SIGNATURE: NOT_COMPUTED, N.ISSUER_KEY: S.UNKNOWN}, Outcome.INVALID),
    ({N.SIGNATURE: (S.FAILED, "signature.anything_else")}, Outcome.INVALID),  # not a listed mismatch: invalid
    ({N.FORMAT: S.FAILED, N.STATUS: S.FAILED}, Outcome.INVALID),
    ({N.FORMAT: S.FAILED, N.STATUS: S.UNKNOWN}, Outcome.INVALID),
    # 3. else any unknown integrity or issuer-key check → could not be fully checked
    ({N.SIGNATURE: S.UNKNOWN}, Outcome.UNKNOWN),
    ({N.SIGNATURE: S.UNKNOWN, N.EXPIRY: S.FAILED}, Outcome.UNKNOWN),        # today: expired
    ({N.SIGNATURE: S.UNKNOWN, N.NOT_BEFORE: S.FAILED}, Outcome.UNKNOWN),    # today: not yet valid
    ({N.ISSUER_KEY: S.UNKNOWN, N.STATUS: S.FAILED}, Outcome.UNKNOWN),       # today: revoked
    ({N.FORMAT: S.UNKNOWN, N.EXPIRY: S.FAILED}, Outcome.UNKNOWN),           # today: expired
    # 3. else revoked / expired / not yet valid
    ({N.STATUS: S.FAILED}, Outcome.REVOKED),
    ({N.STATUS: S.FAILED, N.EXPIRY: S.FAILED}, Outcome.REVOKED),
    ({N.EXPIRY: S.FAILED}, Outcome.EXPIRED),
    ({N.EXPIRY: S.FAILED, N.STATUS: S.UNKNOWN}, Outcome.EXPIRED),
    ({N.NOT_BEFORE: S.FAILED}, Outcome.NOT_YET_VALID),
    # 4. else anything unknown (a status list that could not be read)
    ({N.STATUS: S.UNKNOWN}, Outcome.UNKNOWN),
    ({N.STATUS: S.UNKNOWN, N.ISSUER_TRUST: S.WARNING}, Outcome.UNKNOWN),
]


def _check(name: CheckName, found: CheckStatus | tuple[CheckStatus, str]) -> Check:
    status, message = found if isinstance(found, tuple) else (found, f"{name.value}.x")
    return Check(name, status, message)


def _checks(non_ok: dict) -> list[Check]:
    return [_check(name, non_ok.get(name, S.OK)) for name in ALL_CREDENTIAL_CHECKS]


def _label(found) -> str:
    return f"{found[0].value}:{found[1]}" if isinstance(found, tuple) else found.value


def _report(found, children=()) -> VerificationReport:
    return VerificationReport(kind="presentation" if children else "credential", subject=None,
                              checks=tuple(found), verified_at=datetime(2026, 1, 1, tzinfo=timezone.utc),
                              credentials=tuple(children))


@pytest.mark.parametrize(("non_ok", "expected"), TABLE,
                         ids=[",".join(f"{n.value}={_label(s)}" for n, s in row.items()) or "all-ok"
                              for row, _ in TABLE])
def test_outcome_table(non_ok, expected):
    assert outcome_of(_checks(non_ok)) is expected
    assert _report(_checks(non_ok)).outcome is expected


PRESENTATION_OK = [Check(N.FORMAT, S.OK, "f"), Check(N.HOLDER, S.OK, "h"), Check(N.CHALLENGE, S.OK, "c"),
                   Check(N.DOMAIN, S.OK, "d"), Check(N.CREDENTIALS, S.OK, "c")]


@pytest.mark.parametrize(("children", "expected"), [
    ([{}, {}], Outcome.VERIFIED),
    ([{}, {N.EXPIRY: S.FAILED}], Outcome.EXPIRED),
    ([{N.STATUS: S.FAILED}, {N.SIGNATURE: S.UNKNOWN}], Outcome.UNKNOWN),  # today: revoked
    ([{N.SIGNATURE: S.UNKNOWN}, {N.SIGNATURE: MISMATCH}], Outcome.FAILED),
    ([{N.FORMAT: S.FAILED}, {N.SIGNATURE: MISMATCH}], Outcome.FAILED),  # the forgery is named first
    ([{N.FORMAT: S.FAILED}, {N.EXPIRY: S.FAILED}], Outcome.INVALID),
    ([{N.EXPIRY: S.FAILED}, {N.STATUS: S.UNKNOWN}], Outcome.EXPIRED),
])
def test_presentation_outcome_covers_its_credentials(children, expected):
    report = _report(PRESENTATION_OK, [_report(_checks(child)) for child in children])
    assert report.outcome is expected


@pytest.mark.parametrize(("name", "found", "expected"), [
    (N.HOLDER, (S.FAILED, "holder.failed"), Outcome.FAILED),  # the holder's signature computed, not matching
    (N.HOLDER, (S.FAILED, "holder.sd_jwt_kb_invalid"), Outcome.FAILED),  # sd_hash: disclosures changed
    (N.HOLDER, (S.FAILED, "holder.not_holder"), Outcome.INVALID),  # a valid signature, by someone else
    (N.HOLDER, (S.FAILED, "holder.wrong_purpose"), Outcome.INVALID),
    (N.HOLDER, (S.FAILED, "holder.bad_proof"), Outcome.INVALID),
    (N.HOLDER, (S.FAILED, "holder.sd_jwt_kb_vp_other_request"), Outcome.INVALID),
    (N.CHALLENGE, S.FAILED, Outcome.INVALID),  # answers another challenge (was failed)
    (N.DOMAIN, S.FAILED, Outcome.INVALID),
    (N.CREDENTIALS, S.FAILED, Outcome.INVALID),
    (N.HOLDER, S.UNKNOWN, Outcome.UNKNOWN),
])
def test_presentation_checks_are_integrity_checks(name, found, expected):
    found = [_check(c.name, found) if c.name is name else c for c in PRESENTATION_OK]
    expired_child = _report(_checks({N.EXPIRY: S.FAILED}))
    assert _report(found, [expired_child]).outcome is expected


def test_a_mismatch_needs_the_signature_or_holder_check():
    """The same sentence key on another check (it cannot happen today) is not a computed signature."""
    assert outcome_of([Check(N.FORMAT, S.FAILED, "signature.failed")]) is Outcome.INVALID
    assert outcome_of([Check(N.SIGNATURE, S.UNKNOWN, "signature.failed")]) is Outcome.UNKNOWN


@pytest.mark.parametrize("key", sorted(SIGNATURE_MISMATCHES))
def test_every_mismatch_key_is_a_sentence_in_english_and_french(key):
    assert t(key, "en") != key and t(key, "fr") != key and t(key, "en") != t(key, "fr")


def test_every_outcome_has_a_word_in_english_and_french():
    for outcome in Outcome:
        assert t(f"outcome.{outcome.value}", "fr") != t(f"outcome.{outcome.value}", "en")
