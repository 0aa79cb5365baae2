"""The fetcher's POST (never redirected) and the two test settings, off by default."""

from __future__ import annotations

import ssl

import httpx
import pytest

from satchel.errors import FetchRefused, UsageError
from satchel.net import HttpsFetcher, exchange_fetcher, extra_ca_file, loopback_allowed
from satchel.net.settings import tls_context


def public(_host, _port):
    return ["93.184.216.34"]


def test_post_returns_a_redirect_without_following_it():
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, str(request.url), request.headers.get("content-type"), request.content))
        return httpx.Response(302, headers={"location": "https://collector.example/c"})
    fetcher = HttpsFetcher(httpx.MockTransport(handler), resolver=public)
    response = fetcher.post("https://verifier.example/r", form={"vp_token": "{}", "state": "s"})
    assert response.status == 302 and response.location == "https://collector.example/c"
    assert seen == [("POST", "https://verifier.example/r", "application/x-www-form-urlencoded",
                     b"vp_token=%7B%7D&state=s")]


def test_post_json_and_error_bodies_come_back():
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["content-type"] == "application/json"
        return httpx.Response(400, json={"error": "invalid_nonce"})
    fetcher = HttpsFetcher(httpx.MockTransport(handler), resolver=public)
    response = fetcher.post("https://i.example/c", json_body={"a": 1})
    assert response.status == 400 and b"invalid_nonce" in response.body


@pytest.mark.parametrize("url", ["http://verifier.example/r", "https://127.0.0.1/r", "https://10.0.0.1/r"])
def test_post_refuses_plain_http_and_private_addresses(url):
    fetcher = HttpsFetcher(httpx.MockTransport(lambda r: httpx.Response(200)))
    with pytest.raises(FetchRefused):
        fetcher.post(url, form={})


def test_settings_are_off_by_default(tmp_path):
    assert not loopback_allowed({}) and extra_ca_file({}) is None and tls_context({}) is True
    assert not loopback_allowed({"SATCHEL_ALLOW_LOOPBACK": "yes"})
    assert loopback_allowed({"SATCHEL_ALLOW_LOOPBACK": "1"})
    fetcher = exchange_fetcher({})
    with pytest.raises(FetchRefused):
        fetcher.post("https://127.0.0.1:9/r", form={})


def test_extra_ca_file_must_exist_and_be_a_certificate(tmp_path):
    with pytest.raises(UsageError):
        extra_ca_file({"SATCHEL_EXTRA_CA_FILE": str(tmp_path / "missing.pem")})
    bad = tmp_path / "bad.pem"
    bad.write_text("not a certificate")
    with pytest.raises(UsageError):
        tls_context({"SATCHEL_EXTRA_CA_FILE": str(bad)})


def test_extra_ca_is_added_to_the_system_roots(tmp_path):
    from cryptography.hazmat.primitives.serialization import Encoding

    from .fakes import ca_and_leaf
    ca, _, _ = ca_and_leaf()
    path = tmp_path / "ca.pem"
    path.write_bytes(ca.public_bytes(Encoding.PEM))
    context = tls_context({"SATCHEL_EXTRA_CA_FILE": str(path)})
    assert isinstance(context, ssl.SSLContext)
    subjects = [dict(x[0] for x in cert["subject"]) for cert in context.get_ca_certs()]
    assert {"commonName": "Test CA"} in subjects
    assert len(subjects) > 1 or not ssl.create_default_context().get_ca_certs()  # system roots kept
