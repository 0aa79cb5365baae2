"""Receiving credentials online (OpenID4VCI offers and VC-API exchanges) into the wallet.

Two steps so that a person can decide in between: :func:`prepare` reads the link (fetching an offer
by reference exactly once, and the issuer's metadata) and stores nothing; :func:`run` does the
exchange, verifies what arrives at once and stores it with its report. Cancelling after ``prepare``
leaves the wallet untouched.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from satchel import formats
from satchel.errors import ExchangeRefused
from satchel.exchange import Holder, Http, Received, authorization, oid4vci, vcapi
from satchel.model import VerificationReport
from satchel.services import credential_requests, importing, sharing

if TYPE_CHECKING:
    from satchel.services.app import Satchel


@dataclass(frozen=True)
class ReceivePlan:
    """What a link offers, for the person to confirm before anything is exchanged or stored."""

    protocol: str  # oid4vci | vcapi
    issuer: str | None  # the issuer identifier (OpenID4VCI) or the link's origin (VC-API, unproven)
    issuer_name: str | None
    logo: str | None
    credentials: tuple[str, ...]  # what is offered (configuration ids and formats), for display
    tx_code: oid4vci.TxCode | None
    needs_sign_in: bool = False  # the authorization code flow: the issuer's page opens in the browser
    logo_image: bytes | None = field(default=None, repr=False)  # the logo, downloaded (capped), if any
    offer: Any = field(default=None, repr=False)
    info: Any = field(default=None, repr=False)
    link: Any = field(default=None, repr=False)

    @property
    def sender(self) -> tuple[str, str | None] | None:
        """A VC-API link: (the exchanger's host, the other origin the link names or None), neither proven.
        None for an OpenID4VCI offer, whose issuer is the one its own metadata names."""
        return credential_requests.exchanger(self.link) if self.protocol == "vcapi" and self.link else None


@dataclass(frozen=True)
class ReceivedItem:
    id: str
    new: bool
    format: str
    report: VerificationReport


def _system_browser(url: str) -> None:
    import webbrowser
    webbrowser.open(url)


def link_in_route(route: str) -> str | None:
    """The exchange link an app route carries (a link the platform opened with the app), or None."""
    from satchel.exchange.route_links import link_in_route as found
    return found(route)


def link_identity(link: str) -> str:
    """The same string for the same link written with other escapes or its parameters in another order."""
    from satchel.exchange.route_links import link_identity as identity
    return identity(link)


def kind_of(uri: str) -> str | None:
    """``oid4vci``, ``vcapi``, ``oid4vp`` or None for a link that is none of these."""
    from satchel.exchange import oid4vp
    if oid4vci.is_offer(uri):
        return "oid4vci"
    if oid4vp.is_request(uri):
        return "oid4vp"
    if vcapi.is_vcapi(uri):
        return "vcapi"
    return None


LOGO_BYTES = 300_000
LOGO_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")


def _logo(http: Http, url: str | None) -> bytes | None:
    """The issuer's logo as a picture the app can show, or None (no logo, not a raster image, too large,
    unreachable). Downloaded through the fetcher, never by the UI itself."""
    from satchel.errors import FetchError
    if not url or not url.startswith("https://"):
        return None
    try:
        response = http.get(url, accept=", ".join(LOGO_TYPES), max_bytes=LOGO_BYTES)
    except FetchError:
        return None
    kind = (response.content_type or "").split(";")[0].strip().lower()
    return response.body if kind in LOGO_TYPES else None


def link_in_image(data: bytes) -> str:
    """The offer or request link in a QR code picture (a screenshot, a photo of a screen)."""
    from satchel import share
    from satchel.errors import ScanError
    for text in share.scan_image(data):
        link = str(text).strip()
        if kind_of(link) is not None:
            return link
    raise ScanError("This QR code holds no credential offer, exchange link or presentation request.")


def holder(app: Satchel) -> Holder:
    key = sharing.holder(app.session.wallet())
    return Holder(key.did, key.kid, key.secret)


def prepare(app: Satchel, http: Http, uri: str, lang: str = "en") -> ReceivePlan:
    app.session.wallet()  # locked wallets are refused before anything is fetched
    kind = kind_of(uri)
    if kind == "oid4vci":
        offer = oid4vci.read_offer(uri, http)
        info = oid4vci.issuer_info(offer, http, lang)
        chosen = oid4vci.offered(offer, info)
        labels = tuple(f"{config_id} ({config.get('format')})" for config_id, config in chosen)
        return ReceivePlan("oid4vci", offer.issuer, info.name, info.logo, labels, offer.tx_code,
                           offer.pre_authorized_code is None, _logo(http, info.logo), offer=offer, info=info)
    if kind == "vcapi":
        link = vcapi.read_link(uri, http)
        return ReceivePlan("vcapi", link.origin, None, None, (), None, link=link)
    if kind == "oid4vp":
        raise ExchangeRefused("This link is a presentation request: answer it with 'respond'.",
                              reason="not_an_offer")
    raise ExchangeRefused("This link is neither a credential offer nor a VC-API exchange.", reason="bad_link")


@dataclass(frozen=True)
class Progress:
    """Where receiving stands: ended with what was stored (``items``), or an exchanger asking for
    credentials (``request``): nothing more happens until the person chooses (:func:`answer`) or cancels."""

    items: tuple[ReceivedItem, ...] = ()
    request: credential_requests.CredentialRequest | None = None


def begin(app: Satchel, http: Http, plan: ReceivePlan, *, tx_code: str | None = None,
          open_browser: Callable[[str], Any] | None = None, sleep: Callable[[float], None] = time.sleep) -> Progress:
    """Receive what ``plan`` offers, stopping when a VC-API exchanger asks for stored credentials."""
    if plan.protocol == "oid4vci":
        return Progress(items=tuple(_oid4vci(app, http, plan, tx_code, open_browser, sleep)))
    return _progress(app, http, plan, vcapi.begin(plan.link, http, holder(app), app.clock))


def answer(app: Satchel, http: Http, plan: ReceivePlan, request: credential_requests.CredentialRequest,
           chosen: Collection[str]) -> Progress:
    """Send the exchanger the chosen credentials (record ids; each query gets those that answer it), then go on
    as :func:`begin` does. A query left without a credential sends nothing at all."""
    picked = credential_requests.chosen(app, request, chosen)
    step = vcapi.answer(plan.link, request.asked, picked, http, holder(app), app.clock)
    sent = sorted({record_id for query in request.queries for record_id, _ in query.matches if record_id in chosen})
    app.session.wallet().log("present", detail=f"VC-API to {request.who}: {', '.join(sent)}")
    return _progress(app, http, plan, step)


def _progress(app: Satchel, http: Http, plan: ReceivePlan, step: vcapi.Step) -> Progress:
    if step.asked is not None:
        return Progress(request=credential_requests.view(app, plan.link, step.asked))
    return Progress(items=tuple(_store(app, http, list(step.received), f"vc-api:{plan.link.exchange_url}")))


def run(app: Satchel, http: Http, plan: ReceivePlan, *, tx_code: str | None = None,
        choose: vcapi.Chooser | None = None, open_browser: Callable[[str], Any] | None = None,
        sleep: Callable[[float], None] = time.sleep) -> list[ReceivedItem]:
    """The whole exchange at once (the command line): ``choose(query)`` answers each QueryByExample (the
    default chooses nothing, so nothing is sent). ``open_browser(url)`` shows the issuer's sign-in page for
    offers that need one (the authorization code flow); the default opens the system browser."""
    if plan.protocol == "oid4vci":
        return _oid4vci(app, http, plan, tx_code, open_browser, sleep)
    received = vcapi.exchange(plan.link, http, holder(app), app.clock, choose or (lambda _query: []))
    return _store(app, http, received, f"vc-api:{plan.link.exchange_url}")


def _oid4vci(app: Satchel, http: Http, plan: ReceivePlan, tx_code: str | None,
             open_browser: Callable[[str], Any] | None, sleep: Callable[[float], None]) -> list[ReceivedItem]:
    opener = open_browser or _system_browser

    def sign_in(configuration_ids: list[str]) -> str:
        return authorization.sign_in(plan.offer, plan.info, http, configuration_ids, opener)
    received = oid4vci.receive(plan.offer, plan.info, http, holder(app), app.clock, tx_code=tx_code, sleep=sleep,
                               sign_in=sign_in)
    return _store(app, http, received, f"openid4vci:{plan.issuer}")


def _store(app: Satchel, http: Http, received: list[Received], source: str) -> list[ReceivedItem]:
    """Parse everything before storing anything; store byte for byte; verify each at once (over the
    exchange's own network settings) and keep its report."""
    wallet = app.session.wallet()
    parsed = [(item, formats.parse(item.data)) for item in received]
    items: list[ReceivedItem] = []
    for item, document in parsed:
        outcome = importing.store_parsed(wallet, document, source=source, clock=app.clock)
        for cred_id in outcome.ids:
            report = app.verify_stored(cred_id, fetcher=http)
            items.append(ReceivedItem(cred_id, cred_id in outcome.added, item.format, report))
    return items


def verifiable(app: Satchel, cred_id: str) -> Any:
    """A stored credential as it travels: its JSON document, or its compact JWT / SD-JWT string."""
    return formats.parse(app.get(cred_id).raw).credentials[0].verifiable


__all__ = ["Progress", "ReceivePlan", "ReceivedItem", "answer", "begin", "exchange_http", "holder", "kind_of",
           "link_identity", "link_in_image", "link_in_route", "prepare", "run", "verifiable"]


def exchange_http(app: Satchel) -> Http:
    """The fetcher for online exchanges: https, public addresses only, with the two test settings."""
    from satchel.errors import FetchRefused
    from satchel.net import exchange_fetcher
    if app.offline:
        raise FetchRefused("Online exchanges need the network; Satchel is in offline mode.")
    return exchange_fetcher()
