"""OpenID for Verifiable Credential Issuance 1.0 (final): the wallet side of the pre-authorized code flow.

offer (by value, or by reference fetched exactly once) → issuer metadata (``credential_issuer`` must
match) → authorization server metadata → token (``pre-authorized_code`` + ``tx_code``) → nonce →
credential request with one ``proofs.jwt`` signed by the holder's did:key (``invalid_nonce`` → a fresh
nonce and one retry) → the credential, or a deferred ``transaction_id`` polled at the issuer's interval.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from satchel import crypto, formats
from satchel.clock import Clock
from satchel.errors import ExchangeFailed, ExchangeRefused, FetchFailed, ImportRefused
from satchel.exchange import jose
from satchel.exchange.common import (
    Holder,
    Http,
    Received,
    as_bytes,
    error_of,
    fail,
    json_object,
)

OFFER_SCHEME = "openid-credential-offer"
PRE_AUTHORIZED = "urn:ietf:params:oauth:grant-type:pre-authorized_code"
AUTHORIZATION_CODE = "authorization_code"
FORMATS = ("ldp_vc", "jwt_vc_json", "dc+sd-jwt")
PROOF_TYP = "openid4vci-proof+jwt"
MAX_POLLS = 12
MAX_INTERVAL = 30.0


@dataclass(frozen=True)
class TxCode:
    length: int | None
    input_mode: str  # numeric | text
    description: str | None


@dataclass(frozen=True)
class Offer:
    issuer: str
    configuration_ids: tuple[str, ...]
    pre_authorized_code: str | None = field(repr=False)
    tx_code: TxCode | None
    issuer_state: str | None = field(default=None, repr=False)
    by_reference: bool = False


@dataclass(frozen=True)
class IssuerInfo:
    issuer: str
    name: str | None
    logo: str | None
    token_endpoint: str
    credential_endpoint: str
    nonce_endpoint: str | None
    deferred_endpoint: str | None
    configurations: dict[str, dict[str, Any]]
    authorization_endpoint: str | None = None
    par_endpoint: str | None = None  # pushed authorization requests, when the server requires them


def is_offer(uri: str) -> bool:
    parts = urlsplit(uri.strip())
    query = parse_qs(parts.query)
    return parts.scheme == OFFER_SCHEME or (
        parts.scheme in ("https", "haip") and ("credential_offer" in query or "credential_offer_uri" in query))


def read_offer(uri: str, http: Http) -> Offer:
    """The offer in a link; ``credential_offer_uri`` is fetched once, here, and never again."""
    query = parse_qs(urlsplit(uri.strip()).query)
    by_value, by_reference = query.get("credential_offer"), query.get("credential_offer_uri")
    if bool(by_value) == bool(by_reference):
        raise ExchangeRefused("The offer link must carry exactly one of credential_offer and "
                              "credential_offer_uri.", reason="bad_offer")
    if by_value:
        try:
            document = formats.parse_json_safely(by_value[0])
        except ImportRefused as exc:
            raise ExchangeRefused("The credential offer in the link is not valid JSON.", reason="bad_offer") from exc
    else:
        assert by_reference is not None  # exactly one of the two is present
        document = json_object(http.get(by_reference[0], accept="application/json"), "credential offer")
    return _offer(document, by_reference=bool(by_reference))


def _offer(document: Any, *, by_reference: bool) -> Offer:
    if not isinstance(document, dict):
        raise ExchangeRefused("The credential offer is not a JSON object.", reason="bad_offer")
    issuer = document.get("credential_issuer")
    ids = document.get("credential_configuration_ids")
    if not isinstance(issuer, str) or not issuer.startswith("https://"):
        raise ExchangeRefused("The offer names no https credential issuer.", reason="bad_offer")
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        raise ExchangeRefused("The offer lists no credential to receive.", reason="bad_offer")
    grants = _obj(document.get("grants"))
    pre = grants[PRE_AUTHORIZED] if isinstance(grants.get(PRE_AUTHORIZED), dict) else None
    auth = grants[AUTHORIZATION_CODE] if isinstance(grants.get(AUTHORIZATION_CODE), dict) else None
    code = pre.get("pre-authorized_code") if pre else None
    if pre is not None and not isinstance(code, str):
        raise ExchangeRefused("The offer's pre-authorized code is missing.", reason="bad_offer")
    tx = pre.get("tx_code") if pre else None
    tx_code = None
    if isinstance(tx, dict):
        length = tx.get("length")
        tx_code = TxCode(length if isinstance(length, int) and 0 < length < 100 else None,
                         "text" if tx.get("input_mode") == "text" else "numeric",
                         tx["description"][:300] if isinstance(tx.get("description"), str) else None)
    state = auth.get("issuer_state") if auth and isinstance(auth.get("issuer_state"), str) else None
    if pre is None and auth is None:
        raise ExchangeRefused("The offer gives no grant Satchel can use.", reason="bad_offer")
    return Offer(issuer, tuple(ids), code, tx_code, state, by_reference)


def well_known(identifier: str, name: str) -> str:
    """``https://host/path`` → ``https://host/.well-known/NAME/path`` (RFC 8414 style)."""
    parts = urlsplit(identifier)
    path = parts.path.rstrip("/")
    return f"https://{parts.netloc}/.well-known/{name}{path}"


