"""The "Verify all" panel's logic (no browser, no flet): progress shown while the worker runs, the
summary sentence, stop, and errors."""

from __future__ import annotations

import asyncio
import threading

from satchel.i18n import CATALOG
from satchel.services.bulk import NotVerified, VerifyAllSummary
from satchel.ui import strings  # noqa: F401  (registers the ui.* sentences)
from satchel.ui.viewmodels.verify_all import VerifyAllView, drive_verify_all


def _fake_verify_all(total: int, gate: threading.Event | None = None, not_verified: int = 0):
    def verify_all(*, on_progress, cancelled):
        done = 0
        on_progress(0, total)
        for _ in range(total):
            if cancelled():
                break
            if gate is not None:
                gate.wait(1)
            done += 1
            on_progress(done, total)
        items = tuple(NotVerified(f"id{n}", None, "failed") for n in range(not_verified))
        return VerifyAllSummary(total, done, {"verified": done - not_verified, "failed": not_verified}, items)
    return verify_all


def _drive(verify_all, keep_going=lambda: True, poll=0.01):
    shown: list[VerifyAllView] = []
    final = asyncio.run(drive_verify_all(verify_all, shown.append, keep_going, run=asyncio.to_thread, poll=poll))
    return final, shown


def test_progress_is_shown_then_the_summary():
    gate = threading.Event()

    def slow(**kwargs):
        threading.Timer(0.2, gate.set).start()
        return _fake_verify_all(3, gate)(**kwargs)

    final, shown = _drive(slow)
    assert shown[0] == VerifyAllView("running")
    assert any(v.phase == "running" and v.total == 3 for v in shown[1:-1])
    assert final.phase == "done" and (final.done, final.total) == (3, 3) and shown[-1] == final
    assert final.message() == ("verify_all.done_all", {"total": 3})


def test_some_not_verified_are_counted():
    final, _ = _drive(_fake_verify_all(5, not_verified=2))
    assert final.message() == ("verify_all.done_some", {"total": 5, "others": 2})


def test_stop_is_passed_to_the_services():
    final, _ = _drive(_fake_verify_all(5), keep_going=lambda: False)
    assert final.summary.cancelled and final.message() == ("verify_all.stopped", {"done": 0, "total": 5})


def test_an_error_is_a_failed_view():
    def broken(**_kwargs):
        raise RuntimeError("locked")
    final, shown = _drive(broken)
    assert final.phase == "failed" and isinstance(final.error, RuntimeError) and shown[-1] == final


def test_fraction_and_strings():
    assert VerifyAllView("running").fraction is None
    assert VerifyAllView("running", 1, 4).fraction == 0.25
    for key in ("action", "stop", "hint", "running", "done_all", "done_some", "stopped"):
        entry = CATALOG[f"ui.verify_all.{key}"]
        assert entry["en"] and entry["fr"] and entry["en"] != entry["fr"]
