"""What ``satchel verify --offline`` says of each credential of issue 14's held-out set is what the set's
manifest records (public-ob3/manifest.json, ``satchel_verify_offline``), so the record stays true."""

from __future__ import annotations

import json

import pytest

from tests.share.public_credentials import held_out_candidates, held_out_dir

pytestmark = pytest.mark.skipif(held_out_dir() is None,
                                reason="this interop corpus has no public-ob3/ folder (issue 14's held-out set)")


def test_offline_verdicts_are_the_recorded_ones(fresh_cli):
    folder = held_out_dir()
    assert folder is not None
    seen = set()
    for entry, _credential in held_out_candidates():
        recorded = entry["satchel_verify_offline"]
        _code, out, err = fresh_cli("verify", "--offline", "--now", recorded["now"], "--json",
                                    str(folder / entry["file"]))
        report = json.loads(out)
        not_ok = [f"{c['name']}: {c['status']} ({c['message']})" for c in report["checks"] if c["status"] != "ok"]
        assert (report["outcome"], not_ok) == (recorded["outcome"], recorded["not_ok"]), (entry["file"], err)
        seen.add(report["outcome"])
    assert {"verified", "unknown", "invalid", "failed"} <= seen
