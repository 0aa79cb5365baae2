"""The real fetcher: httpx over https, public addresses only, redirects re-checked, size capped.

Each host name is resolved once per request, by the check that refuses private addresses, and the
connection goes to the address that passed it (:mod:`satchel.net.pinned`; no second resolution, so
no DNS rebinding). ``timeout`` caps the whole download — every redirect, connect and read — not each
read."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from satchel.errors import FetchFailed
from satchel.net.addresses import Resolver, check_host, https_host, system_resolver
from satchel.net.response import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, Response

MAX_REDIRECTS = 5
_REDIRECTS = {301, 302, 303, 307, 308}
USER_AGENT = "Satchel (credential wallet)"

if TYPE_CHECKING:
    import ssl

    import httpx


class HttpsFetcher:
    """Downloads public documents. ``transport`` lets tests plug in ``httpx.MockTransport``.

    ``resolver(host, port) -> addresses`` is used to refuse private targets before each request
    (and after each redirect); ``allow_loopback`` admits 127.0.0.1/::1 for local test servers.
    """

    def __init__(self, transport: httpx.BaseTransport | None = None, allow_loopback: bool = False, *,
                 resolver: Resolver | None = None, verify: bool | ssl.SSLContext = True) -> None:
        self._transport = transport
        self._allow_loopback = allow_loopback
        self._resolver = resolver or system_resolver
        self._verify = verify

    def get(self, url: str, *, accept: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
            timeout: float = DEFAULT_TIMEOUT) -> Response:
        headers = {"User-Agent": USER_AGENT, "Accept": accept or "application/json, */*;q=0.5"}
        import httpx  # loaded (with what it drags in) on the first download, not at start-up

        from satchel.net.pinned import PinnedTransport

        deadline = time.monotonic() + timeout
        pinned = None if self._transport is not None else PinnedTransport(self._verify, timeout)
        with httpx.Client(transport=self._transport or pinned, timeout=httpx.Timeout(timeout),
                          follow_redirects=False, verify=self._verify, trust_env=False) as client:
            current = url
            for _ in range(MAX_REDIRECTS + 1):
                host, port = https_host(current)
                addresses = check_host(host, port, self._resolver, allow_loopback=self._allow_loopback)
                if pinned is not None:
                    pinned.pin(current, addresses)
                response = self._one(client, current, host, headers, max_bytes, deadline)
                if isinstance(response, str):
                    current = response
                    continue
                return response
        raise FetchFailed(f"The server at {host} redirected too many times.", host=host)

    def post(self, url: str, *, form: dict[str, str] | None = None, json_body: object = None,
             headers: dict[str, str] | None = None, accept: str = "application/json",
             max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT) -> Response:
        """One POST (form-encoded or JSON); any status comes back as a :class:`Response`.

        Redirects are never followed: a 3xx is returned as it is (with its ``location``), for the caller
        to refuse. The host is checked and pinned as for :meth:`get`; size and total time are capped.
        """
        import httpx  # loaded (with what it drags in) on the first download, not at start-up

        from satchel.net.pinned import PinnedTransport

        deadline = time.monotonic() + timeout
        host, port = https_host(url)
        addresses = check_host(host, port, self._resolver, allow_loopback=self._allow_loopback)
        pinned = None if self._transport is not None else PinnedTransport(self._verify, timeout)
        if pinned is not None:
            pinned.pin(url, addresses)
        sent = {"User-Agent": USER_AGENT, "Accept": accept, **(headers or {})}
        with httpx.Client(transport=self._transport or pinned, timeout=httpx.Timeout(timeout),
                          follow_redirects=False, verify=self._verify, trust_env=False) as client:
            try:
                if json_body is not None:
                    request = client.build_request("POST", url, json=json_body, headers=sent)
                else:
                    request = client.build_request("POST", url, data=form or {}, headers=sent)
                reply = client.send(request, stream=True)
                try:
                    body = _read_capped(reply, host, max_bytes, deadline)
                finally:
                    reply.close()
            except httpx.TimeoutException as exc:
                raise FetchFailed(f"The server at {host} did not answer in time.", host=host) from exc
            except httpx.HTTPError as exc:
                raise FetchFailed(f"The server at {host} could not be reached.", host=host) from exc
        return Response(url, reply.status_code, reply.headers.get("content-type"), body,
                        location=reply.headers.get("location"))

    def _one(self, client: httpx.Client, url: str, host: str, headers: dict[str, str],
             max_bytes: int, deadline: float) -> Response | str:
        """One request: a :class:`Response`, or the next URL when the server redirects."""
        import httpx

        left = deadline - time.monotonic()
        if left <= 0:
            raise FetchFailed(f"The server at {host} did not answer in time.", host=host)
        try:
            with client.stream("GET", url, headers=headers, timeout=httpx.Timeout(left)) as reply:
                if reply.status_code in _REDIRECTS:
                    location = reply.headers.get("location")  # httpx types header values as Any
                    if not isinstance(location, str) or not location:
                        raise FetchFailed(f"The server at {host} redirected without saying where.",
                                          host=host)
                    return urljoin(url, location)
                if reply.status_code >= 400:
                    raise FetchFailed(f"The server at {host} answered with error {reply.status_code}.",
                                      host=host, status=reply.status_code)
                if not 200 <= reply.status_code < 300:
                    raise FetchFailed(f"The server at {host} gave an unexpected answer "
                                      f"({reply.status_code}).", host=host, status=reply.status_code)
                body = _read_capped(reply, host, max_bytes, deadline)
                content_type = reply.headers.get("content-type")
                return Response(url, reply.status_code, content_type, body)
        except httpx.TimeoutException as exc:
            raise FetchFailed(f"The server at {host} did not answer in time.", host=host) from exc
        except httpx.HTTPError as exc:
            raise FetchFailed(f"The server at {host} could not be reached.", host=host) from exc


def _read_capped(reply: httpx.Response, host: str, max_bytes: int, deadline: float) -> bytes:
    declared = reply.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchFailed(f"The document at {host} is too large.", host=host)
    chunks: list[bytes] = []
    total = 0
    for chunk in reply.iter_bytes():
        total += len(chunk)
        if total > max_bytes:
            raise FetchFailed(f"The document at {host} is too large.", host=host)
        if time.monotonic() > deadline:
            raise FetchFailed(f"The server at {host} did not answer in time.", host=host)
        chunks.append(chunk)
    return b"".join(chunks)


__all__ = ["HttpsFetcher"]