def _endpoint(document: dict[str, Any], key: str, required: bool = False) -> str | None:
    value = document.get(key)
    if isinstance(value, str) and value.startswith("https://"):
        return value
    if required:
        raise ExchangeFailed(f"The issuer's metadata has no https {key}.", what="metadata")
    return None


def _required(document: dict[str, Any], key: str) -> str:
    value = _endpoint(document, key, required=True)
    assert value is not None  # _endpoint raised otherwise
    return value


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _display(metadata: dict[str, Any], lang: str) -> tuple[str | None, str | None]:
    entries = [d for d in metadata.get("display") or [] if isinstance(d, dict)]
    chosen = next((d for d in entries if str(d.get("locale", "")).startswith(lang)), entries[0] if entries else {})
    name = chosen.get("name") if isinstance(chosen.get("name"), str) else None
    logo = _obj(chosen.get("logo"))
    uri = logo.get("uri") if isinstance(logo.get("uri"), str) else None
    return name, uri


def issuer_info(offer: Offer, http: Http, lang: str = "en") -> IssuerInfo:
    metadata = json_object(http.get(well_known(offer.issuer, "openid-credential-issuer")), "issuer metadata")
    if metadata.get("credential_issuer") != offer.issuer:
        raise ExchangeRefused("The issuer's metadata names another issuer than the offer.",
                              reason="issuer_mismatch", issuer=offer.issuer)
    servers = metadata.get("authorization_servers")
    server = servers[0] if isinstance(servers, list) and servers and isinstance(servers[0], str) else offer.issuer
    try:  # RFC 8414 first, then OpenID Connect discovery
        oauth = json_object(http.get(well_known(server, "oauth-authorization-server")), "authorization server")
    except FetchFailed as exc:
        if exc.params.get("status") != 404:
            raise
        oauth = json_object(http.get(well_known(server, "openid-configuration")), "authorization server")
    if oauth.get("issuer") not in (server, server.rstrip("/")):
        raise ExchangeRefused("The authorization server's metadata names another server.",
                              reason="issuer_mismatch", issuer=server)
    configurations = metadata.get("credential_configurations_supported")
    if not isinstance(configurations, dict):
        raise ExchangeFailed("The issuer's metadata lists no credential configurations.", what="metadata")
    name, logo = _display(metadata, lang)
    return IssuerInfo(offer.issuer, name, logo, _required(oauth, "token_endpoint"),
                      _required(metadata, "credential_endpoint"),
                      _endpoint(metadata, "nonce_endpoint"),
                      _endpoint(metadata, "deferred_credential_endpoint"),
                      {k: v for k, v in configurations.items() if isinstance(v, dict)},
                      _endpoint(oauth, "authorization_endpoint"),
                      _endpoint(oauth, "pushed_authorization_request_endpoint")
                      if oauth.get("require_pushed_authorization_requests") else None)


