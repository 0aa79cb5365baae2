"""Exchange links that reach the app as a route (Flet drops the scheme and host): the protocol is inferred from
the query, the link rebuilt with its scheme; anything hostile or ambiguous is no link at all."""

from __future__ import annotations

import json
from urllib.parse import quote, urlencode

import pytest

from satchel.exchange.route_links import MAX_ROUTE, link_identity, link_in_route, protocol_of
from satchel.services.receiving import kind_of

OFFER_URI = "https://issuer.example/offers/7"
OFFER = json.dumps({"credential_issuer": "https://issuer.example", "credential_configuration_ids": ["badge"]})
DCC = json.dumps({"credentialRequestOrigin": "https://issuer.example",
                  "protocols": {"vcapi": "https://issuer.example/workflows/claim/exchanges/1"}})
VP = {"client_id": "redirect_uri:https://verifier.example/cb", "request_uri": "https://verifier.example/r/1"}
LCW = {"issuer": "jff", "auth_type": "bearer", "challenge": "90u09j04",
       "vc_request_url": "https://issuer.example/exchange/8989844"}


def route(params: dict[str, str]) -> str:
    return "/?" + urlencode(params)


@pytest.mark.parametrize(("params", "prefix", "kind"), [
    ({"credential_offer_uri": OFFER_URI}, "openid-credential-offer://?", "oid4vci"),
    ({"credential_offer": OFFER}, "openid-credential-offer://?", "oid4vci"),
    (VP, "openid4vp://?", "oid4vp"),
    ({"client_id": "x509_san_dns:verifier.example", "request": "eyJhbGciOiJFUzI1NiJ9.e30.c2ln"},
     "openid4vp://?", "oid4vp"),
    ({"client_id": "redirect_uri:https://verifier.example/cb", "response_type": "vp_token",
      "dcql_query": '{"credentials": []}', "nonce": "n-1"}, "openid4vp://?", "oid4vp"),
    ({"request": DCC}, "dccrequest://request?", "vcapi"),
    (LCW, "dccrequest://request?", "vcapi"),
])
def test_each_protocol_is_inferred_and_the_link_rebuilt_with_its_scheme(params, prefix, kind):
    arrived = route(params)
    link = link_in_route(arrived)
    assert link == prefix + arrived[2:]  # the query exactly as it arrived
    assert kind_of(link) == kind


def test_the_offer_of_the_brief_arrives_as_flet_gives_it():
    link = link_in_route("/?credential_offer_uri=" + quote(OFFER_URI, safe=""))
    assert link == "openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fissuer.example%2Foffers%2F7"


def test_the_same_link_with_other_escapes_or_order_has_one_identity():
    """A browser's history gives a route back with fewer escapes than it arrived with."""
    escaped = link_in_route(route(VP))
    plain = link_in_route("/?request_uri=https://verifier.example/r/1&client_id=redirect_uri:https://verifier.example/cb")
    assert escaped and plain and escaped != plain
    assert link_identity(escaped) == link_identity(plain)
    assert link_identity(escaped) != link_identity(link_in_route(route({**VP, "request_uri": OFFER_URI})) or "")
    offer = link_in_route(route({"credential_offer_uri": OFFER_URI})) or ""
    assert link_identity(offer) != link_identity(offer.replace("openid-credential-offer", "openid4vp"))


@pytest.mark.parametrize("whole", [
    "openid-credential-offer://?" + urlencode({"credential_offer_uri": OFFER_URI}),
    "openid4vp://?" + urlencode(VP),
    "openid4vp://authorize?" + urlencode(VP),
    "dccrequest://request?" + urlencode({"request": DCC}),
    "dccrequest://request?" + urlencode(LCW),
])
def test_a_whole_link_is_taken_as_it_is(whole):
    assert link_in_route(whole) == whole


@pytest.mark.parametrize("hostile", [
    "",
    "/",
    "/online",
    "/credential/abc",
    "/?",
    "/?tab=2",  # an ordinary app route with a query
    "/?credential_offer_uri=",  # empty
    "/?credential_offer_uri",  # no value at all
    "/?" + urlencode({"credential_offer_uri": OFFER_URI, "credential_offer": OFFER}),  # both forms
    "/?" + urlencode({"credential_offer_uri": OFFER_URI}) + "&credential_offer_uri=https%3A%2F%2Fevil.example",
    "/?" + urlencode({"credential_offer_uri": OFFER_URI, **VP}),  # an offer and a request at once
    "/?" + urlencode({**VP, "vc_request_url": LCW["vc_request_url"]}),
    "/?" + urlencode({"client_id": VP["client_id"], "request": DCC}),  # OpenID4VP by value, or DCC?
    "/?" + urlencode({"request": DCC, "vc_request_url": LCW["vc_request_url"]}),
    "/?client_id=redirect_uri%3Ahttps%3A%2F%2Fv.example",  # who asks, but no request
    "/?request=not-json",
    "/?" + urlencode({"request": json.dumps({"protocols": {"vcapi": ["https://x.example"]}})}),
    "/?" + urlencode({"request": json.dumps({"protocols": {"oid4vp": "https://x.example"}})}),
    "/?" + urlencode({"request": "[1, 2]"}),
    "/online?" + urlencode({"credential_offer_uri": OFFER_URI}),  # another path
    "/request.html?" + urlencode(LCW),  # a universal link's path: Satchel claims no https domain
    "//evil.example/?" + urlencode({"credential_offer_uri": OFFER_URI}),  # a host in the route
    "/?" + urlencode({"credential_offer_uri": OFFER_URI}) + "#fragment",
    "/?credential_offer_uri=https://issuer.example/o\n",  # control characters
    "/?credential_offer_uri=https://issuer.example/o x",  # raw whitespace
    "/?credential_offer_uri=" + "a" * MAX_ROUTE,  # oversized
    "/?" + "&".join(f"p{i}=1" for i in range(150)) + "&credential_offer_uri=x",  # too many fields
    "/?credential_offer_uri=x&&=",  # malformed
    "https://issuer.example/?" + urlencode({"credential_offer_uri": OFFER_URI}),  # a scheme Satchel does not register
    "haip://?" + urlencode({"credential_offer_uri": OFFER_URI}),
    "openid4vp://?" + urlencode({"credential_offer_uri": OFFER_URI}),  # the scheme says one thing, the query another
    "openid-credential-offer://?" + urlencode(VP),
    "dccrequest://request/path?" + urlencode(LCW),
    "javascript:alert(1)//?credential_offer_uri=x",
])
def test_anything_else_is_no_link(hostile):
    assert link_in_route(hostile) is None


def test_protocol_of_a_query():
    assert protocol_of(urlencode({"credential_offer_uri": OFFER_URI})) == "oid4vci"
    assert protocol_of(urlencode(VP)) == "oid4vp"
    assert protocol_of(urlencode({"request": DCC})) == "dccrequest"
    assert protocol_of(urlencode(LCW)) == "lcw"
    assert protocol_of(urlencode({"credential_offer_uri": OFFER_URI, **LCW})) is None
    assert protocol_of("") is None
