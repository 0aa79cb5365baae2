"""The network, through one injectable fetcher: the only package that imports ``httpx``.

    Fetcher (protocol)   get(url, *, accept, max_bytes, timeout) -> Response
    ├── HttpsFetcher     https only, public addresses only (connects to the checked address: no
    │                    second DNS resolution), redirects re-checked, size and total time capped
    └── OfflineFetcher   always raises FetchFailed("offline")
"""

from satchel.net.https import HttpsFetcher
from satchel.net.offline import OfflineFetcher
from satchel.net.response import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, Fetcher, Response

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "Fetcher", "HttpsFetcher", "OfflineFetcher", "Response"]
