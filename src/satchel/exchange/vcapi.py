"""The W3C VC-API exchange as the Digital Credentials Consortium runs it for the Learner Credential Wallet.

Links: ``https://lcw.app/request.html?…&vc_request_url=…`` (one step: a bare signed VP with the link's
challenge), ``dccrequest://request?request=<json>`` (``protocols.vcapi``) and ``interaction:<url>``
(resolved with ``Accept: application/json`` to its protocols). An exchange starts with ``POST {}``; a
VerifiablePresentationRequest is answered with a VP signed by the holder (``DIDAuthentication``,
``Ed25519Signature2020`` where the exchanger asks for it, and ``QueryByExample`` credentials the user
picks); the credentials in the exchanger's final VP are what the wallet receives.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from satchel import formats
from satchel.clock import Clock, isoformat
from satchel.errors import ExchangeFailed, ExchangeRefused, ImportRefused
from satchel.exchange.common import Holder, Http, Received, as_bytes, fail, json_object
from satchel.vc import signing

CREDENTIALS_V1 = "https://www.w3.org/2018/credentials/v1"
CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2"
MAX_ROUNDS = 4
ED2020 = "Ed25519Signature2020"
EDDSA = "eddsa-rdfc-2022"

# query (one QueryByExample entry) -> the credentials the user chose to send (documents or JWT strings)
Chooser = Callable[[dict[str, Any]], list[Any]]


@dataclass(frozen=True)
class Link:
    exchange_url: str
    origin: str | None  # the credentialRequestOrigin / issuer named by the link (not proven)
    challenge: str | None = None  # one-step lcw.app links only
    one_step: bool = False


def is_vcapi(uri: str) -> bool:
    text = uri.strip()
    parts = urlsplit(text)
    query = parse_qs(parts.query)
    return (parts.scheme in ("dccrequest", "interaction") or text.startswith("interaction:")
            or (parts.scheme == "https" and ("vc_request_url" in query or query.get("iuv") == ["1"])))


def _https(url: Any, what: str) -> str:
    if not isinstance(url, str) or not url.startswith("https://"):
        raise ExchangeRefused(f"The {what} is not an https address.", reason="bad_link")
    return url


def read_link(uri: str, http: Http) -> Link:
    text = uri.strip()
    parts = urlsplit(text)
    query = parse_qs(parts.query)
    # The Learner Credential Wallet's one-step link: https://lcw.app/request.html?…, or the deep link
    # dccrequest://request?issuer=…&auth_type=bearer&challenge=…&vc_request_url=… (DCC's wallet integration
    # guide, digitalcredentials/docs integration/jff.md), whose parameters are the same.
    if "vc_request_url" in query and (parts.scheme == "https" or (parts.scheme == "dccrequest"
                                                                  and "request" not in query)):
        challenge = query["challenge"][0] if query.get("challenge") else None
        issuer = query["issuer"][0] if query.get("issuer") else None
        return Link(_https(query["vc_request_url"][0], "exchange address"), issuer, challenge,
                    one_step=challenge is not None)
    if parts.scheme == "dccrequest":
        try:
            request = formats.parse_json_safely((query.get("request") or [""])[0])
        except ImportRefused as exc:
            raise ExchangeRefused("The dccrequest link holds no readable request.", reason="bad_link") from exc
        protocols = request.get("protocols") if isinstance(request, dict) else None
        if not isinstance(protocols, dict) or "vcapi" not in protocols:
            raise ExchangeRefused("The dccrequest link names no VC-API exchange.", reason="bad_link")
        origin = request.get("credentialRequestOrigin")
        return Link(_https(protocols["vcapi"], "exchange address"), origin if isinstance(origin, str) else None)
    if text.startswith("interaction:") or (parts.scheme == "https" and query.get("iuv") == ["1"]):
        target = _https(text.removeprefix("interaction:"), "interaction address")
        protocols = json_object(http.get(target, accept="application/json"), "interaction").get("protocols")
        if not isinstance(protocols, dict) or "vcapi" not in protocols:
            raise ExchangeRefused("The interaction offers no VC-API exchange.", reason="bad_link")
        return Link(_https(protocols["vcapi"], "exchange address"), f"https://{urlsplit(target).netloc}")
    raise ExchangeRefused("This is not a VC-API exchange link Satchel knows.", reason="bad_link")


def _queries(request: dict[str, Any]) -> list[dict[str, Any]]:
    query = request.get("query")
    items = query if isinstance(query, list) else [query] if isinstance(query, dict) else []
    return [q for q in items if isinstance(q, dict)]


def _named_suites(queries: list[dict[str, Any]]) -> set[str]:
    named: set[str] = set()
    for query in queries:
        for entry in query.get("acceptedCryptosuites") or []:
            value = entry.get("cryptosuite") if isinstance(entry, dict) else entry
            if isinstance(value, str):
                named.add(value)
    return named


def _contexts(credential: Any) -> list[Any]:
    value = credential.get("@context") if isinstance(credential, dict) else None
    return value if isinstance(value, list) else [value]


def _suite(queries: list[dict[str, Any]], credentials: list[Any]) -> str:
    """Ed25519Signature2020 (a VC 1.1 presentation, as DCC asks) unless the exchanger names only
    eddsa-rdfc-2022, or a chosen credential is VC 2.0 (a 1.1 presentation cannot carry it)."""
    named = _named_suites(queries)
    v2 = any(CREDENTIALS_V2 in _contexts(c) for c in credentials)
    if v2:
        if named and EDDSA not in named:
            raise ExchangeRefused("The exchanger accepts only signatures that cannot carry the chosen VC 2.0 "
                                  "credentials; nothing was sent.", reason="unsupported_query")
        return EDDSA
    if EDDSA in named and ED2020 not in named:
        return EDDSA
    return ED2020


def _presentation(holder: Holder, credentials: list[Any], *, suite: str, challenge: str | None,
                  domain: str | None, clock: Clock) -> dict[str, Any]:
    v2 = suite == EDDSA
    vp: dict[str, Any] = {"@context": [CREDENTIALS_V2 if v2 else CREDENTIALS_V1],
                          "type": ["VerifiablePresentation"], "holder": holder.did}
    if credentials:
        vp["verifiableCredential"] = copy.deepcopy(credentials)
    return signing.sign(vp, secret_key=holder.secret, verification_method=holder.kid,
                        purpose="authentication", suite=suite, challenge=challenge, domain=domain,
                        created=isoformat(clock.now()))


def _checked_queries(request: dict[str, Any]) -> list[dict[str, Any]]:
    """The request's queries, refused (before anything is asked or sent) when one is of a kind Satchel
    cannot answer."""
    queries = _queries(request)
    known = {"DIDAuthentication", "QueryByExample"}
    unknown = [q.get("type") for q in queries if q.get("type") not in known]
    if unknown:
        raise ExchangeRefused(f"The exchanger asks for something Satchel cannot answer ({unknown[0]}).",
                              reason="unsupported_query")
    return queries


def _answer(request: dict[str, Any], holder: Holder, chosen: list[Any], clock: Clock) -> dict[str, Any]:
    queries = _queries(request)
    challenge = request.get("challenge") if isinstance(request.get("challenge"), str) else None
    domain = request.get("domain") if isinstance(request.get("domain"), str) else None
    return _presentation(holder, chosen, suite=_suite(queries, chosen), challenge=challenge, domain=domain,
                         clock=clock)


def _credentials_in(reply: dict[str, Any]) -> list[Any]:
    """``verifiablePresentation.verifiableCredential`` first, then a top-level one, as LCW reads them."""
    found: list[Any] = []
    for holder in (reply.get("verifiablePresentation"), reply):
        if isinstance(holder, dict):
            value = holder.get("verifiableCredential")
            for item in value if isinstance(value, list) else [value] if value else []:
                if item not in found:
                    found.append(item)
    return found


@dataclass(frozen=True)
class Asked:
    """A request for credentials (``QueryByExample``), waiting for the person to choose what to send."""

    request: dict[str, Any]  # the VerifiablePresentationRequest, as the exchanger sent it
    queries: tuple[dict[str, Any], ...]  # its QueryByExample entries, in order
    rounds: int  # requests answered so far in this exchange


@dataclass(frozen=True)
class Step:
    """Where an exchange stands: waiting for a choice (``asked``), or ended with what it handed over."""

    asked: Asked | None = None
    received: tuple[Received, ...] = ()


def begin(link: Link, http: Http, holder: Holder, clock: Clock) -> Step:
    """Open the exchange and answer requests that only ask who the holder is (DIDAuthentication), until it
    hands credentials over or asks for some. Nothing of the holder's but that proof is sent."""
    if link.one_step:
        vp = _presentation(holder, [], suite=ED2020, challenge=link.challenge, domain=link.origin, clock=clock)
        return _advance(link, _post(http, link.exchange_url, vp), http, holder, clock, 1)
    return _advance(link, _post(http, link.exchange_url, {}), http, holder, clock, 0)


