"""OpenID4VCI 1.0 wallet side with a scripted issuer: offers, metadata, token, nonce, proofs, deferral."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from joserfc import jws
from joserfc.jwk import OKPKey

from satchel import crypto
from satchel.clock import FixedClock
from satchel.errors import ExchangeFailed, ExchangeRefused
from satchel.exchange import Holder, oid4vci

from .fakes import NOW, FakeHttp, reply

ISSUER = "https://issuer.example"
CONFIG = "Badge_jwt"


def holder() -> Holder:
    secret, multikey = crypto.generate_ed25519()
    did = crypto.did_key_for(multikey)
    return Holder(did, f"{did}#{multikey}", secret)


def offer_json(**grant) -> dict:
    pre = {"pre-authorized_code": "code-1", **grant}
    return {"credential_issuer": ISSUER, "credential_configuration_ids": [CONFIG],
            "grants": {oid4vci.PRE_AUTHORIZED: pre}}


def link(document: dict) -> str:
    return "openid-credential-offer://?credential_offer=" + quote(json.dumps(document))


def issuer(credential_answers: list, *, metadata_issuer: str = ISSUER, deferred: list | None = None) -> FakeHttp:
    metadata = {"credential_issuer": metadata_issuer, "credential_endpoint": f"{ISSUER}/credential",
                "nonce_endpoint": f"{ISSUER}/nonce", "deferred_credential_endpoint": f"{ISSUER}/deferred",
                "display": [{"name": "Academy", "locale": "en", "logo": {"uri": "https://issuer.example/logo.png"}},
                            {"name": "Académie", "locale": "fr"}],
                "credential_configurations_supported": {CONFIG: {"format": "jwt_vc_json"}}}
    nonces = iter(f"nonce-{i}" for i in range(10))
    return FakeHttp({
        ("GET", f"{ISSUER}/.well-known/openid-credential-issuer"): reply(200, metadata),
        ("GET", f"{ISSUER}/.well-known/oauth-authorization-server"): reply(200, {
            "issuer": ISSUER, "token_endpoint": f"{ISSUER}/token"}),
        ("POST", f"{ISSUER}/token"): reply(200, {"access_token": "at-1", "token_type": "Bearer"}),
        ("POST", f"{ISSUER}/nonce"): lambda _u, _s: reply(200, {"c_nonce": next(nonces)}),
        ("POST", f"{ISSUER}/credential"): credential_answers,
        ("POST", f"{ISSUER}/deferred"): deferred or [],
    })


def receive(http: FakeHttp, uri: str, who: Holder | None = None, **kwargs):
    offer = oid4vci.read_offer(uri, http)
    info = oid4vci.issuer_info(offer, http)
    sleeps: list[float] = []
    items = oid4vci.receive(offer, info, http, who or holder(), FixedClock(NOW), sleep=sleeps.append, **kwargs)
    return items, sleeps


@pytest.mark.filterwarnings("ignore:EdDSA is deprecated")
def test_pre_authorized_flow_with_a_key_proof_bound_to_the_holder():
    http = issuer([reply(200, {"credentials": [{"credential": "a.b.c"}]})])
    who = holder()
    items, _ = receive(http, link(offer_json()), who)
    assert [(i.format, i.data) for i in items] == [("jwt_vc_json", b"a.b.c")]
    [token] = http.posted(f"{ISSUER}/token")
    assert token["form"] == {"grant_type": oid4vci.PRE_AUTHORIZED, "pre-authorized_code": "code-1"}
    [request] = http.posted(f"{ISSUER}/credential")
    assert request["headers"]["Authorization"] == "Bearer at-1"
    assert request["json"]["credential_configuration_id"] == CONFIG
    [proof] = request["json"]["proofs"]["jwt"]
    public = crypto.public_jwk(crypto.public_key_from_multikey(who.did.removeprefix("did:key:")))
    verified = jws.deserialize_compact(proof, OKPKey.import_key(public), algorithms=["EdDSA"])
    assert verified.headers() == {"alg": "EdDSA", "typ": "openid4vci-proof+jwt", "kid": who.kid}
    assert json.loads(verified.payload) == {"aud": ISSUER, "iat": int(NOW.timestamp()), "nonce": "nonce-0"}


def test_issuer_display_name_follows_the_language():
    http = issuer([])
    offer = oid4vci.read_offer(link(offer_json()), http)
    assert oid4vci.issuer_info(offer, http, "fr").name == "Académie"
    assert oid4vci.issuer_info(offer, http, "en").logo == "https://issuer.example/logo.png"


def test_transaction_code_is_sent_and_required():
    tx = {"tx_code": {"length": 4, "input_mode": "numeric", "description": "sent by mail"}}
    http = issuer([reply(200, {"credentials": [{"credential": "a.b.c"}]})])
    offer = oid4vci.read_offer(link(offer_json(**tx)), http)
    assert offer.tx_code == oid4vci.TxCode(4, "numeric", "sent by mail")
    with pytest.raises(ExchangeRefused) as caught:
        receive(http, link(offer_json(**tx)))
    assert caught.value.reason == "tx_code_needed" and not http.posted(f"{ISSUER}/token")
    receive(http, link(offer_json(**tx)), tx_code="1234")
    assert http.posted(f"{ISSUER}/token")[0]["form"]["tx_code"] == "1234"


def test_invalid_nonce_is_retried_once_with_a_fresh_nonce():
    invalid = reply(400, {"error": "invalid_nonce"})
    http = issuer([invalid, reply(200, {"credentials": [{"credential": "a.b.c"}]})])
    items, _ = receive(http, link(offer_json()))
    assert len(items) == 1
    proofs = [json.loads(jws.extract_compact(r["json"]["proofs"]["jwt"][0].encode()).payload)["nonce"]
              for r in http.posted(f"{ISSUER}/credential")]
    assert proofs == ["nonce-0", "nonce-1"]


def test_invalid_nonce_twice_is_an_error():
    invalid = reply(400, {"error": "invalid_nonce"})
    http = issuer([invalid, reply(400, {"error": "invalid_nonce"})])
    with pytest.raises(ExchangeFailed, match="invalid_nonce"):
        receive(http, link(offer_json()))
    assert len(http.posted(f"{ISSUER}/credential")) == 2


def test_deferred_issuance_is_polled_at_the_issuers_interval():
    http = issuer([reply(202, {"transaction_id": "tx-9", "interval": 3})],
                  deferred=[reply(400, {"error": "issuance_pending", "interval": 3}),
                            reply(200, {"credentials": [{"credential": {"type": ["VerifiableCredential"]}}]})])
    items, sleeps = receive(http, link(offer_json()))
    assert sleeps == [3.0, 3.0]
    assert [s["json"] for s in http.posted(f"{ISSUER}/deferred")] == [{"transaction_id": "tx-9"}] * 2
    assert json.loads(items[0].data) == {"type": ["VerifiableCredential"]}


def test_offer_by_reference_is_fetched_once():
    http = issuer([reply(200, {"credentials": [{"credential": "a.b.c"}]})])
    http.routes[("GET", f"{ISSUER}/offers/1")] = [reply(200, offer_json())]
    receive(http, "openid-credential-offer://?credential_offer_uri=" + quote(f"{ISSUER}/offers/1"))
    assert [u for m, u, _ in http.calls if u.endswith("/offers/1")] == [f"{ISSUER}/offers/1"]


def test_metadata_of_another_issuer_is_refused():
    http = issuer([], metadata_issuer="https://evil.example")
    with pytest.raises(ExchangeRefused) as caught:
        receive(http, link(offer_json()))
    assert caught.value.reason == "issuer_mismatch" and not http.posted(f"{ISSUER}/token")


@pytest.mark.parametrize("uri", [
    "openid-credential-offer://?",
    "openid-credential-offer://?credential_offer=%7B%7D",
    "openid-credential-offer://?credential_offer=" + quote(json.dumps({"credential_issuer": "http://x",
                                                                        "credential_configuration_ids": ["a"]})),
    "openid-credential-offer://?credential_offer=not-json",
])
def test_broken_offers_are_refused(uri):
    with pytest.raises(ExchangeRefused) as caught:
        oid4vci.read_offer(uri, FakeHttp({}))
    assert caught.value.reason == "bad_offer"


def test_an_offer_with_only_the_authorization_code_grant_says_so():
    document = {"credential_issuer": ISSUER, "credential_configuration_ids": [CONFIG],
                "grants": {"authorization_code": {"issuer_state": "st"}}}
    http = issuer([])
    with pytest.raises(ExchangeRefused) as caught:
        receive(http, link(document))
    assert caught.value.reason == "authorization_code"
