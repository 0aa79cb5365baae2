"""The one outcome precedence (satchel.model.report.outcome_of), as a table.

Each row: the status of each check that is not ``ok`` → the outcome. Rows marked *today* gave another
outcome before the precedence was made one function (e.g. an unchecked signature read "authentic, but
expired").
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from satchel.model import Check, CheckName, CheckStatus, Outcome, VerificationReport, outcome_of

N, S = CheckName, CheckStatus
ALL_CREDENTIAL_CHECKS = (N.FORMAT, N.SIGNATURE, N.ISSUER_KEY, N.NOT_BEFORE, N.EXPIRY, N.STATUS,
                         N.ISSUER_TRUST)

TABLE = [
    # (non-ok checks, outcome)
    ({}, Outcome.VERIFIED),
    ({N.ISSUER_TRUST: S.WARNING, N.STATUS: S.WARNING}, Outcome.VERIFIED),
    # 1. any failed integrity check → not authentic, whatever else
    ({N.SIGNATURE: S.FAILED}, Outcome.FAILED),
    ({N.FORMAT: S.FAILED, N.SIGNATURE: S.UNKNOWN}, Outcome.FAILED),
    ({N.ISSUER_KEY: S.FAILED, N.EXPIRY: S.FAILED}, Outcome.FAILED),
    ({N.SIGNATURE: S.FAILED, N.STATUS: S.FAILED}, Outcome.FAILED),
    ({N.SIGNATURE: S.UNKNOWN, N.ISSUER_KEY: S.FAILED}, Outcome.FAILED),
    # 2. else any unknown integrity or issuer-key check → could not be fully checked
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


def _checks(non_ok: dict[CheckName, CheckStatus]) -> list[Check]:
    return [Check(name, non_ok.get(name, S.OK), f"{name.value}.x") for name in ALL_CREDENTIAL_CHECKS]


def _report(found, children=()) -> VerificationReport:
    return VerificationReport(kind="presentation" if children else "credential", subject=None,
                              checks=tuple(found), verified_at=datetime(2026, 1, 1, tzinfo=timezone.utc),
                              credentials=tuple(children))


@pytest.mark.parametrize(("non_ok", "expected"), TABLE,
                         ids=[",".join(f"{n.value}={s.value}" for n, s in row.items()) or "all-ok"
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
    ([{N.SIGNATURE: S.UNKNOWN}, {N.SIGNATURE: S.FAILED}], Outcome.FAILED),
    ([{N.EXPIRY: S.FAILED}, {N.STATUS: S.UNKNOWN}], Outcome.EXPIRED),
])
def test_presentation_outcome_covers_its_credentials(children, expected):
    report = _report(PRESENTATION_OK, [_report(_checks(child)) for child in children])
    assert report.outcome is expected


@pytest.mark.parametrize(("name", "status", "expected"), [
    (N.HOLDER, S.FAILED, Outcome.FAILED),
    (N.CHALLENGE, S.FAILED, Outcome.FAILED),
    (N.HOLDER, S.UNKNOWN, Outcome.UNKNOWN),
])
def test_presentation_checks_are_integrity_checks(name, status, expected):
    found = [Check(c.name, status, c.message) if c.name is name else c for c in PRESENTATION_OK]
    expired_child = _report(_checks({N.EXPIRY: S.FAILED}))
    assert _report(found, [expired_child]).outcome is expected
