"""Which URLs and addresses Satchel may download from: https only, public addresses only."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from satchel.errors import FetchFailed, FetchRefused

Resolver = Callable[[str, int], Iterable[str]]


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host``."""
    import socket  # loaded on the first download, not at start-up

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchFailed(f"The name {host} could not be found.", host=host) from exc
    return [str(info[4][0]) for info in infos]


def https_host(url: str) -> tuple[str, int]:
    """The host and port of an https URL; anything else is refused."""
    try:
        parts = urlsplit(url)
        port = parts.port or 443
    except ValueError as exc:
        raise FetchRefused(f"This address is not valid: {url[:200]}", url=url[:200]) from exc
    if parts.scheme != "https":
        raise FetchRefused(f"Satchel only downloads over https, not from {url[:200]}", url=url[:200])
    if not parts.hostname:
        raise FetchRefused(f"This address has no host name: {url[:200]}", url=url[:200])
    if parts.username or parts.password:
        raise FetchRefused("Satchel refuses addresses that carry a user name or password.")
    return parts.hostname, port


def is_public(address: str, *, allow_loopback: bool = False) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return allow_loopback
    return not (ip.is_private or ip.is_link_local or ip.is_multicast or ip.is_reserved
                or ip.is_unspecified or not ip.is_global)


def check_host(host: str, port: int, resolver: Resolver, *, allow_loopback: bool = False) -> list[str]:
    """The addresses of ``host``; refused when any is private, loopback or link-local."""
    addresses = list(resolver(host, port))
    if not addresses:
        raise FetchFailed(f"The name {host} could not be found.", host=host)
    for address in addresses:
        try:
            public = is_public(address, allow_loopback=allow_loopback)
        except ValueError as exc:
            raise FetchRefused(f"{host} resolves to an address Satchel cannot check.", host=host) from exc
        if not public:
            raise FetchRefused(f"{host} points to a private or local network address; Satchel refuses "
                               "to download from it.", host=host)
    return addresses
