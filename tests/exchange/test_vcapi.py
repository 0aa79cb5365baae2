"""VC-API exchange links and presentation requests (DIDAuthentication, QueryByExample), scripted."""

from __future__ import annotations

import json
from urllib.parse import quote, urlencode

import pytest

from satchel import crypto
from satchel.clock import FixedClock
from satchel.errors import ExchangeFailed, ExchangeRefused
from satchel.exchange import Holder, vcapi
from satchel.vc.did import DidResolver
from satchel.vc.jsonld import OfflineLoader
from satchel.vc.proofs import verify_proofs

from .fakes import NOW, FakeHttp, reply

EXCHANGE = "https://issuer.example/workflows/claim/exchanges/1"
CREDENTIAL = {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"], "id": "urn:c"}


def holder() -> Holder:
    secret, multikey = crypto.generate_ed25519()
    did = crypto.did_key_for(multikey)
    return Holder(did, f"{did}#{multikey}", secret)


def test_link_forms():
    lcw = "https://lcw.app/request.html?" + urlencode({"issuer": "https://issuer.example", "auth_type": "bearer",
                                                       "challenge": "c-1", "vc_request_url": EXCHANGE})
    assert vcapi.read_link(lcw, FakeHttp({})) == vcapi.Link(EXCHANGE, "https://issuer.example", "c-1", True)
    request = json.dumps({"credentialRequestOrigin": "https://issuer.example", "protocols": {"vcapi": EXCHANGE}})
    dcc = "dccrequest://request?request=" + quote(request)
    assert vcapi.read_link(dcc, FakeHttp({})) == vcapi.Link(EXCHANGE, "https://issuer.example")
    http = FakeHttp({("GET", "https://issuer.example/interactions/1?iuv=1"):
                     reply(200, {"protocols": {"vcapi": EXCHANGE}})})
    assert vcapi.read_link("interaction:https://issuer.example/interactions/1?iuv=1", http).exchange_url == EXCHANGE
    assert http.calls[0][2]["accept"] == "application/json"
    assert all(vcapi.is_vcapi(u) for u in (lcw, dcc, "interaction:https://x/y?iuv=1"))


def test_the_lcw_deep_link_form():
    """DCC's wallet integration guide (digitalcredentials/docs, integration/jff.md): the same parameters as the
    lcw.app link, after dccrequest://request?."""
    params = {"auth_type": "bearer", "issuer": "jff", "challenge": "90u09j04", "vc_request_url": EXCHANGE}
    deep = "dccrequest://request?" + urlencode(params)
    assert vcapi.is_vcapi(deep)
    assert vcapi.read_link(deep, FakeHttp({})) == vcapi.Link(EXCHANGE, "jff", "90u09j04", True)
    both = deep + "&request=" + quote(json.dumps({"protocols": {"vcapi": EXCHANGE}}))
    assert vcapi.read_link(both, FakeHttp({})) == vcapi.Link(EXCHANGE, None)  # the request= form wins, as before


def test_who_a_vcapi_link_names_is_not_proven():
    from satchel.services import credential_requests
    from satchel.services.receiving import ReceivePlan
    named = vcapi.Link(EXCHANGE, "https://university.example")
    assert credential_requests.exchanger(named) == ("issuer.example", "https://university.example")
    assert credential_requests.exchanger(vcapi.Link(EXCHANGE, "https://issuer.example")) == ("issuer.example", None)
    assert credential_requests.exchanger(vcapi.Link(EXCHANGE, None)) == ("issuer.example", None)
    plan = ReceivePlan("vcapi", "https://university.example", None, None, (), None, link=named)
    assert plan.sender == ("issuer.example", "https://university.example")
    assert ReceivePlan("oid4vci", "https://issuer.example", "Academy", None, (), None).sender is None


@pytest.mark.parametrize("uri", ["dccrequest://request?request=%7B%7D", "dccrequest://request?request=nope",
                                 "https://lcw.app/request.html?vc_request_url=http%3A%2F%2Fplain.example%2Fx"])
def test_broken_links_are_refused(uri):
    with pytest.raises(ExchangeRefused):
        vcapi.read_link(uri, FakeHttp({}))


def _run(answers: list, choose=lambda _q: []) -> tuple[list, FakeHttp, Holder]:
    http = FakeHttp({("POST", EXCHANGE): answers})
    who = holder()
    received = vcapi.exchange(vcapi.Link(EXCHANGE, None), http, who, FixedClock(NOW), choose)
    return received, http, who


def test_did_authentication_with_ed25519signature2020_when_asked():
    vpr = {"query": {"type": "DIDAuthentication", "acceptedCryptosuites": [{"cryptosuite": "Ed25519Signature2020"}]},
           "challenge": "ch-1", "domain": "https://issuer.example"}
    received, http, who = _run([reply(200, {"verifiablePresentationRequest": vpr}),
                                reply(200, {"verifiablePresentation": {"verifiableCredential": [CREDENTIAL]},
                                            "verifiableCredential": [CREDENTIAL]})])
    assert [json.loads(r.data) for r in received] == [CREDENTIAL]  # the duplicate is read once
    first, second = http.posted(EXCHANGE)
    assert first["json"] == {}
    vp = second["json"]["verifiablePresentation"]
    assert vp["holder"] == who.did and vp["proof"]["type"] == "Ed25519Signature2020"
    assert vp["proof"]["challenge"] == "ch-1" and vp["proof"]["domain"] == "https://issuer.example"
    [result] = verify_proofs(vp, resolver=DidResolver(), loader=OfflineLoader())
    assert result.ok and result.controller == who.did


def test_eddsa_rdfc_2022_when_that_is_what_is_asked():
    vpr = {"query": [{"type": "DIDAuthentication", "acceptedCryptosuites": ["eddsa-rdfc-2022"]}], "challenge": "c"}
    _, http, _ = _run([reply(200, {"verifiablePresentationRequest": vpr}),
                       reply(200, {"verifiableCredential": [CREDENTIAL]})])
    proof = http.posted(EXCHANGE)[1]["json"]["verifiablePresentation"]["proof"]
    assert proof["cryptosuite"] == "eddsa-rdfc-2022"


def test_query_by_example_sends_the_chosen_credentials():
    vpr = {"query": [{"type": "QueryByExample", "credentialQuery": {"example": {"type": "OpenBadgeCredential"}}}],
           "challenge": "c"}
    chosen = {"@context": ["https://www.w3.org/2018/credentials/v1"], "type": ["VerifiableCredential"]}
    asked = []
    _, http, _ = _run([reply(200, {"verifiablePresentationRequest": vpr}),
                       reply(200, {"verifiableCredential": [CREDENTIAL]})],
                      choose=lambda q: asked.append(q) or [chosen])
    assert asked == vpr["query"]
    assert http.posted(EXCHANGE)[1]["json"]["verifiablePresentation"]["verifiableCredential"] == [chosen]


def test_query_by_example_without_a_choice_sends_nothing():
    vpr = {"query": {"type": "QueryByExample"}, "challenge": "c"}
    with pytest.raises(ExchangeRefused) as caught:
        _run([reply(200, {"verifiablePresentationRequest": vpr})])
    assert caught.value.reason == "nothing_chosen"


def test_unknown_queries_and_empty_endings():
    with pytest.raises(ExchangeRefused):
        _run([reply(200, {"verifiablePresentationRequest": {"query": {"type": "ZCAP"}}})])
    with pytest.raises(ExchangeFailed, match="without a credential"):
        _run([reply(200, {})])
    with pytest.raises(ExchangeFailed, match="401"):
        _run([reply(200, {"verifiablePresentationRequest": {"query": {"type": "DIDAuthentication"}}}),
              reply(401, {"code": 401, "message": "Invalid DIDAuth"})])


def test_vc2_credentials_are_presented_with_eddsa_rdfc_2022_or_not_at_all():
    vpr = {"query": [{"type": "QueryByExample"}], "challenge": "c"}
    _, http, _ = _run([reply(200, {"verifiablePresentationRequest": vpr}),
                       reply(200, {"verifiableCredential": [CREDENTIAL]})],
                      choose=lambda _q: [CREDENTIAL])
    vp = http.posted(EXCHANGE)[1]["json"]["verifiablePresentation"]
    assert vp["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    assert vp["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    only_2020 = {"query": [{"type": "QueryByExample",
                            "acceptedCryptosuites": [{"cryptosuite": "Ed25519Signature2020"}]}],
                 "challenge": "c"}
    with pytest.raises(ExchangeRefused) as caught:
        _run([reply(200, {"verifiablePresentationRequest": only_2020})], choose=lambda _q: [CREDENTIAL])
    assert caught.value.reason == "unsupported_query"
