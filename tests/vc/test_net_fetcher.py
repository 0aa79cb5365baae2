"""The https fetcher: scheme and address policy, redirects, size caps, timeouts (no internet)."""

from __future__ import annotations

import socket
import threading

import httpx
import pytest

from satchel.errors import FetchFailed, FetchRefused
from satchel.net import HttpsFetcher, OfflineFetcher


def public_resolver(host, port):
    return ["93.184.216.34"]


def fetcher_for(handler, resolver=public_resolver, **kw):
    return HttpsFetcher(transport=httpx.MockTransport(handler), resolver=resolver, **kw)


def test_downloads_a_public_document():
    seen = {}

    def handler(request):
        seen["accept"] = request.headers["accept"]
        return httpx.Response(200, json={"ok": True}, headers={"content-type": "application/json"})

    reply = fetcher_for(handler).get("https://example.org/doc.json", accept="application/ld+json")
    assert reply.status == 200 and reply.body == b'{"ok":true}'
    assert reply.content_type == "application/json"
    assert reply.url == "https://example.org/doc.json"
    assert seen["accept"] == "application/ld+json"


@pytest.mark.parametrize("url", ["http://example.org/x", "ftp://example.org/x", "file:///etc/passwd",
                                 "https:///nohost", "https://user:pw@example.org/"])
def test_refuses_anything_but_plain_https(url):
    with pytest.raises(FetchRefused):
        fetcher_for(lambda r: httpx.Response(200)).get(url)


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "192.168.0.4", "169.254.169.254", "::1",
                                     "fe80::1", "::ffff:10.0.0.1", "0.0.0.0", "100.64.0.1"])
def test_refuses_hosts_that_resolve_to_private_addresses(address):
    called = []
    fetcher = fetcher_for(lambda r: called.append(r) or httpx.Response(200),
                          resolver=lambda h, p: ["93.184.216.34", address])
    with pytest.raises(FetchRefused, match="private or local"):
        fetcher.get("https://sneaky.example/")
    assert not called


def test_loopback_is_allowed_only_when_asked():
    fetcher = fetcher_for(lambda r: httpx.Response(200, content=b"hi"),
                          resolver=lambda h, p: ["127.0.0.1"], allow_loopback=True)
    assert fetcher.get("https://localhost/x").body == b"hi"
    private = fetcher_for(lambda r: httpx.Response(200), resolver=lambda h, p: ["10.0.0.1"],
                          allow_loopback=True)
    with pytest.raises(FetchRefused):
        private.get("https://intranet/x")


def test_redirects_are_followed_and_rechecked():
    def handler(request):
        if request.url.host == "a.example":
            return httpx.Response(302, headers={"location": "https://b.example/final"})
        return httpx.Response(200, content=b"final")

    assert fetcher_for(handler).get("https://a.example/start").url == "https://b.example/final"

    to_http = fetcher_for(lambda r: httpx.Response(301, headers={"location": "http://b.example/"}))
    with pytest.raises(FetchRefused):
        to_http.get("https://a.example/")

    def resolver(host, port):
        return ["10.0.0.7"] if host == "internal.example" else ["93.184.216.34"]
    to_private = fetcher_for(lambda r: httpx.Response(302, headers={"location": "https://internal.example/"}),
                             resolver=resolver)
    with pytest.raises(FetchRefused):
        to_private.get("https://a.example/")


def test_redirect_loops_stop():
    loop = fetcher_for(lambda r: httpx.Response(302, headers={"location": "/again"}))
    with pytest.raises(FetchFailed, match="too many times"):
        loop.get("https://a.example/")


def test_size_cap_applies_while_streaming():
    def handler(request):
        return httpx.Response(200, stream=httpx.ByteStream(b"x" * 5000))

    with pytest.raises(FetchFailed, match="too large"):
        fetcher_for(handler).get("https://example.org/big", max_bytes=1000)
    assert len(fetcher_for(handler).get("https://example.org/big", max_bytes=5000).body) == 5000


def test_http_errors_and_timeouts_name_the_host():
    with pytest.raises(FetchFailed, match=r"example\.org answered with error 404"):
        fetcher_for(lambda r: httpx.Response(404)).get("https://example.org/missing")

    def slow(request):
        raise httpx.ReadTimeout("slow", request=request)
    with pytest.raises(FetchFailed, match=r"example\.org did not answer in time"):
        fetcher_for(slow).get("https://example.org/slow")


def test_a_silent_local_server_times_out():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    accepted = []
    thread = threading.Thread(target=lambda: accepted.append(server.accept()), daemon=True)
    thread.start()
    try:
        fetcher = HttpsFetcher(allow_loopback=True)
        with pytest.raises(FetchFailed, match=r"127\.0\.0\.1 did not answer in time"):
            fetcher.get(f"https://127.0.0.1:{port}/x", timeout=0.3)
    finally:
        thread.join(2)
        for conn, _ in accepted:
            conn.close()
        server.close()


def test_a_local_server_is_refused_by_default():
    with pytest.raises(FetchRefused):
        HttpsFetcher().get("https://127.0.0.1:9/x")


def test_offline_fetcher_never_fetches():
    with pytest.raises(FetchFailed, match="offline"):
        OfflineFetcher().get("https://example.org/")
