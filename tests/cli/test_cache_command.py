"""`satchel cache max-age` and how `cache list` / `verify` treat a copy past its freshness (issue 9 §3)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from satchel.services import Satchel


def _age_entry(home, url, days):
    """Make the cached copy of ``url`` ``days`` old, as if it had been downloaded then."""
    app = Satchel(home)
    entry = app.cache.get(url)
    app.cache.put(url, entry.body, entry.content_type,
                  fetched_at=datetime.now(UTC) - timedelta(days=days))


def test_max_age_is_shown_set_and_checked(fresh_cli):
    code, out, _ = fresh_cli("cache", "max-age")
    assert code == 0 and "used for 7 days" in out
    assert fresh_cli("cache", "max-age", "30")[0] == 0
    assert "used for 30 days" in fresh_cli("cache", "max-age")[1]
    for bad in ("0", "366", "soon"):
        code, _, err = fresh_cli("cache", "max-age", bad)
        assert code == 2 and "from 1 to 365" in err
    assert "used for 30 days" in fresh_cli("cache", "max-age")[1]


def test_an_old_status_list_copy_is_unknown_until_the_max_age_allows_it(fresh_cli, corpus):
    url = "https://example.edu/status/list-1"
    active = str(corpus / "peer" / "cred-status-active-eddsa.json")
    assert fresh_cli("cache", "import", url, str(corpus / "peer" / "status-list-1.json"))[0] == 0
    assert fresh_cli("verify", active, "--offline")[0] == 0
    _age_entry(fresh_cli.home, url, 10)
    code, out, _ = fresh_cli("verify", active, "--offline")
    assert code == 1 and "[UNKNOWN] Revocation status" in out
    assert "10 days old" in out and "refresh with `satchel cache refresh`" in out
    listing = json.loads(fresh_cli("cache", "list", "--json")[1])
    assert listing[0]["fresh"] is False
    assert "too old: refresh with `satchel cache refresh`" in fresh_cli("cache", "list")[1]
    assert fresh_cli("cache", "max-age", "14")[0] == 0
    assert fresh_cli("verify", active, "--offline")[0] == 0
    assert json.loads(fresh_cli("cache", "list", "--json")[1])[0]["fresh"] is True


def test_max_age_help_names_the_default_and_the_refresh(fresh_cli):
    code, out, _ = fresh_cli("cache", "--help")
    assert code == 0 and "7 days" in out and "satchel cache refresh" in out
