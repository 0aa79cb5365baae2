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


def issuer(credential_answers: list, *, metadata_issuer: str = ISSUER, deferred: list | None = None,
           proof_algs: list | None = None) -> FakeHttp:
    config: dict = {"format": "jwt_vc_json"}
    if proof_algs is not None:
        config["proof_types_supported"] = {"jwt": {"proof_signing_alg_values_supported": proof_algs}}
    metadata = {"credential_issuer": metadata_issuer, "credential_endpoint": f"{ISSUER}/credential",
                "nonce_endpoint": f"{ISSUER}/nonce", "deferred_credential_endpoint": f"{ISSUER}/deferred",
                "display": [{"name": "Academy", "locale": "en", "logo": {"uri": "https://issuer.example/logo.png"}},
                            {"name": "Académie", "locale": "fr"}],
                "credential_configurations_supported": {CONFIG: config}}
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


@pytest.mark.filterwarnings("ignore:EdDSA is deprecated")
@pytest.mark.parametrize(("listed", "alg"), [(None, "EdDSA"), (["ES256", "EdDSA", "Ed25519"], "EdDSA"),
                                             (["ES256", "Ed25519"], "Ed25519")])
def test_the_key_proof_carries_the_name_the_issuer_accepts(listed, alg):
    """RFC 9864's fully-specified Ed25519 for an issuer that lists only that name: the same signature."""
    http = issuer([reply(200, {"credentials": [{"credential": "a.b.c"}]})], proof_algs=listed)
    who = holder()
    receive(http, link(offer_json()), who)
    [proof] = http.posted(f"{ISSUER}/credential")[0]["json"]["proofs"]["jwt"]
    public = crypto.public_jwk(crypto.public_key_from_multikey(who.did.removeprefix("did:key:")))
    verified = jws.deserialize_compact(proof, OKPKey.import_key(public), algorithms=[alg])
    assert verified.headers()["alg"] == alg


def test_an_issuer_that_takes_no_ed25519_key_proof_is_refused_before_any_request():
    http = issuer([reply(200, {"credentials": [{"credential": "a.b.c"}]})], proof_algs=["ES256"])
    with pytest.raises(ExchangeRefused) as caught:
        receive(http, link(offer_json()))
    assert caught.value.reason == "unsupported_proof" and not http.posted(f"{ISSUER}/token")


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


# -- authorization code flow: PKCE S256 through a loopback redirect ---------------------------------------
def _browser(params: dict):
    """A person signing in: the browser comes back to the loopback redirect with ``params``."""
    import threading
    import urllib.request
    from urllib.parse import parse_qs, urlencode, urlsplit
    seen = {}

    def open_browser(url: str) -> None:
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        seen.update(url=url, query=query)
        back = {**params, **({"state": query.get("state")} if "state" not in params else {})}

        def come_back():
            urllib.request.urlopen(f"{query['redirect_uri']}?{urlencode(back)}", timeout=5).read()
        threading.Thread(target=come_back, daemon=True).start()
    return open_browser, seen


def auth_issuer(**oauth) -> FakeHttp:
    http = issuer([reply(200, {"credentials": [{"credential": "a.b.c"}]})])
    http.routes[("GET", f"{ISSUER}/.well-known/oauth-authorization-server")] = reply(200, {
        "issuer": ISSUER, "token_endpoint": f"{ISSUER}/token",
        "authorization_endpoint": f"{ISSUER}/authorize", **oauth})
    return http


AUTH_OFFER = {"credential_issuer": ISSUER, "credential_configuration_ids": [CONFIG],
              "grants": {"authorization_code": {"issuer_state": "st-7"}}}


def _sign_in(http, open_browser, timeout=10.0):
    from satchel.exchange import authorization
    offer = oid4vci.read_offer(link(AUTH_OFFER), http)
    info = oid4vci.issuer_info(offer, http)
    return oid4vci.receive(offer, info, http, holder(), FixedClock(NOW), sign_in=lambda ids: authorization.sign_in(
        offer, info, http, ids, open_browser, timeout=timeout))


