"""What a fetch returns, and the protocol every fetcher follows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

DEFAULT_MAX_BYTES = 2_000_000
DEFAULT_TIMEOUT = 10.0  # seconds for a whole download: redirects, connects and every read together


@dataclass(frozen=True)
class Response:
    url: str  # the final URL, after any redirects
    status: int
    content_type: str | None
    body: bytes
    location: str | None = None  # a redirect's target (POST answers only; never followed)


class Fetcher(Protocol):
    def get(self, url: str, *, accept: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
            timeout: float = DEFAULT_TIMEOUT) -> Response:
        """Download ``url`` (at most ``max_bytes``, within ``timeout`` seconds in all) or raise
        :class:`satchel.errors.FetchError`."""
        ...
