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


def test_a_credential_deleted_during_the_run_is_left_out(satchel, issue):
    ids = [satchel.import_bytes(issue(f"Skill {n}"), source="test").added[0] for n in range(4)]
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if done == 0:  # the list is read: the last one goes away before its batch is read
            satchel.delete(ids[-1])

    summary = satchel.verify_all(on_progress=progress)
    assert summary.total == summary.done == 3 and not summary.cancelled and summary.all_verified
    assert seen == [(0, 4), (1, 3), (2, 3), (3, 3)]


def test_reports_are_read_and_written_in_batches_and_each_is_its_own(satchel, issue, monkeypatch):
    """More credentials than one batch: every one is verified from its own bytes and gets its own report."""
    from satchel.services import bulk

    monkeypatch.setattr(bulk, "WRITE_EVERY", 2)
    names = [f"Skill {n}" for n in range(5)]
    ids = [satchel.import_bytes(issue(name), source="test").added[0] for name in names]
    wallet = satchel.session.wallet()
    reads, writes = [], []
    real_read, real_write = wallet.verification_inputs, wallet.set_reports
    monkeypatch.setattr(wallet, "verification_inputs", lambda batch: reads.append(len(batch)) or real_read(batch))
    monkeypatch.setattr(wallet, "set_reports", lambda rows: writes.append(len(rows)) or real_write(rows))
    summary = satchel.verify_all()
    assert summary.done == 5 and summary.all_verified
    assert reads == [2, 2, 1] and writes == [2, 2, 1]
    assert [satchel.report(i).title for i in ids] == names