def answer(link: Link, asked: Asked, chosen: list[list[Any]], http: Http, holder: Holder, clock: Clock) -> Step:
    """Send the credentials chosen for each query of ``asked`` (one list per query, in order), with the
    holder's proof; every query needs at least one, or nothing is sent."""
    if len(chosen) != len(asked.queries) or not all(chosen):
        raise ExchangeRefused("No credential was chosen for the exchanger's request; nothing was sent.",
                              reason="nothing_chosen")
    from satchel.exchange.presenting import derived_if_selective
    unique: list[Any] = []
    for credential in (c for picked in chosen for c in picked):
        if credential not in unique:
            unique.append(credential)
    # An ecdsa-sd-2023 base proof is for the holder only: it goes out derived, every field revealed (a
    # QueryByExample names no fields to keep back).
    vp = _answer(asked.request, holder, [derived_if_selective(c, ()) for c in unique], clock)
    reply = _post(http, link.exchange_url, {"verifiablePresentation": vp})
    return _advance(link, reply, http, holder, clock, asked.rounds + 1)


def _advance(link: Link, reply: dict[str, Any], http: Http, holder: Holder, clock: Clock, rounds: int) -> Step:
    while True:
        request = reply.get("verifiablePresentationRequest")
        if not isinstance(request, dict):
            credentials = [c for c in _credentials_in(reply) if isinstance(c, (dict, str))]
            if not credentials:
                raise ExchangeFailed("The exchange ended without a credential.", what="exchange")
            return Step(received=tuple(Received("vcapi", as_bytes(c)) for c in credentials))
        if rounds >= MAX_ROUNDS:
            raise ExchangeFailed("The exchanger kept asking without handing over a credential.", what="exchange")
        asked = tuple(q for q in _checked_queries(request) if q.get("type") == "QueryByExample")
        if asked:
            return Step(asked=Asked(request, asked, rounds))
        reply = _post(http, link.exchange_url, {"verifiablePresentation": _answer(request, holder, [], clock)})
        rounds += 1


def exchange(link: Link, http: Http, holder: Holder, clock: Clock, choose: Chooser) -> list[Received]:
    """Run the exchange to its end, ``choose`` answering each QueryByExample; the credentials it hands over."""
    step = begin(link, http, holder, clock)
    while step.asked is not None:
        step = answer(link, step.asked, [choose(query) for query in step.asked.queries], http, holder, clock)
    return list(step.received)


def _post(http: Http, url: str, body: dict[str, Any]) -> dict[str, Any]:
    response = http.post(url, json_body=body)
    if response.status != 200:
        raise fail(response, "exchanger")
    return json_object(response, "exchange")


__all__ = ["Asked", "Chooser", "Link", "Step", "answer", "begin", "exchange", "is_vcapi", "read_link"]
