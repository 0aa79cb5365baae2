"""Issue 9 §3 (network), against a real TLS server on 127.0.0.1:

- the fetcher connects to the address that passed the private-range check: the name is resolved once
  per request, never again by the HTTP stack (DNS rebinding), while SNI, Host and the certificate check
  still use the host name;
- one time cap covers a whole download, not each read (a server that drips bytes is cut off).
"""

from __future__ import annotations

import datetime
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from satchel.errors import FetchFailed, FetchRefused
from satchel.net import HttpsFetcher

HOST = "badges.example"  # resolvable by no DNS server: only the injected resolver knows it
IDN, IDN_ASCII = "bücher.example", "xn--bcher-kva.example"


def _name(text):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    """A test CA and a certificate for HOST signed by it, written as PEM files."""
    directory = tmp_path_factory.mktemp("pki")
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(_name("Satchel test CA")).issuer_name(_name("Satchel test CA"))
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (x509.CertificateBuilder().subject_name(_name(HOST)).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(HOST), x509.DNSName(IDN_ASCII)]),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    (directory / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (directory / "leaf.pem").write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    (directory / "leaf.key").write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                                           serialization.PrivateFormat.PKCS8,
                                                           serialization.NoEncryption()))
    return directory


@pytest.fixture
def server(pki):
    seen = {"sni": [], "host": []}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            seen["host"].append(self.headers.get("Host"))
            if self.path == "/drip":
                self.send_response(200)
                self.send_header("Content-Length", "40")
                self.end_headers()
                try:
                    for _ in range(40):
                        self.wfile.write(b"x")
                        self.wfile.flush()
                        time.sleep(0.1)
                except OSError:  # the client gave up, as it should
                    pass
                return
            body = b'{"ok": true}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki / "leaf.pem", pki / "leaf.key")
    context.sni_callback = lambda sock, name, ctx: seen["sni"].append(name)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd.server_address[1], seen
    finally:
        httpd.shutdown()
        httpd.server_close()


def client(pki, resolver):
    context = ssl.create_default_context(cafile=str(pki / "ca.pem"))
    return HttpsFetcher(allow_loopback=True, resolver=resolver, verify=context)


def test_connects_to_the_checked_address_with_the_hosts_name_for_tls(pki, server):
    port, seen = server
    calls = []

    def resolver(host, port_):
        calls.append(host)
        return ["127.0.0.1"]

    reply = client(pki, resolver).get(f"https://{HOST}:{port}/doc")
    assert reply.body == b'{"ok": true}'
    assert calls == [HOST]  # resolved once, by the check; the HTTP stack did not resolve it again
    assert seen["sni"] == [HOST] and seen["host"] == [f"{HOST}:{port}"]


def test_an_internationalised_host_name_is_pinned_too(pki, server):
    port, seen = server
    assert client(pki, lambda h, p: ["127.0.0.1"]).get(f"https://{IDN}:{port}/doc").status == 200
    assert seen["sni"] == [IDN_ASCII]


def test_a_rebinding_name_is_never_resolved_a_second_time(pki, server):
    """First answer public-looking-enough (loopback allowed here), every later one private: the
    connection still goes to the first, checked address, and only one resolution happens."""
    port, _ = server
    answers = iter([["127.0.0.1"]] + [["10.0.0.9"]] * 5)
    calls = []

    def resolver(host, port_):
        calls.append(host)
        return next(answers)

    assert client(pki, resolver).get(f"https://{HOST}:{port}/doc").status == 200
    assert len(calls) == 1
    with pytest.raises(FetchRefused):  # a new download resolves again, and the private answer is refused
        client(pki, resolver).get(f"https://{HOST}:{port}/doc")


def test_the_certificate_is_still_checked_for_the_host_name(pki, server):
    port, _ = server
    with pytest.raises(FetchFailed, match="could not be reached"):
        client(pki, lambda h, p: ["127.0.0.1"]).get(f"https://other.example:{port}/doc")
    untrusted = HttpsFetcher(allow_loopback=True, resolver=lambda h, p: ["127.0.0.1"])
    with pytest.raises(FetchFailed):
        untrusted.get(f"https://{HOST}:{port}/doc")


def test_one_time_cap_covers_the_whole_download(pki, server):
    port, _ = server
    started = time.monotonic()
    with pytest.raises(FetchFailed, match="did not answer in time"):
        client(pki, lambda h, p: ["127.0.0.1"]).get(f"https://{HOST}:{port}/drip", timeout=1.0)
    assert time.monotonic() - started < 2.0  # each read came within 0.1 s; the whole took too long
