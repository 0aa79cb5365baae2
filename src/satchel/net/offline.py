"""A fetcher for offline mode and tests: it never touches the network."""

from __future__ import annotations

from satchel.errors import FetchFailed
from satchel.net.response import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, Response


class OfflineFetcher:
    def get(self, url: str, *, accept: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
            timeout: float = DEFAULT_TIMEOUT) -> Response:
        raise FetchFailed("Satchel is offline: nothing was downloaded.", url=url)
