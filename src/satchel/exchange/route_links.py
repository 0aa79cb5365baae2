"""Exchange links that reach the app as a route.

When a phone or a Mac opens a link with the app, Flet's router keeps only its path, query and fragment
(`openid4vp://?client_id=…` arrives as the route `/?client_id=…`; Flet's
`packages/flet/lib/src/routing/route_information_provider.dart`), so the protocol is read from the query:

- `credential_offer` or `credential_offer_uri` → an OpenID4VCI offer (`openid-credential-offer://?…`);
- `client_id` with `request`, `request_uri` or `dcql_query` → an OpenID4VP request (`openid4vp://?…`);
- `request` holding JSON whose `protocols.vcapi` is an address → a DCC request (`dccrequest://request?…`);
- `vc_request_url` → the Learner Credential Wallet's request link (`dccrequest://request?…`, the same
  parameters as `https://lcw.app/request.html?…`).

The link is rebuilt with that scheme around the query exactly as it arrived. Where the platform hands over the
whole link instead, it is taken as it is when its scheme is one Satchel registers and its query says the same
protocol. Anything else — another path, a fragment, a parameter given twice, a query that fits two protocols
or none, an oversized route — is not a link: None, and the app does what it does with any other route.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit

from satchel import formats
from satchel.errors import ImportRefused
from satchel.exchange import oid4vci, oid4vp, vcapi

MAX_ROUTE = 100_000  # as large as a request Satchel reads (oid4vp.MAX_REQUEST); a route longer than that is no link
SCHEME_OF = {"oid4vci": oid4vci.OFFER_SCHEME, "oid4vp": "openid4vp", "dccrequest": "dccrequest",
             "lcw": "dccrequest"}
PREFIX_OF = {"oid4vci": f"{oid4vci.OFFER_SCHEME}://?", "oid4vp": "openid4vp://?",
             "dccrequest": "dccrequest://request?", "lcw": "dccrequest://request?"}


def _parameters(query: str) -> dict[str, str] | None:
    """Each parameter once, decoded; None for a query that is malformed or repeats a name."""
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=True, max_num_fields=100)
    except ValueError:
        return None
    found = dict(pairs)
    return found if len(found) == len(pairs) else None


def _names_a_vcapi_exchange(request: str) -> bool:
    try:
        document = formats.parse_json_safely(request)
    except ImportRefused:
        return False
    protocols = document.get("protocols") if isinstance(document, dict) else None
    return isinstance(protocols, dict) and isinstance(protocols.get("vcapi"), str) and bool(protocols["vcapi"])


def protocol_of(query: str) -> str | None:
    """``oid4vci``, ``oid4vp``, ``dccrequest`` or ``lcw`` when the query is one of these and only that."""
    given = _parameters(query)
    if not given:
        return None
    filled = {name for name, value in given.items() if value}
    offer = filled & {"credential_offer", "credential_offer_uri"}
    found = []
    if offer:
        found.append("oid4vci" if len(offer) == 1 else "ambiguous")
    if "client_id" in filled and filled & {"request", "request_uri", "dcql_query"}:
        found.append("oid4vp")
    if "request" in filled and _names_a_vcapi_exchange(given["request"]):
        found.append("dccrequest")
    if "vc_request_url" in filled:
        found.append("lcw")
    return found[0] if len(found) == 1 and found[0] != "ambiguous" else None


def _recognised(kind: str, link: str) -> bool:
    """The protocol's own reader takes the rebuilt link for its kind (a last check, not a second opinion)."""
    if kind == "oid4vci":
        return oid4vci.is_offer(link)
    if kind == "oid4vp":
        return oid4vp.is_request(link) and not oid4vci.is_offer(link)
    return vcapi.is_vcapi(link) and not oid4vci.is_offer(link) and not oid4vp.is_request(link)


def link_in_route(route: str) -> str | None:
    """The exchange link a route carries, rebuilt with its scheme; None when the route is anything else."""
    if not route or len(route) > MAX_ROUTE or any(c.isspace() or ord(c) < 0x20 for c in route):
        return None
    try:
        parts = urlsplit(route)
    except ValueError:
        return None
    if parts.fragment or "#" in route:
        return None
    kind = protocol_of(parts.query)
    if kind is None:
        return None
    if parts.scheme:  # the whole link, where the platform gives it
        if parts.scheme != SCHEME_OF[kind] or parts.path not in ("", "/"):
            return None
        link = route
    elif parts.netloc or parts.path not in ("", "/"):
        return None
    else:
        link = PREFIX_OF[kind] + parts.query
    return link if _recognised(kind, link) else None


def link_identity(link: str) -> str:
    """What tells two links apart: the scheme and the decoded parameters, in order of name. A browser's history
    can give a route back with fewer escapes than it arrived with (`https://…` for `https%3A%2F%2F…`); that is
    still the same link."""
    parts = urlsplit(link)
    return f"{parts.scheme}:" + urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))


__all__ = ["MAX_ROUTE", "link_identity", "link_in_route", "protocol_of"]