def offered(offer: Offer, info: IssuerInfo) -> list[tuple[str, dict[str, Any]]]:
    """The offered configurations Satchel can receive, with their metadata."""
    chosen = []
    for config_id in offer.configuration_ids:
        config = info.configurations.get(config_id)
        if config is None:
            raise ExchangeFailed(f"The issuer does not describe the offered credential {config_id!r}.",
                                 what="metadata")
        if config.get("format") not in FORMATS:
            raise ExchangeRefused(f"Satchel cannot receive credentials in the {config.get('format')!r} format; "
                                  "nothing was requested.", reason="unsupported_format",
                                  format=str(config.get("format")))
        if proof_alg(config) is None:
            raise ExchangeRefused("The issuer does not accept Ed25519 key proofs, the only kind Satchel makes.",
                                  reason="unsupported_proof")
        chosen.append((config_id, config))
    return chosen


def token(offer: Offer, info: IssuerInfo, http: Http, tx_code: str | None) -> str:
    if offer.pre_authorized_code is None:
        raise ExchangeRefused("This offer needs a sign-in at the issuer.", reason="authorization_code")
    form = {"grant_type": PRE_AUTHORIZED, "pre-authorized_code": offer.pre_authorized_code}
    if offer.tx_code is not None:
        if not tx_code:
            raise ExchangeRefused("This offer needs the transaction code the issuer sent you separately.",
                                  reason="tx_code_needed")
        form["tx_code"] = tx_code
    response = http.post(info.token_endpoint, form=form)
    if response.status != 200:
        error, _ = error_of(response)
        if error == "invalid_grant" and offer.tx_code is not None:
            raise ExchangeFailed("The issuer did not accept the transaction code (or the offer was already used).",
                                 what="token", status=response.status, error=error)
        raise fail(response, "token endpoint")
    body = json_object(response, "token")
    access = body.get("access_token")
    if not isinstance(access, str) or str(body.get("token_type", "")).lower() not in ("bearer", ""):
        raise ExchangeFailed("The issuer's token answer holds no bearer access token.", what="token")
    return access


def _nonce(info: IssuerInfo, http: Http) -> str | None:
    if info.nonce_endpoint is None:
        return None
    response = http.post(info.nonce_endpoint, form={})
    if response.status != 200:
        raise fail(response, "nonce endpoint")
    nonce = json_object(response, "nonce").get("c_nonce")
    if not isinstance(nonce, str):
        raise ExchangeFailed("The issuer's nonce answer has no c_nonce.", what="nonce")
    return nonce


def proof_alg(config: dict[str, Any]) -> str | None:
    """The name the key proof for ``config`` is signed with: ``EdDSA`` when the issuer accepts it or lists
    nothing, else ``Ed25519`` (RFC 9864's fully-specified name of the same signature) when it lists only that;
    None when it accepts neither (the wallet signs only with Ed25519)."""
    listed = (((config.get("proof_types_supported") or {}).get("jwt") or {})
              .get("proof_signing_alg_values_supported"))
    if not isinstance(listed, list):
        return jose.ED25519_ALG
    return next((name for name in crypto.ED25519_JOSE_ALGS if name in listed), None)


def proof_jwt(holder: Holder, audience: str, nonce: str | None, clock: Clock, alg: str = jose.ED25519_ALG) -> str:
    claims: dict[str, Any] = {"aud": audience, "iat": int(clock.now().timestamp())}
    if nonce is not None:
        claims["nonce"] = nonce
    return jose.sign_ed25519({"typ": PROOF_TYP, "kid": holder.kid}, claims, holder.secret, alg=alg)


