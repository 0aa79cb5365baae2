"""An httpx transport that connects only to addresses already checked, within one deadline.

:class:`PinnedTransport` gives httpcore a network backend whose ``connect_tcp`` never resolves a name:
it connects to the addresses :func:`satchel.net.addresses.check_host` approved for that host and port
(``pin``), so a name that resolves to a public address for the check and to a private one a moment
later (DNS rebinding) cannot steer the connection. TLS still runs with the host name (SNI, certificate
check) and the request still carries it in ``Host``: only the socket's destination is fixed.

Every connect, read and write is given at most the time left until one deadline, so a whole download
(redirects included) is capped, not each read.
"""

from __future__ import annotations

import ssl
import time
import types
import typing
from collections.abc import Iterable, Iterator

import httpcore
import httpx

_HTTPCORE_ERRORS = (httpcore.NetworkError, httpcore.ProtocolError, httpcore.UnsupportedProtocol,
                    httpcore.ConnectionNotAvailable, httpcore.ProxyError)


class Deadline:
    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.end - time.monotonic()

    def clamp(self, timeout: float | None, expired: type[Exception]) -> float:
        left = self.remaining()
        if left <= 0:
            raise expired("the time allowed for this download is over")
        return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    """A socket stream whose every operation ends by the deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._deadline.clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._deadline.clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname,
                                      self._deadline.clamp(timeout, httpcore.ConnectTimeout))
        return _Stream(inner, self._deadline)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _PinnedBackend(httpcore.NetworkBackend):
    def __init__(self, pins: dict[tuple[str, int], list[str]], deadline: Deadline) -> None:
        self._pins = pins
        self._deadline = deadline
        self._system = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[typing.Any] | None = None) -> httpcore.NetworkStream:
        addresses = self._pins.get((host.lower(), port))
        if not addresses:
            raise httpcore.ConnectError(f"{host} was not checked before connecting")
        error: Exception = httpcore.ConnectError(f"{host} could not be reached")
        for address in addresses:
            try:
                limit = self._deadline.clamp(timeout, httpcore.ConnectTimeout)
                stream = self._system.connect_tcp(address, port, limit, local_address, socket_options)
                return _Stream(stream, self._deadline)
            except httpcore.ConnectError as exc:
                error = exc
        raise error

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[typing.Any] | None = None) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("Satchel downloads over TCP only")

    def sleep(self, seconds: float) -> None:
        time.sleep(min(seconds, max(self._deadline.remaining(), 0)))


class _Body(httpx.SyncByteStream):
    def __init__(self, stream: Iterable[bytes], request: httpx.Request) -> None:
        self._stream = stream
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        with _mapped(self._request):
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


class _mapped:
    """httpcore errors as the httpx errors the fetcher handles."""

    def __init__(self, request: httpx.Request) -> None:
        self._request = request

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: types.TracebackType | None) -> typing.Literal[False]:
        if isinstance(exc, httpcore.TimeoutException):
            raise httpx.TimeoutException(str(exc), request=self._request) from exc
        if isinstance(exc, _HTTPCORE_ERRORS):
            raise httpx.TransportError(str(exc), request=self._request) from exc
        return False


class PinnedTransport(httpx.BaseTransport):
    def __init__(self, verify: bool | ssl.SSLContext, seconds: float) -> None:
        self.deadline = Deadline(seconds)
        self._pins: dict[tuple[str, int], list[str]] = {}
        context = verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(verify=verify)
        self._pool = httpcore.ConnectionPool(ssl_context=context, http1=True, http2=False, retries=0,
                                             network_backend=_PinnedBackend(self._pins, self.deadline))

    def pin(self, url: str, addresses: list[str]) -> None:
        """Connections to the host and port of ``url`` go to these (checked) addresses and nowhere else.

        The host is keyed as httpcore will name it (IDNA-encoded, lower case)."""
        parsed = httpx.URL(url)
        host = parsed.raw_host.decode("ascii").lower()
        self._pins[(host, parsed.port or 443)] = [a.split("%", 1)[0] for a in addresses]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        core = httpcore.Request(method=request.method,
                                url=httpcore.URL(scheme=request.url.raw_scheme, host=request.url.raw_host,
                                                 port=request.url.port, target=request.url.raw_path),
                                headers=request.headers.raw, content=request.stream, extensions=request.extensions)
        with _mapped(request):
            reply = self._pool.handle_request(core)
        assert isinstance(reply.stream, Iterable)
        return httpx.Response(status_code=reply.status, headers=reply.headers, stream=_Body(reply.stream, request),
                              extensions=reply.extensions)

    def close(self) -> None:
        self._pool.close()


__all__ = ["Deadline", "PinnedTransport"]