def test_authorization_code_flow_with_pkce_and_a_loopback_redirect():
    import base64
    import hashlib
    http = auth_issuer()
    open_browser, seen = _browser({"code": "auth-code-1"})
    items = _sign_in(http, open_browser)
    assert [i.data for i in items] == [b"a.b.c"]
    query = seen["query"]
    assert seen["url"].startswith(f"{ISSUER}/authorize?")
    assert query["response_type"] == "code" and query["code_challenge_method"] == "S256"
    assert query["issuer_state"] == "st-7" and query["redirect_uri"].startswith("http://127.0.0.1:")
    assert json.loads(query["authorization_details"]) == [{"type": "openid_credential",
                                                           "credential_configuration_id": CONFIG}]
    [token] = http.posted(f"{ISSUER}/token")
    form = token["form"]
    assert form["grant_type"] == "authorization_code" and form["code"] == "auth-code-1"
    assert form["redirect_uri"] == query["redirect_uri"]
    digest = base64.urlsafe_b64encode(hashlib.sha256(form["code_verifier"].encode()).digest()).rstrip(b"=").decode()
    assert digest == query["code_challenge"]


def test_pushed_authorization_request_when_the_server_requires_it():
    http = auth_issuer(pushed_authorization_request_endpoint=f"{ISSUER}/par",
                       require_pushed_authorization_requests=True)
    state = {}

    def par(_url, sent):
        state.update(sent["form"])
        return reply(201, {"request_uri": "urn:par:1", "expires_in": 60})
    http.routes[("POST", f"{ISSUER}/par")] = par

    def open_browser(url):
        import threading
        import urllib.request
        from urllib.parse import urlencode
        assert url == f"{ISSUER}/authorize?client_id=satchel-wallet&request_uri=urn%3Apar%3A1"
        back = urlencode({"code": "c", "state": state["state"]})
        threading.Thread(target=lambda: urllib.request.urlopen(f"{state['redirect_uri']}?{back}", timeout=5).read(),
                         daemon=True).start()
    assert len(_sign_in(http, open_browser)) == 1
    assert state["code_challenge_method"] == "S256"


def test_a_callback_for_another_state_is_refused():
    http = auth_issuer()
    open_browser, _ = _browser({"code": "c", "state": "forged"})
    with pytest.raises(ExchangeRefused):
        _sign_in(http, open_browser)
    assert not http.posted(f"{ISSUER}/token")


def test_a_refused_sign_in_says_so():
    http = auth_issuer()
    open_browser, _ = _browser({"error": "access_denied"})
    with pytest.raises(ExchangeFailed, match="access_denied"):
        _sign_in(http, open_browser)
    assert not http.posted(f"{ISSUER}/token")


def test_a_sign_in_that_never_comes_back_times_out():
    http = auth_issuer()
    with pytest.raises(ExchangeFailed, match="not completed in time"):
        _sign_in(http, lambda _url: None, timeout=0.3)


@pytest.mark.parametrize("answer, shown", [
    (reply(200, raw=b"\x89PNG...", content_type="image/png"), b"\x89PNG..."),
    (reply(200, raw=b"<svg/>", content_type="image/svg+xml"), None),  # never rendered from a remote SVG
    (None, None),  # unreachable: the offer is still shown, without a logo
])
def test_the_offer_shows_the_issuers_name_and_logo(answer, shown, tmp_path):
    from satchel.services import Satchel, receiving
    app = Satchel(tmp_path / "home", clock=FixedClock(NOW))
    app.create_wallet("correct horse battery staple")
    http = issuer([])
    if answer is not None:
        http.routes[("GET", "https://issuer.example/logo.png")] = answer
    plan = receiving.prepare(app, http, link(offer_json()))
    assert (plan.issuer_name, plan.logo_image) == ("Academy", shown)
    assert plan.credentials == (f"{CONFIG} (jwt_vc_json)",)
    assert app.list() == []  # nothing stored before the person confirms
