"""Satchel.verify_all: fresh verification of every stored credential, progress, cancellation."""

from __future__ import annotations

import json

from satchel.model import ListQuery


def test_progress_reports_and_stored_results(satchel, issue):
    for n in range(3):
        satchel.import_bytes(issue(f"Skill {n}"), source="test")
    tampered = json.loads(issue("Tampered"))
    tampered["name"] = "Something else"
    bad = satchel.import_bytes(json.dumps(tampered).encode(), source="test").added[0]
    seen = []
    summary = satchel.verify_all(on_progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    assert summary.done == summary.total == 4 and not summary.cancelled
    assert summary.outcomes["verified"] == 3 and summary.outcomes["failed"] == 1
    assert [n.id for n in summary.not_verified] == [bad] and summary.not_verified[0].name == "Something else"
    assert sorted(r.outcome for r in satchel.list(ListQuery())) == ["failed", "verified", "verified", "verified"]
    assert satchel.report(bad).outcome.value == "failed"


def test_nothing_is_reused_between_runs(satchel, issue, clock):
    """A second run verifies again: a credential that expired in between is now reported expired."""
    from datetime import timedelta

    satchel.import_bytes(issue("Short", validUntil="2026-12-01T00:00:00Z"), source="test")
    assert satchel.verify_all().outcomes["verified"] == 1
    clock.advance(timedelta(days=30))
    assert satchel.verify_all().outcomes["expired"] == 1


def test_cancel_stops_between_credentials(satchel, issue):
    for n in range(4):
        satchel.import_bytes(issue(f"Skill {n}"), source="test")
    calls = []
    summary = satchel.verify_all(on_progress=lambda done, total: calls.append(done),
                                 cancelled=lambda: len(calls) > 2)
    assert summary.done == 2 and summary.total == 4 and summary.cancelled and not summary.all_verified
    assert sorted(r.outcome or "unverified" for r in satchel.list(ListQuery())) == \
        ["unverified", "unverified", "verified", "verified"]
