"""`satchel history`: list, clear, and the retention setting."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta


def _seed(home, *ages_in_days):
    now = datetime.now(UTC)
    entries = [{"at": (now - timedelta(days=d)).isoformat(), "kind": "satchel", "holder": f"did:key:z{d}",
                "outcome": "verified", "challenge": "ABCD-EFGH"} for d in ages_in_days]
    home.mkdir(parents=True, exist_ok=True)
    (home / "recruiter-history.json").write_text(json.dumps(entries))


def test_retention_default_set_and_purge(fresh_cli):
    _seed(fresh_cli.home, 2, 10, 45)
    code, out, _ = fresh_cli("history", "retention")
    assert code == 0 and "kept for 30 days" in out
    assert [e["holder"] for e in fresh_cli.json("history", "list")] == ["did:key:z2", "did:key:z10"]
    code, out, _ = fresh_cli("history", "retention", "7")
    assert code == 0 and "kept for 7 days" in out
    assert [e["holder"] for e in fresh_cli.json("history", "list")] == ["did:key:z2"]
    code, out, _ = fresh_cli("history", "list")
    assert "did:key:z2" in out and "ABCD-EFGH" in out
    code, out, _ = fresh_cli("history", "clear")
    assert code == 0 and fresh_cli.json("history", "list") == []


def test_retention_zero_and_refusals(fresh_cli):
    code, out, _ = fresh_cli("history", "retention", "0")
    assert code == 0 and "not kept" in out
    code, _, err = fresh_cli("history", "retention", "a month")
    assert code == 2 and "whole number of days" in err
    code, _, err = fresh_cli("--lang", "fr", "history", "retention", "-5")
    assert code == 2 and "nombre entier de jours" in err
