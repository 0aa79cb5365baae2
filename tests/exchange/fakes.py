"""A scripted HTTP seam for the exchange protocols, and signing helpers for hand-made requests."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from joserfc import jws
from joserfc.jwk import ECKey

from satchel.net import Response

Handler = Callable[[str, dict[str, Any]], Response]


def reply(status: int = 200, body: Any = None, *, content_type: str = "application/json",
          location: str | None = None, raw: bytes | None = None) -> Response:
    data = raw if raw is not None else json.dumps(body if body is not None else {}).encode()
    return Response("https://x", status, content_type, data, location=location)


class FakeHttp:
    """Routes ``(METHOD, url)`` to canned answers (a Response, or a function of the request)."""

    def __init__(self, routes: dict[tuple[str, str], Response | Handler | list[Response]]) -> None:
        self.routes = routes
        self.calls: list[tuple[str, str, dict[str, Any]]] = []

    def _answer(self, method: str, url: str, sent: dict[str, Any]) -> Response:
        self.calls.append((method, url, sent))
        route = self.routes.get((method, url))
        if route is None:
            from satchel.errors import FetchFailed
            raise FetchFailed(f"no route {method} {url}", status=404)
        if isinstance(route, list):
            return route.pop(0)
        return route(url, sent) if callable(route) else route

    def get(self, url: str, *, accept: str | None = None, max_bytes: int = 0, timeout: float = 0) -> Response:
        return self._answer("GET", url, {"accept": accept})

    def post(self, url: str, *, form=None, json_body=None, headers=None, accept: str = "", max_bytes: int = 0,
             timeout: float = 0) -> Response:
        return self._answer("POST", url, {"form": form, "json": json_body, "headers": headers or {}})

    def posted(self, url: str) -> list[dict[str, Any]]:
        return [sent for method, u, sent in self.calls if method == "POST" and u == url]


NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def p256() -> ECKey:
    return ECKey.generate_key("P-256")


def sign_request(payload: dict[str, Any], key: ECKey, **header: Any) -> str:
    return jws.serialize_compact({"alg": "ES256", "typ": "oauth-authz-req+jwt", **header},
                                 json.dumps(payload).encode(), key, algorithms=["ES256"])


def unsigned_request(payload: dict[str, Any]) -> str:
    import base64

    def b64(value: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()
    return f"{b64({'alg': 'none', 'typ': 'oauth-authz-req+jwt'})}.{b64(payload)}."


def did_key_of(key: ECKey) -> str:
    """did:key (P-256, compressed point, multicodec 0x1200) of a joserfc EC key."""
    from satchel import crypto
    public = crypto.public_key_from_jwk(key.as_dict(private=False))
    return "did:key:" + public.multikey


def ca_and_leaf(dns: str = "verifier.example") -> tuple[x509.Certificate, x509.Certificate, ECKey]:
    """A throwaway CA and a server leaf for ``dns`` whose key signs request objects."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    start, end = NOW - timedelta(days=1), NOW + timedelta(days=30)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(end)
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    leaf = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, dns)]))
            .issuer_name(ca_name).public_key(leaf_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(dns)]), critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False, False), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    pem = leaf_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                 serialization.NoEncryption())
    return ca, leaf, ECKey.import_key(pem)


def x5c(cert: x509.Certificate) -> list[str]:
    import base64
    return [base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()]
