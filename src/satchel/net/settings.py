"""Two settings for tests against servers on this machine only; both are off by default.

``SATCHEL_EXTRA_CA_FILE=PATH``  trust the CA certificates in PATH in addition to the system roots.
``SATCHEL_ALLOW_LOOPBACK=1``    allow 127.0.0.1 / ::1 / localhost (online exchanges only).

They exist so that the exchange protocols can be driven end to end against the offline test peers.
A user never needs them.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from pathlib import Path

from satchel.errors import UsageError
from satchel.net.https import HttpsFetcher

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


__all__ = ["ALLOW_LOOPBACK_VAR", "EXTRA_CA_VAR", "exchange_fetcher", "extra_ca_file", "loopback_allowed",
           "tls_context"]
