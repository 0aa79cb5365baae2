"""The maximum age setting reaches the verifier, and `cache_refresh` re-downloads every cached URL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from satchel.errors import UsageError
from satchel.model import CheckName, CheckStatus, Outcome
from satchel.net import Response
from satchel.services import Satchel

LIST_URL = "https://example.edu/status/list-1"


class ServingFetcher:
    def __init__(self, served):
        self.served, self.calls = served, []

    def get(self, url, *, accept=None, max_bytes=2_000_000, timeout=10.0):
        self.calls.append(url)
        return Response(url, 200, "application/json", self.served[url])


def test_setting_and_default(recruiter):
    assert recruiter.cache_max_age_days() == 7
    assert recruiter.set_cache_max_age_days("3") == 3 and recruiter.cache_max_age_days() == 3
    with pytest.raises(UsageError):
        recruiter.set_cache_max_age_days(0)
    assert recruiter.verifier().source.max_age == timedelta(days=3)


def test_refresh_makes_an_old_copy_usable_again(tmp_path, clock, corpus):
    body = (corpus / "peer" / "status-list-1.json").read_bytes()
    fetcher = ServingFetcher({LIST_URL: body})
    app = Satchel(tmp_path / "r", clock=clock, fetcher=fetcher, offline=False)
    app.cache_import(LIST_URL, body)
    clock.advance(timedelta(days=9))
    credential = (corpus / "peer" / "cred-status-active-eddsa.json").read_bytes()
    offline = Satchel(tmp_path / "r", clock=clock, offline=True)
    status = offline.verify_bytes(credential)[0].check(CheckName.STATUS)
    assert status.status is CheckStatus.UNKNOWN and status.message == "revocation.stale"
    assert app.cache_refresh() == [(LIST_URL, None)] and fetcher.calls == [LIST_URL]
    assert offline.verify_bytes(credential)[0].outcome is Outcome.VERIFIED
