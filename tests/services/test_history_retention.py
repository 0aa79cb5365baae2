"""Recruiter history keeps candidates' names, DIDs and challenges only for its retention (default 30 days)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from satchel.clock import FixedClock, isoformat, parse_instant
from satchel.errors import UsageError
from satchel.services import Satchel, paths

NOW = parse_instant("2026-11-29T12:00:00Z")


def _entry(days_ago: float, holder: str) -> dict:
    return {"at": isoformat(NOW - timedelta(days=days_ago)), "kind": "satchel", "holder": holder,
            "outcome": "verified", "challenge": f"C-{holder[-4:]}", "report": {"title": f"Badge of {holder}"}}


@pytest.fixture
def home(tmp_path):
    history = [_entry(1, "did:key:zRecent"), _entry(29.9, "did:key:zMonth"), _entry(31, "did:key:zOld"),
               _entry(400, "did:key:zAncient"), {"kind": "satchel", "holder": "did:key:zUndated"}]
    paths.history_file(tmp_path).write_text(json.dumps(history))
    return tmp_path


def _on_disk(home) -> str:
    return paths.history_file(home).read_text()


def test_by_default_entries_older_than_30_days_are_deleted_from_the_file(home):
    app = Satchel(home=home, clock=FixedClock(NOW), offline=True)
    assert app.history.retention_days() == 30
    assert [e["holder"] for e in app.history_entries()] == ["did:key:zRecent", "did:key:zMonth"]
    text = _on_disk(home)
    assert "zOld" not in text and "zAncient" not in text and "zUndated" not in text  # gone from the disk


def test_old_entries_go_at_start_up_even_if_the_history_is_never_opened(home):
    Satchel(home=home, clock=FixedClock(NOW), offline=True)
    assert "zAncient" not in _on_disk(home)


def test_a_shorter_retention_purges_at_once_and_zero_keeps_nothing(home):
    app = Satchel(home=home, clock=FixedClock(NOW), offline=True)
    app.history.set_retention_days(7)
    assert "zMonth" not in _on_disk(home) and "zRecent" in _on_disk(home)
    assert Satchel(home=home, clock=FixedClock(NOW), offline=True).history.retention_days() == 7
    app.history.set_retention_days("0")
    assert app.history_entries() == [] and json.loads(_on_disk(home)) == []
    app.history.add(_entry(0, "did:key:zNew"))  # what a scan records
    assert app.history_entries() == [] and "zNew" not in _on_disk(home)


@pytest.mark.parametrize("bad", [-1, "abc", "1.5", 3651, None, True])
def test_a_retention_that_is_not_a_whole_number_of_days_is_refused(home, bad):
    app = Satchel(home=home, clock=FixedClock(NOW), offline=True)
    with pytest.raises(UsageError) as caught:
        app.history.set_retention_days(bad)
    assert caught.value.code == "history_days"
    assert app.history.retention_days() == 30


def test_a_hand_edited_retention_falls_back_to_the_default_not_forever(home):
    app = Satchel(home=home, clock=FixedClock(NOW), offline=True)
    app.set_setting("recruiter_history_days", "forever")
    assert app.history.retention_days() == 30 and "zOld" not in _on_disk(home)


def test_a_history_that_cannot_be_rewritten_does_not_stop_satchel_from_starting(home, monkeypatch):
    from satchel.errors import FileAccessError
    from satchel.services import public_files

    def read_only(self, value):
        raise FileAccessError("Cannot write the history: the folder is read-only.")
    monkeypatch.setattr(public_files.JsonFile, "write", read_only)
    app = Satchel(home=home, clock=FixedClock(NOW), offline=True)  # the purge could not write: no crash
    assert "zAncient" in _on_disk(home)  # left for the next read or write to try again
    monkeypatch.undo()
    assert [e["holder"] for e in app.history_entries()] == ["did:key:zRecent", "did:key:zMonth"]
    assert "zAncient" not in _on_disk(home)
