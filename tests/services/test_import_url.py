"""Importing from an https link, against a real TLS server on 127.0.0.1 (no test touches the internet)."""

from __future__ import annotations

import datetime as dt
import http.server
import ssl
import threading

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from satchel.errors import FetchFailed, FetchRefused, TooLarge, UsageError
from satchel.net import HttpsFetcher
from satchel.services import Satchel

PASS = "a long enough passphrase"


def _self_signed(tmp_path):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(hours=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(__import__("ipaddress").ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


@pytest.fixture
def server(tmp_path, corpus):
    pages = {"/badge.json": (corpus / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json").read_bytes(),
             "/baked.png": (corpus / "extra" / "baked-ob3-valid.png").read_bytes(),
             "/huge.json": b"[" + b"0," * 9_000_000 + b"0]"}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args):
            pass

    cert, key = _self_signed(tmp_path)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}", str(cert)
    httpd.shutdown()


@pytest.fixture
def app(tmp_path, server):
    _, cafile = server
    satchel = Satchel(tmp_path / "home", fetcher=HttpsFetcher(allow_loopback=True,
                                                                 verify=ssl.create_default_context(cafile=cafile)))
    satchel.create_wallet(PASS)
    return satchel


def test_a_credential_and_a_baked_badge_import_from_https_links(app, server):
    base, _ = server
    assert app.url_host(f"{base}/badge.json") == "127.0.0.1"
    first = app.import_url(f"{base}/badge.json")
    assert first.added and app.get(first.added[0]).source == f"{base}/badge.json"
    assert app.import_url(f"{base}/badge.json").existing == first.added
    assert app.import_url(f"{base}/baked.png").added


def test_refusals_name_the_reason_and_change_nothing(app, server):
    base, _ = server
    with pytest.raises(FetchRefused):
        app.url_host("http://127.0.0.1/badge.json")
    with pytest.raises(FetchFailed, match="404"):
        app.import_url(f"{base}/missing.json")
    with pytest.raises((FetchFailed, TooLarge)):
        app.import_url(f"{base}/huge.json")
    assert app.count() == 0


def test_default_fetcher_refuses_a_loopback_address(tmp_path, server):
    base, _ = server
    satchel = Satchel(tmp_path / "other")
    satchel.create_wallet(PASS)
    with pytest.raises(FetchRefused):
        satchel.import_url(f"{base}/badge.json")


def test_default_fetcher_follows_the_two_test_settings_as_the_exchanges_do(tmp_path, server, monkeypatch):
    """SATCHEL_ALLOW_LOOPBACK and SATCHEL_EXTRA_CA_FILE (test settings) apply to the app's own downloads too, so
    what an exchange with a local test issuer delivered re-verifies later over the same network."""
    base, cafile = server
    monkeypatch.setenv("SATCHEL_ALLOW_LOOPBACK", "1")
    monkeypatch.setenv("SATCHEL_EXTRA_CA_FILE", cafile)
    satchel = Satchel(tmp_path / "other")
    satchel.create_wallet(PASS)
    assert satchel.import_url(f"{base}/badge.json").added
    monkeypatch.setenv("SATCHEL_EXTRA_CA_FILE", str(tmp_path / "missing.pem"))
    late = Satchel(tmp_path / "late")  # a bad setting is reported when something is downloaded, not at start
    late.create_wallet(PASS)
    with pytest.raises(UsageError, match="SATCHEL_EXTRA_CA_FILE"):
        late.import_url(f"{base}/badge.json")
