"""Two settings for tests against servers on this machine only; both are off by default.

``SATCHEL_EXTRA_CA_FILE=PATH``  trust the CA certificates in PATH in addition to the system roots.
``SATCHEL_ALLOW_LOOPBACK=1``    allow 127.0.0.1 / ::1 / localhost.

They exist so that the exchange protocols can be driven end to end against the offline test peers. They
apply to every download of the process alike — the exchanges, and the public documents that verify what
an exchange delivered (issuer metadata, keys, status lists) — so a credential received from a test issuer
re-verifies later over the same network it was received over. A user never needs them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from satchel.errors import UsageError
from satchel.net.https import HttpsFetcher
from satchel.net.response import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, Response

if TYPE_CHECKING:  # ssl loads when a TLS context is made, not when the CLI starts
    import ssl

EXTRA_CA_VAR = "SATCHEL_EXTRA_CA_FILE"
ALLOW_LOOPBACK_VAR = "SATCHEL_ALLOW_LOOPBACK"


def extra_ca_file(env: Mapping[str, str] | None = None) -> Path | None:
    value = (os.environ if env is None else env).get(EXTRA_CA_VAR, "").strip()
    if not value:
        return None
    path = Path(value)
    if not path.is_file():
        raise UsageError(f"{EXTRA_CA_VAR} names a file that does not exist: {value}")
    return path


def loopback_allowed(env: Mapping[str, str] | None = None) -> bool:
    return (os.environ if env is None else env).get(ALLOW_LOOPBACK_VAR, "").strip() == "1"


def tls_context(env: Mapping[str, str] | None = None) -> ssl.SSLContext | bool:
    """The system roots, plus the test CA file when one is set (True means: system roots only)."""
    extra = extra_ca_file(env)
    if extra is None:
        return True
    import ssl

    context = ssl.create_default_context()
    try:
        context.load_verify_locations(cafile=str(extra))
    except (ssl.SSLError, OSError) as exc:
        raise UsageError(f"{EXTRA_CA_VAR} does not hold a PEM certificate: {extra}") from exc
    return context


def exchange_fetcher(env: Mapping[str, str] | None = None) -> HttpsFetcher:
    """The fetcher for online exchanges: https only, public addresses only, unless the test settings
    above say otherwise."""
    return HttpsFetcher(allow_loopback=loopback_allowed(env), verify=tls_context(env))


class SettingsFetcher:
    """The app's own fetcher: :func:`exchange_fetcher`, made on first use (a test setting naming a missing
    file is reported when something is downloaded, not when the app starts)."""

    def __init__(self, env: Mapping[str, str] | None = None) -> None:
        self._env = env
        self._fetcher: HttpsFetcher | None = None

    def _real(self) -> HttpsFetcher:
        if self._fetcher is None:
            self._fetcher = exchange_fetcher(self._env)
        return self._fetcher

    def get(self, url: str, *, accept: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
            timeout: float = DEFAULT_TIMEOUT) -> Response:
        return self._real().get(url, accept=accept, max_bytes=max_bytes, timeout=timeout)

    def post(self, url: str, **options: Any) -> Response:
        """As :meth:`HttpsFetcher.post` (never follows a redirect)."""
        return self._real().post(url, **options)


__all__ = ["ALLOW_LOOPBACK_VAR", "EXTRA_CA_VAR", "SettingsFetcher", "exchange_fetcher", "extra_ca_file",
           "loopback_allowed", "tls_context"]
