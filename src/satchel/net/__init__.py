"""The network, through one injectable fetcher: the only package that imports ``httpx``.

    Fetcher (protocol)   get(url, *, accept, max_bytes, timeout) -> Response
    ├── HttpsFetcher     https only, public addresses only (connects to the checked address: no
    │                    second DNS resolution), redirects re-checked, size and total time capped
    │                    post(url, form|json_body) -> Response of any status, never redirected
    └── OfflineFetcher   always raises FetchFailed (offline: nothing is downloaded)
    exchange_fetcher()   HttpsFetcher with the two test settings (SATCHEL_EXTRA_CA_FILE,
                         SATCHEL_ALLOW_LOOPBACK), off by default
    SettingsFetcher      the same, made on first use: the app's default fetcher
"""

from satchel.net.https import HttpsFetcher
from satchel.net.offline import OfflineFetcher
from satchel.net.response import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, Fetcher, Response
from satchel.net.settings import SettingsFetcher, exchange_fetcher, extra_ca_file, loopback_allowed

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "Fetcher", "HttpsFetcher", "OfflineFetcher", "Response",
           "SettingsFetcher", "exchange_fetcher", "extra_ca_file", "loopback_allowed"]
