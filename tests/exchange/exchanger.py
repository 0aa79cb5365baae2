"""A local VC-API exchanger that asks for a credential by example before it issues one (the issuer peer's
DCC exchange asks for DIDAuthentication only). Real TLS on 127.0.0.1 with a throwaway CA, so the app under
test reaches it through its own fetcher (with SATCHEL_ALLOW_LOOPBACK=1 and SATCHEL_EXTRA_CA_FILE=ca.pem).

Every POST body is kept (``posted[exchange id]``), so a test can see exactly what the wallet sent.
"""

from __future__ import annotations

import datetime as dt
import http.server
import ipaddress
import json
import ssl
import threading
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import quote

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

REASON = "We issue this badge to holders of an earlier Open Badge."


def _tls_files(folder: Path) -> tuple[Path, Path, Path]:
    """(ca.pem, server certificate, server key) for 127.0.0.1, valid for one hour."""
    now = dt.datetime.now(dt.timezone.utc)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test exchanger CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
          .not_valid_after(now + dt.timedelta(hours=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    leaf = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(hours=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    paths = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return paths


class QueryByExampleExchanger:
    """``POST {}`` → a request for DIDAuthentication and one OpenBadgeCredential (VC 2.0) by example;
    ``POST {verifiablePresentation}`` → ``issued`` in a VP (whatever was sent: the test judges it)."""

    def __init__(self, folder: Path, issued: dict[str, Any]) -> None:
        self.issued = issued
        self.posted: dict[str, list[Any]] = {}
        self.ca, cert, key = _tls_files(folder)
        exchanger = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"null")
                exchange_id = self.path.rsplit("/", 1)[-1]
                exchanger.posted.setdefault(exchange_id, []).append(body)
                answer = exchanger.answer(body)
                data = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self.origin = f"https://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def answer(self, body: Any) -> dict[str, Any]:
        if body == {}:
            return {"verifiablePresentationRequest": {
                "query": [{"type": "DIDAuthentication"},
                          {"type": "QueryByExample",
                           "credentialQuery": {"reason": REASON,
                                               "example": {"@context": ["https://www.w3.org/ns/credentials/v2"],
                                                           "type": "OpenBadgeCredential"}}}],
                "challenge": str(uuid.uuid4()), "domain": self.origin}}
        return {"verifiablePresentation": {"@context": ["https://www.w3.org/2018/credentials/v1"],
                                           "type": ["VerifiablePresentation"],
                                           "verifiableCredential": [self.issued]}}

    def link(self) -> tuple[str, str]:
        """(exchange id, a dccrequest link to a new exchange)."""
        exchange_id = str(uuid.uuid4())
        request = {"credentialRequestOrigin": self.origin,
                   "protocols": {"vcapi": f"{self.origin}/workflows/claim/exchanges/{exchange_id}"}}
        return exchange_id, "dccrequest://request?request=" + quote(json.dumps(request))

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
