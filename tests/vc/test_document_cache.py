"""The public document cache and the source that prefers a fresh copy, refreshes an old one, and never
hands out a copy past its freshness limit (issue 9 §3)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from satchel.clock import FixedClock
from satchel.errors import FetchFailed, Malformed, StaleDocument
from satchel.net import OfflineFetcher, Response
from satchel.vc.cache import DocumentCache
from satchel.vc.documents import DocumentSource

T0 = datetime(2026, 11, 1, tzinfo=timezone.utc)
URL = "https://example.edu/status/1"


class CountingFetcher:
    def __init__(self, body=b'{"v": 1}', fail=False):
        self.calls, self.body, self.fail = [], body, fail

    def get(self, url, *, accept=None, max_bytes=2_000_000, timeout=10.0):
        self.calls.append(url)
        if self.fail:
            raise FetchFailed("The server at example.edu could not be reached.")
        return Response(url, 200, "application/json", self.body)


def test_put_get_entries_remove_clear(tmp_path):
    cache = DocumentCache(tmp_path / "cache", FixedClock(T0))
    assert cache.get(URL) is None and cache.entries() == []
    cache.put(URL, b"abc", "application/json")
    cache.put("https://b.example/", b"x", fetched_at=T0 - timedelta(days=2))
    got = cache.get(URL)
    assert got.body == b"abc" and got.content_type == "application/json" and got.fetched_at == T0
    assert got.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert sorted(e.url for e in cache.entries()) == ["https://b.example/", URL]
    assert cache.remove(URL) and cache.get(URL) is None and not cache.remove(URL)
    assert cache.clear() == 1 and cache.entries() == []
    assert not [p for p in (tmp_path / "cache").iterdir() if p.name.startswith(".tmp")]


def test_a_damaged_entry_counts_as_absent(tmp_path):
    cache = DocumentCache(tmp_path, FixedClock(T0))
    cache.put(URL, b"original")
    body = next(tmp_path.glob("*.body"))
    body.write_bytes(b"changed on disk")
    assert cache.get(URL) is None


def test_fresh_cache_is_used_without_fetching(tmp_path):
    clock = FixedClock(T0)
    cache = DocumentCache(tmp_path, clock)
    cache.put(URL, b'{"cached": true}')
    fetcher = CountingFetcher()
    source = DocumentSource(cache, fetcher, clock)
    clock.advance(timedelta(days=6, hours=23))
    doc = source.fetch(URL)
    assert doc.body == b'{"cached": true}' and doc.from_cache and not fetcher.calls
    assert doc.describe(clock.now())["age_seconds"] == (6 * 24 + 23) * 3600


def test_old_cache_is_refreshed_and_stored(tmp_path):
    clock = FixedClock(T0)
    cache = DocumentCache(tmp_path, clock)
    cache.put(URL, b"old")
    clock.advance(timedelta(days=7, hours=1))
    fetcher = CountingFetcher(b"new")
    doc = DocumentSource(cache, fetcher, clock).fetch(URL)
    assert doc.body == b"new" and not doc.from_cache and fetcher.calls == [URL]
    assert cache.get(URL).body == b"new" and cache.get(URL).fetched_at == clock.now()


def test_a_copy_past_the_maximum_age_is_never_used(tmp_path):
    clock = FixedClock(T0)
    cache = DocumentCache(tmp_path, clock)
    cache.put(URL, b"old")
    clock.advance(timedelta(days=200))
    for source in (DocumentSource(cache, CountingFetcher(fail=True), clock),
                   DocumentSource(cache, CountingFetcher(), clock, offline=True),
                   DocumentSource(cache, None, clock)):
        with pytest.raises(StaleDocument) as caught:
            source.fetch(URL)
        assert caught.value.params["age_seconds"] == 200 * 86400
        assert "200 days old" in caught.value.message and "`satchel cache refresh`" in caught.value.message


def test_the_maximum_age_is_the_users(tmp_path):
    clock = FixedClock(T0)
    cache = DocumentCache(tmp_path, clock)
    cache.put(URL, b"old")
    clock.advance(timedelta(days=2))
    with pytest.raises(StaleDocument):
        DocumentSource(cache, None, clock, max_age=timedelta(days=1)).fetch(URL)
    assert DocumentSource(cache, None, clock, max_age=timedelta(days=3)).fetch(URL).body == b"old"


def test_a_document_that_states_its_own_validity_is_used_within_it(tmp_path):
    clock = FixedClock(T0)
    cache = DocumentCache(tmp_path, clock)
    long_lived = b'{"validUntil": "2027-01-01T00:00:00Z", "credentialSubject": {}}'
    short_ttl = b'{"validUntil": "2027-01-01T00:00:00Z", "credentialSubject": {"ttl": 3600000}}'
    cache.put(URL, long_lived)
    cache.put(URL + "/ttl", short_ttl)
    clock.advance(timedelta(days=30))
    source = DocumentSource(cache, None, clock)
    assert source.fetch(URL).body == long_lived  # past 7 days, within its own validUntil
    clock.advance(timedelta(days=32))
    with pytest.raises(StaleDocument):
        source.fetch(URL)
    with pytest.raises(StaleDocument):
        source.fetch(URL + "/ttl")


def test_a_ttl_stated_by_the_pointing_entry_limits_the_copy(tmp_path):
    clock = FixedClock(T0)
    cache = DocumentCache(tmp_path, clock)
    cache.put(URL, b"{}")
    clock.advance(timedelta(hours=2))
    source = DocumentSource(cache, None, clock)
    assert source.fetch(URL, lifetime=timedelta(hours=3)).body == b"{}"
    with pytest.raises(StaleDocument):
        source.fetch(URL, lifetime=timedelta(hours=1))


def test_nothing_cached_and_no_network_raises(tmp_path):
    clock = FixedClock(T0)
    source = DocumentSource(DocumentCache(tmp_path, clock), OfflineFetcher(), clock)
    with pytest.raises(FetchFailed, match="offline"):
        source.fetch(URL)
    offline = DocumentSource(DocumentCache(tmp_path, clock), CountingFetcher(), clock, offline=True)
    with pytest.raises(FetchFailed):
        offline.fetch(URL)


def test_fetch_json_refuses_non_objects(tmp_path):
    clock = FixedClock(T0)
    source = DocumentSource(DocumentCache(tmp_path, clock), CountingFetcher(b"[1, 2]"), clock)
    with pytest.raises(Malformed):
        source.fetch_json(URL)
