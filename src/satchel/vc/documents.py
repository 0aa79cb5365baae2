"""Where the verifier gets public documents: a fresh cached copy, else the network, else any copy."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from satchel.clock import Clock
from satchel.errors import FetchError, FetchFailed
from satchel.net import Fetcher
from satchel.vc.cache import CachedDocument, DocumentCache
from satchel.vc.safejson import load_object

DEFAULT_MAX_AGE = timedelta(hours=24)


class DocumentSource:
    def __init__(self, cache: DocumentCache, fetcher: Fetcher | None, clock: Clock, offline: bool = False,
                 max_age: timedelta = DEFAULT_MAX_AGE) -> None:
        self.cache = cache
        self.clock = clock
        self._fetcher = fetcher
        self._offline = offline or fetcher is None
        self._max_age = max_age

    def fetch(self, url: str, *, accept: str | None = None) -> CachedDocument:
        """The document at ``url``; a stale cached copy (``stale=True``) when the network fails."""
        cached = self.cache.get(url)
        now = self.clock.now()
        if cached is not None and cached.age(now) <= self._max_age:
            return cached
        error: FetchError = FetchFailed("offline", url=url)
        if not self._offline and self._fetcher is not None:
            try:
                reply = self._fetcher.get(url, accept=accept)
                return self.cache.put(url, reply.body, reply.content_type, now)
            except FetchError as exc:
                error = exc
        if cached is not None:
            return replace(cached, stale=True)
        raise error

    def fetch_json(self, url: str, *, accept: str | None = "application/json") -> tuple[dict[str, Any],
                                                                                          CachedDocument]:
        """The document at ``url`` parsed as a JSON object (raises Malformed / FetchError)."""
        document = self.fetch(url, accept=accept)
        return load_object(document.body), document
