"""Where the verifier gets public documents: a fresh cached copy, else the network — never a stale copy.

Freshness follows :mod:`satchel.vc.freshness` (the document's own ``validUntil``/``ttl``, else the user's
maximum age, default 7 days). When only an older copy is at hand (offline, or the server failed), the
caller gets :class:`~satchel.errors.StaleDocument`, which names the copy's age; it never gets the copy.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from satchel.clock import Clock
from satchel.errors import FetchError, FetchFailed
from satchel.net import Fetcher
from satchel.vc.cache import CachedDocument, DocumentCache
from satchel.vc.freshness import DEFAULT_MAX_AGE, fresh_until, stale_error
from satchel.vc.safejson import load_object


class DocumentSource:
    def __init__(self, cache: DocumentCache, fetcher: Fetcher | None, clock: Clock, offline: bool = False,
                 max_age: timedelta = DEFAULT_MAX_AGE) -> None:
        self.cache = cache
        self.clock = clock
        self._fetcher = fetcher
        self._offline = offline or fetcher is None
        self.max_age = max_age

    def fetch(self, url: str, *, accept: str | None = None, lifetime: timedelta | None = None) -> CachedDocument:
        """A fresh copy of the document at ``url`` (``lifetime``: a ttl stated by whoever points to it).

        Raises FetchError when there is none, StaleDocument when the only copy is too old."""
        cached = self.cache.get(url)
        now = self.clock.now()
        if cached is not None and now <= fresh_until(cached, self.max_age, lifetime):
            return cached
        error: FetchError = FetchFailed("Satchel is offline: nothing was downloaded.", url=url)
        if not self._offline and self._fetcher is not None:
            try:
                reply = self._fetcher.get(url, accept=accept)
                return self.cache.put(url, reply.body, reply.content_type, now)
            except FetchError as exc:
                error = exc
        if cached is not None:
            raise stale_error(cached, now, fresh_until(cached, self.max_age, lifetime)) from error
        raise error

    def fetch_json(self, url: str, *, accept: str | None = "application/json",
                   lifetime: timedelta | None = None) -> tuple[dict[str, Any], CachedDocument]:
        """The document at ``url`` parsed as a JSON object (raises Malformed / FetchError)."""
        document = self.fetch(url, accept=accept, lifetime=lifetime)
        return load_object(document.body), document
