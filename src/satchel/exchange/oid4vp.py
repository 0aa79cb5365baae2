"""OpenID for Verifiable Presentations 1.0 (final): reading and judging a request, before any consent.

A request arrives by value (``request=``, or plain parameters for ``redirect_uri:``) or by reference
(``request_uri``, GET, or POST with a ``wallet_nonce`` when ``request_uri_method=post``). Who is asking
comes only from what can be proven:

    redirect_uri:              unsigned; the answer may only go to that very URI ("unverified website")
    decentralized_identifier:  request object signed by a key of that DID (kid names it)
    x509_san_dns:              signed, x5c chain trusted, leaf SAN = the name, response_uri on that host
    x509_hash:                 signed, x5c chain trusted, SHA-256 of the leaf = the value

Refused, with nothing sent: ``origin:`` and unknown prefixes, a client_id in the URL that differs from
the request object's, a signed prefix whose object is unsigned or badly signed, an expired object,
any ``transaction_data`` (Satchel recognises no type), a response_uri the client identifier does not
allow, response modes other than ``direct_post`` / ``direct_post.jwt``, a ``client_metadata`` or
``vp_formats_supported`` not in the shape the spec fixes (:mod:`satchel.exchange.vp_formats`).
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from satchel import crypto, formats
from satchel.crypto import x509 as certificates
from satchel.errors import (
    DidResolutionError,
    ExchangeRefused,
    ImportRefused,
    InvalidKey,
)
from satchel.exchange import jose, vp_formats
from satchel.exchange.common import Http, fail, host_of
from satchel.vc.did import DidResolver, public_key_of

SCHEMES = ("openid4vp", "haip", "eudi-openid4vp", "mdoc-openid4vp")
PREFIXES = ("redirect_uri", "decentralized_identifier", "x509_san_dns", "x509_hash")
SIGNED = ("decentralized_identifier", "x509_san_dns", "x509_hash")
RESPONSE_MODES = ("direct_post", "direct_post.jwt")
REQUEST_TYPE = "application/oauth-authz-req+jwt"
MAX_REQUEST = 100_000


@dataclass(frozen=True)
class Request:
    client_id: str  # the full client identifier, prefix included (the audience of the answer)
    prefix: str
    verifier: str  # who is asking, as far as it was proven (a DNS name, a DID, a certificate hash, a URI)
    verified: bool  # False for redirect_uri: an unverified website
    response_mode: str
    response_uri: str
    nonce: str
    state: str | None
    dcql_query: dict[str, Any]
    encryption_jwk: dict[str, Any] | None = field(default=None, repr=False)
    accepted: vp_formats.Accepted | None = None  # client_metadata.vp_formats_supported; None: nothing restricted


def is_request(uri: str) -> bool:
    parts = urlsplit(uri.strip())
    query = parse_qs(parts.query)
    return parts.scheme in SCHEMES or ("client_id" in query and (
        "request_uri" in query or "request" in query or query.get("response_type") == ["vp_token"]))


def _one(query: dict[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    if values and len(values) > 1:
        raise ExchangeRefused(f"The request repeats the parameter {name}.", reason="malformed")
    return values[0] if values else None


def _prefix_of(client_id: str) -> tuple[str, str]:
    prefix, _, value = client_id.partition(":")
    if prefix == "origin":
        raise ExchangeRefused("The request uses an 'origin:' client identifier, reserved for the browser API.",
                              reason="origin_prefix")
    if prefix not in PREFIXES or not value:
        raise ExchangeRefused(f"Satchel cannot check a verifier identified as {client_id[:80]!r}.",
                              reason="unknown_prefix")
    return prefix, value


def _fetch_object(query: dict[str, list[str]], http: Http) -> str:
    request_uri = _one(query, "request_uri")
    method = _one(query, "request_uri_method") or "get"
    if not request_uri or not request_uri.startswith("https://"):
        raise ExchangeRefused("The request_uri is not an https address.", reason="malformed")
    if method == "post":
        wallet_nonce = secrets.token_urlsafe(16)
        response = http.post(request_uri, form={"wallet_nonce": wallet_nonce}, accept=REQUEST_TYPE,
                             max_bytes=MAX_REQUEST)
        if response.status != 200:
            raise fail(response, "verifier's request endpoint")
        text = response.body.decode("utf-8", "replace").strip()
        if jose.unverified(text)[1].get("wallet_nonce") != wallet_nonce:
            raise ExchangeRefused("The request object does not carry the wallet nonce Satchel sent.",
                                  reason="malformed")
        return text
    if method != "get":
        raise ExchangeRefused("The request_uri_method is neither get nor post.", reason="malformed")
    return http.get(request_uri, accept=REQUEST_TYPE, max_bytes=MAX_REQUEST).body.decode("utf-8", "replace").strip()


def _plain(query: dict[str, list[str]]) -> dict[str, Any]:
    """An unsigned request given as URL parameters (JSON-valued ones decoded)."""
    payload: dict[str, Any] = {}
    for name in query:
        value = _one(query, name)
        if name in ("dcql_query", "client_metadata", "transaction_data"):
            try:
                payload[name] = formats.parse_json_safely(value or "")
            except ImportRefused as exc:
                raise ExchangeRefused(f"The request's {name} is not valid JSON.", reason="malformed") from exc
        else:
            payload[name] = value
    return payload


def _resolver_key(kid: Any, did: str) -> dict[str, Any]:
    if not isinstance(kid, str) or kid.split("#", 1)[0] != did:
        raise ExchangeRefused("The request is not signed by a key of the DID it names.", reason="bad_signature")
    try:
        method, _ = DidResolver().dereference(kid)
        return crypto.public_jwk(public_key_of(method))
    except (DidResolutionError, InvalidKey) as exc:
        raise ExchangeRefused(f"The verifier's key cannot be found ({exc.message}).", reason="bad_signature") from exc


def _x509_key(header: dict[str, Any], prefix: str, value: str, anchors: list[Any], now: datetime) -> dict[str, Any]:
    try:
        leaf = certificates.validate_x5c(header.get("x5c"), anchors, at=now,
                                   dns_name=value if prefix == "x509_san_dns" else None)
    except InvalidKey as exc:
        raise ExchangeRefused(exc.message, reason="untrusted_certificate") from exc
    if prefix == "x509_hash":
        digest = base64.urlsafe_b64encode(leaf.sha256).rstrip(b"=").decode("ascii")
        if digest != value:
            raise ExchangeRefused("The verifier's certificate is not the one its identifier names.",
                                  reason="untrusted_certificate")
    return leaf.jwk


def _check_response_uri(prefix: str, value: str, response_uri: str) -> None:
    if prefix == "redirect_uri" and response_uri != value:
        raise ExchangeRefused("The answer would go elsewhere than the verifier's own address.",
                              reason="response_uri_host")
    if prefix == "x509_san_dns" and host_of(response_uri) != value.lower():
        raise ExchangeRefused(f"The answer would go to {host_of(response_uri)}, not to {value}.",
                              reason="response_uri_host")


def _encryption_key(metadata: Any) -> dict[str, Any]:
    metadata = metadata if isinstance(metadata, dict) else {}
    encs = metadata.get("encrypted_response_enc_values_supported")
    if isinstance(encs, list) and "A128GCM" not in encs:
        raise ExchangeRefused("The verifier wants an encryption Satchel does not do.",
                              reason="unsupported_response_mode")
    keys = (metadata.get("jwks") or {}).get("keys") if isinstance(metadata.get("jwks"), dict) else None
    for key in keys if isinstance(keys, list) else []:
        if isinstance(key, dict) and key.get("kty") == "EC" and key.get("use", "enc") == "enc" \
                and key.get("alg", "ECDH-ES") == "ECDH-ES":
            return key
    raise ExchangeRefused("The verifier asks for an encrypted answer but gives no usable key.",
                          reason="bad_encryption_key")


def read_request(uri: str, http: Http, *, now: datetime, anchors: list[Any]) -> Request:
    """Fetch and judge a request. Raises :class:`ExchangeRefused` (nothing is ever sent from here)."""
    query = parse_qs(urlsplit(uri.strip()).query, keep_blank_values=True)
    url_client_id = _one(query, "client_id")
    if not url_client_id:
        raise ExchangeRefused("The request names no client_id.", reason="malformed")
    prefix, value = _prefix_of(url_client_id)
    if _one(query, "request_uri") is not None:
        header, payload, signed = jose.unverified(token := _fetch_object(query, http))
    elif _one(query, "request") is not None:
        header, payload, signed = jose.unverified(token := _one(query, "request") or "")
    else:
        token, header, payload, signed = "", {}, _plain(query), False
    if payload.get("client_id") != url_client_id:
        raise ExchangeRefused("The client_id in the link differs from the request's.", reason="client_id_mismatch")
    if prefix in SIGNED and not signed:
        raise ExchangeRefused("This verifier's requests must be signed; this one is not.", reason="unsigned")
    if prefix == "redirect_uri" and signed:
        raise ExchangeRefused("A redirect_uri request cannot be signed.", reason="malformed")
    exp = payload.get("exp")
    if exp is not None and (not isinstance(exp, (int, float)) or exp <= now.timestamp()):
        raise ExchangeRefused("The request has expired.", reason="expired")
    if prefix == "decentralized_identifier":
        payload = jose.verify_jws(token, _resolver_key(header.get("kid"), value))
    elif prefix in ("x509_san_dns", "x509_hash"):
        payload = jose.verify_jws(token, _x509_key(header, prefix, value, anchors, now))
    if payload.get("client_id") != url_client_id:  # the verified payload, again
        raise ExchangeRefused("The client_id in the link differs from the request's.", reason="client_id_mismatch")
    if "transaction_data" in payload:
        raise ExchangeRefused("The request carries transaction data Satchel does not recognise.",
                              reason="transaction_data")
    return _request(payload, prefix, value, url_client_id)


def _request(payload: dict[str, Any], prefix: str, value: str, client_id: str) -> Request:
    if payload.get("response_type") != "vp_token":
        raise ExchangeRefused("The request does not ask for a presentation (response_type).", reason="malformed")
    mode = payload.get("response_mode")
    if mode not in RESPONSE_MODES:
        raise ExchangeRefused(f"Satchel cannot answer with response_mode {mode!r}.",
                              reason="unsupported_response_mode")
    response_uri = payload.get("response_uri")
    if not isinstance(response_uri, str) or not response_uri.startswith("https://"):
        raise ExchangeRefused("The request gives no https response_uri.", reason="malformed")
    _check_response_uri(prefix, value, response_uri)
    nonce = payload.get("nonce")
    if not isinstance(nonce, str) or not nonce:
        raise ExchangeRefused("The request has no nonce.", reason="malformed")
    dcql_query = payload.get("dcql_query")
    if not isinstance(dcql_query, dict):
        raise ExchangeRefused("The request has no DCQL query.", reason="malformed")
    state = payload.get("state") if isinstance(payload.get("state"), str) else None
    accepted = vp_formats.read(payload.get("client_metadata"))
    key = _encryption_key(payload.get("client_metadata")) if mode == "direct_post.jwt" else None
    verified = prefix != "redirect_uri"
    verifier = value if prefix != "redirect_uri" else host_of(value) or value
    return Request(client_id, prefix, verifier, verified, mode, response_uri, nonce, state, dcql_query, key,
                   accepted)


__all__ = ["Request", "host_of", "is_request", "read_request"]