def _credentials(body: dict[str, Any], config_id: str, fmt: str) -> list[Received]:
    items = body.get("credentials")
    if not isinstance(items, list) or not items:
        raise ExchangeFailed("The issuer's answer holds no credential.", what="credential")
    received = []
    for item in items:
        value = item.get("credential") if isinstance(item, dict) else None
        if not isinstance(value, (str, dict)):
            raise ExchangeFailed("The issuer's answer holds a credential of an unexpected shape.",
                                 what="credential")
        received.append(Received(fmt, as_bytes(value), config_id))
    return received


def credential(info: IssuerInfo, http: Http, access: str, holder: Holder, config_id: str, fmt: str,
               clock: Clock, sleep: Callable[[float], None] = time.sleep) -> list[Received]:
    """One credential request (with one retry on ``invalid_nonce``), then deferred polling if asked."""
    headers = {"Authorization": f"Bearer {access}"}
    alg = proof_alg(info.configurations.get(config_id) or {}) or jose.ED25519_ALG
    for attempt in range(2):
        proof = proof_jwt(holder, info.issuer, _nonce(info, http), clock, alg)
        body = {"credential_configuration_id": config_id, "proofs": {"jwt": [proof]}}
        response = http.post(info.credential_endpoint, json_body=body, headers=headers)
        if response.status == 400 and error_of(response)[0] == "invalid_nonce" and attempt == 0:
            continue
        break
    if response.status == 202:
        return _deferred(info, http, headers, json_object(response, "credential"), config_id, fmt, sleep)
    if response.status != 200:
        raise fail(response, "credential endpoint")
    answer = json_object(response, "credential")
    if "transaction_id" in answer and "credentials" not in answer:
        return _deferred(info, http, headers, answer, config_id, fmt, sleep)
    return _credentials(answer, config_id, fmt)


def _interval(body: dict[str, Any]) -> float:
    value = body.get("interval")
    return min(float(value), MAX_INTERVAL) if isinstance(value, (int, float)) and value > 0 else 5.0


def _deferred(info: IssuerInfo, http: Http, headers: dict[str, str], body: dict[str, Any], config_id: str,
              fmt: str, sleep: Callable[[float], None]) -> list[Received]:
    transaction = body.get("transaction_id")
    if not isinstance(transaction, str) or info.deferred_endpoint is None:
        raise ExchangeFailed("The issuer deferred the credential without a way to collect it.",
                             what="deferred")
    interval = _interval(body)
    for _ in range(MAX_POLLS):
        sleep(interval)
        response = http.post(info.deferred_endpoint, json_body={"transaction_id": transaction}, headers=headers)
        if response.status == 200:
            return _credentials(json_object(response, "deferred credential"), config_id, fmt)
        error, _ = error_of(response)
        if response.status in (202, 400) and (response.status == 202 or error == "issuance_pending"):
            if response.status == 202:
                interval = _interval(json_object(response, "deferred credential"))
            continue
        raise fail(response, "deferred credential endpoint")
    raise ExchangeFailed("The issuer has not issued the credential yet; try the offer again later.",
                         what="deferred")


def receive(offer: Offer, info: IssuerInfo, http: Http, holder: Holder, clock: Clock, *,
            tx_code: str | None = None, sleep: Callable[[float], None] = time.sleep,
            sign_in: Callable[[list[str]], str] | None = None) -> list[Received]:
    """``sign_in(configuration ids) -> access token`` runs the authorization code flow when the offer has
    no pre-authorized code (see :mod:`satchel.exchange.authorization`)."""
    chosen = offered(offer, info)
    if offer.pre_authorized_code is None and sign_in is not None:
        access = sign_in([config_id for config_id, _ in chosen])
    else:
        access = token(offer, info, http, tx_code)
    received: list[Received] = []
    for config_id, config in chosen:
        received += credential(info, http, access, holder, config_id, str(config["format"]), clock, sleep)
    return received


__all__ = ["IssuerInfo", "Offer", "TxCode", "is_offer", "issuer_info", "offered", "read_offer", "receive"]
