"""A VC-API exchanger that asks for stored credentials by example: the services stop and wait for the
person's choice, list what answers each query, send exactly what was chosen, and nothing before that."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from satchel.clock import FixedClock
from satchel.errors import ExchangeRefused
from satchel.exchange import query_by_example as qbe
from satchel.net import OfflineFetcher
from satchel.services import Satchel, receiving

from .fakes import NOW, FakeHttp, reply

EXCHANGE = "https://issuer.example/workflows/claim/exchanges/7"
PASS = "a long enough passphrase"
OB3 = {"type": "QueryByExample",
       "credentialQuery": {"reason": "We check your earlier badge before issuing this one.",
                           "example": {"@context": ["https://www.w3.org/ns/credentials/v2"],
                                       "type": "OpenBadgeCredential"}}}


@pytest.fixture
def app(tmp_path, corpus):
    satchel = Satchel(tmp_path / "home", clock=FixedClock(NOW), fetcher=OfflineFetcher())
    satchel.create_wallet(PASS)
    ids = {}
    for name in ("cred-valid-ecdsa-rdfc-2019-p256-ob3.json", "cred-valid-ed25519signature2020-v1-ob3.json",
                 "cred-valid-eddsa-rdfc-2022-ob3.json"):
        ids[name] = satchel.import_bytes((corpus / "peer" / name).read_bytes(), source="test").added[0]
    ids["jwt"] = satchel.import_bytes((corpus / "extra" / "vcjwt-valid-eddsa.jwt").read_bytes(), source="t").added[0]
    satchel.ids = ids
    return satchel


def _link(origin: str | None = "https://another.example") -> str:
    request = {"protocols": {"vcapi": EXCHANGE}, **({"credentialRequestOrigin": origin} if origin else {})}
    return "dccrequest://request?request=" + quote(json.dumps(request))


def _exchanger(corpus, *queries) -> FakeHttp:
    issued = json.loads((corpus / "peer" / "cred-valid-ed25519signature2020-v2-ob3.json").read_text())
    vpr = {"query": [{"type": "DIDAuthentication"}, *queries], "challenge": "ch-7", "domain": "https://issuer.example"}
    return FakeHttp({("POST", EXCHANGE): [reply(200, {"verifiablePresentationRequest": vpr}),
                                          reply(200, {"verifiablePresentation": {"verifiableCredential": [issued]}})]})


def test_the_exchange_stops_at_the_request_and_lists_what_answers_it(app, corpus):
    http = _exchanger(corpus, OB3)
    plan = receiving.prepare(app, http, _link())
    progress = receiving.begin(app, http, plan)
    assert progress.items == () and progress.request is not None
    request = progress.request
    assert request.who == "issuer.example" and request.named_origin == "https://another.example"
    [query] = request.queries
    assert query.types == ("OpenBadgeCredential",) and query.reasons == (OB3["credentialQuery"]["reason"],)
    # VC 2.0 OB3 credentials answer; the VC 1.1 one (other @context) and the VC-JWT do not.
    assert {i for i, _ in query.matches} == {app.ids["cred-valid-ecdsa-rdfc-2019-p256-ob3.json"],
                                            app.ids["cred-valid-eddsa-rdfc-2022-ob3.json"]}
    assert dict(query.matches)[app.ids["cred-valid-ecdsa-rdfc-2019-p256-ob3.json"]] == "Secure Coding"
    assert http.posted(EXCHANGE) == [{"form": None, "json": {}, "headers": {}}]  # nothing of the holder's yet


def test_only_the_chosen_credential_is_sent_and_what_comes_back_is_stored(app, corpus):
    http = _exchanger(corpus, OB3)
    plan = receiving.prepare(app, http, _link())
    request = receiving.begin(app, http, plan).request
    chosen = app.ids["cred-valid-ecdsa-rdfc-2019-p256-ob3.json"]
    done = receiving.answer(app, http, plan, request, {chosen, app.ids["jwt"]})  # the JWT answers nothing
    [item] = done.items
    assert item.new and item.report.outcome.value == "verified"
    assert app.get(item.id).source == f"vc-api:{EXCHANGE}"
    vp = http.posted(EXCHANGE)[1]["json"]["verifiablePresentation"]
    assert vp["verifiableCredential"] == [json.loads(app.get(chosen).raw)]
    assert vp["proof"]["challenge"] == "ch-7" and vp["holder"] == app.holder_did()
    assert any(a.action == "present" and chosen in (a.detail or "") for a in app.activity(5))


def test_a_query_left_without_a_chosen_credential_sends_nothing(app, corpus):
    http = _exchanger(corpus, OB3)
    plan = receiving.prepare(app, http, _link(None))
    request = receiving.begin(app, http, plan).request
    assert request.named_origin is None
    with pytest.raises(ExchangeRefused) as caught:
        receiving.answer(app, http, plan, request, {app.ids["jwt"]})
    assert caught.value.reason == "nothing_chosen"
    assert len(http.posted(EXCHANGE)) == 1


def test_each_query_gets_the_chosen_credentials_that_answer_it(app, corpus):
    by_name = {"type": "QueryByExample", "credentialQuery": [
        {"example": {"credentialSubject": {"achievement": {"name": "Data Literacy"}}}}]}
    http = _exchanger(corpus, OB3, by_name)
    plan = receiving.prepare(app, http, _link())
    request = receiving.begin(app, http, plan).request
    literacy = app.ids["cred-valid-ed25519signature2020-v1-ob3.json"]
    assert [i for i, _ in request.queries[1].matches] == [literacy]
    assert request.answerable
    chosen = {app.ids["cred-valid-eddsa-rdfc-2022-ob3.json"], literacy}
    receiving.answer(app, http, plan, request, chosen)
    sent = http.posted(EXCHANGE)[1]["json"]["verifiablePresentation"]["verifiableCredential"]
    assert sorted(c["credentialSubject"]["achievement"]["name"] for c in sent) == ["Data Literacy",
                                                                                  "Teamwork Fundamentals"]


def test_a_request_nothing_answers_is_shown_as_such(app, corpus):
    http = _exchanger(corpus, {"type": "QueryByExample", "credentialQuery": {"example": {"type": "DegreeCredential"}}})
    plan = receiving.prepare(app, http, _link())
    request = receiving.begin(app, http, plan).request
    assert request.queries[0].matches == () and not request.answerable


def test_an_unknown_query_is_refused_before_the_person_is_asked(app):
    vpr = {"query": [{"type": "QueryByFrame"}, OB3], "challenge": "c"}
    http = FakeHttp({("POST", EXCHANGE): [reply(200, {"verifiablePresentationRequest": vpr})]})
    plan = receiving.prepare(app, http, _link())
    with pytest.raises(ExchangeRefused) as caught:
        receiving.begin(app, http, plan)
    assert caught.value.reason == "unsupported_query"


CREDENTIAL = {"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
              "type": ["VerifiableCredential", "OpenBadgeCredential"],
              "issuer": {"id": "did:key:z6Mk1", "type": "Profile"},
              "credentialSubject": [{"type": "AchievementSubject",
                                     "achievement": {"name": "Rust", "tags": ["a", "b"]}}]}


@pytest.mark.parametrize("example, expected", [
    ({"type": "OpenBadgeCredential"}, True),
    ({"type": ["VerifiableCredential", "OpenBadgeCredential"]}, True),
    ({"type": ["OpenBadgeCredential", "ClrCredential"]}, False),
    ({"@context": ["https://www.w3.org/ns/credentials/v2"]}, True),
    ({"@context": ["https://www.w3.org/2018/credentials/v1"]}, False),
    ({"issuer": "did:key:z6Mk1"}, True),
    ({"issuer": {"id": "did:key:z6Mk2"}}, False),
    ({"credentialSubject": {"achievement": {"name": "Rust"}}}, True),
    ({"credentialSubject": {"achievement": {"tags": ["b"]}}}, True),
    ({"credentialSubject": {"achievement": {"name": "Go"}}}, False),
    ({"credentialSubject": {"missing": "x"}}, False),
    ({}, False),
])
def test_matching_by_example(example, expected):
    assert qbe.answers({"type": "QueryByExample", "credentialQuery": {"example": example}}, CREDENTIAL) is expected


def test_required_trusted_issuers_and_lists_of_credential_queries():
    trusted = {"credentialQuery": [{"example": {"type": "ClrCredential"}},
                                   {"example": {"type": "OpenBadgeCredential"},
                                    "trustedIssuer": [{"issuer": "did:key:z6Mk2", "required": True}]}]}
    assert not qbe.answers(trusted, CREDENTIAL)
    trusted["credentialQuery"][1]["trustedIssuer"].append({"issuer": "did:key:z6Mk1", "required": True})
    assert qbe.answers(trusted, CREDENTIAL)
    assert not qbe.answers({"credentialQuery": {"example": {"type": "OpenBadgeCredential"}}}, "eyJ.a.b")
