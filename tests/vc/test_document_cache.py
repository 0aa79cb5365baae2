"""The public document cache and the source that prefers it, refreshes it, and falls back to it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from satchel.clock import FixedClock
from satchel.errors import FetchFailed, Malformed
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
    clock.advance(timedelta(hours=23))
    doc = source.fetch(URL)
    assert doc.body == b'{"cached": true}' and doc.from_cache and not doc.stale and not fetcher.calls
    assert doc.describe(clock.now())["age_seconds"] == 23 * 3600


def test_old_cache_is_refreshed_and_stored(tmp_path):
    clock = FixedClock(T0)
    cache = DocumentCache(tmp_path, clock)
    cache.put(URL, b"old")
    clock.advance(timedelta(hours=25))
    fetcher = CountingFetcher(b"new")
    doc = DocumentSource(cache, fetcher, clock).fetch(URL)
    assert doc.body == b"new" and not doc.from_cache and fetcher.calls == [URL]
    assert cache.get(URL).body == b"new" and cache.get(URL).fetched_at == clock.now()


def test_offline_or_failing_network_falls_back_to_any_copy(tmp_path):
    clock = FixedClock(T0)
    cache = DocumentCache(tmp_path, clock)
    cache.put(URL, b"old")
    clock.advance(timedelta(days=30))
    for source in (DocumentSource(cache, CountingFetcher(fail=True), clock),
                   DocumentSource(cache, CountingFetcher(), clock, offline=True),
                   DocumentSource(cache, None, clock)):
        doc = source.fetch(URL)
        assert doc.body == b"old" and doc.stale and doc.age(clock.now()) == timedelta(days=30)


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
