"""Judging OpenID4VP requests before any consent: who is asking, and every refusal (nothing is sent)."""

from __future__ import annotations

import base64
import json
from urllib.parse import urlencode

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from joserfc import jwe

from satchel.errors import ExchangeFailed, ExchangeRefused
from satchel.exchange import oid4vp, presenting

from .fakes import (
    NOW,
    FakeHttp,
    ca_and_leaf,
    did_key_of,
    p256,
    reply,
    sign_request,
    unsigned_request,
    x5c,
)

REQUEST_URI = "https://verifier.example/request/1"
RESPONSE_URI = "https://verifier.example/response/1"


def payload(client_id: str, **extra) -> dict:
    base = {"response_type": "vp_token", "client_id": client_id, "response_mode": "direct_post",
            "response_uri": RESPONSE_URI, "nonce": "n-0123456789", "state": "s-1",
            "dcql_query": {"credentials": [{"id": "q", "format": "ldp_vc"}]},
            "aud": "https://self-issued.me/v2", "iat": int(NOW.timestamp()), "exp": int(NOW.timestamp()) + 300}
    base.update(extra)
    return {k: v for k, v in base.items() if v is not None}


def by_reference(client_id: str, token: str, **query) -> tuple[str, FakeHttp]:
    http = FakeHttp({("GET", REQUEST_URI): reply(raw=token.encode(), content_type=oid4vp.REQUEST_TYPE)})
    return "openid4vp://?" + urlencode({"client_id": client_id, "request_uri": REQUEST_URI, **query}), http


def read(uri: str, http: FakeHttp, anchors=()) -> oid4vp.Request:
    request = oid4vp.read_request(uri, http, now=NOW, anchors=list(anchors))
    assert not http.posted(RESPONSE_URI)
    return request


def refused(uri: str, http: FakeHttp, reason: str, anchors=()) -> None:
    with pytest.raises(ExchangeRefused) as caught:
        oid4vp.read_request(uri, http, now=NOW, anchors=list(anchors))
    assert caught.value.reason == reason, caught.value.message
    assert not http.posted(RESPONSE_URI)


# -- redirect_uri: unsigned, an unverified website, answers only to itself ------------------------------
def test_redirect_uri_request_is_accepted_as_an_unverified_website():
    client_id = f"redirect_uri:{RESPONSE_URI}"
    request = read(*by_reference(client_id, unsigned_request(payload(client_id))))
    assert request.prefix == "redirect_uri" and not request.verified
    assert request.verifier == "verifier.example" and request.client_id == client_id


def test_redirect_uri_request_by_plain_parameters():
    client_id = f"redirect_uri:{RESPONSE_URI}"
    params = payload(client_id, exp=None, aud=None, iat=None)
    params["dcql_query"] = json.dumps(params["dcql_query"])
    request = read("openid4vp://?" + urlencode(params), FakeHttp({}))
    assert request.nonce == "n-0123456789" and request.dcql_query["credentials"][0]["id"] == "q"


def test_redirect_uri_answer_going_elsewhere_is_refused():
    client_id = "redirect_uri:https://verifier.example/other"
    refused(*by_reference(client_id, unsigned_request(payload(client_id))), "response_uri_host")


def test_a_signed_redirect_uri_request_is_refused():
    client_id = f"redirect_uri:{RESPONSE_URI}"
    refused(*by_reference(client_id, sign_request(payload(client_id), p256())), "malformed")


# -- decentralized_identifier ---------------------------------------------------------------------------
def test_decentralized_identifier_request_signed_by_the_did_key():
    key = p256()
    did = did_key_of(key)
    client_id = f"decentralized_identifier:{did}"
    token = sign_request(payload(client_id), key, kid=f"{did}#{did.removeprefix('did:key:')}")
    request = read(*by_reference(client_id, token))
    assert request.verified and request.verifier == did


def test_decentralized_identifier_signed_by_another_key_is_refused():
    key, other = p256(), p256()
    did = did_key_of(key)
    client_id = f"decentralized_identifier:{did}"
    token = sign_request(payload(client_id), other, kid=f"{did}#{did.removeprefix('did:key:')}")
    refused(*by_reference(client_id, token), "bad_signature")


def test_decentralized_identifier_with_a_kid_of_another_did_is_refused():
    key = p256()
    did, other = did_key_of(key), did_key_of(p256())
    client_id = f"decentralized_identifier:{did}"
    refused(*by_reference(client_id, sign_request(payload(client_id), key, kid=f"{other}#x")), "bad_signature")


@pytest.mark.parametrize("prefix", ["decentralized_identifier:did:key:zDnaexample", "x509_san_dns:verifier.example",
                                    "x509_hash:abc"])
def test_signed_prefixes_refuse_unsigned_requests(prefix):
    refused(*by_reference(prefix, unsigned_request(payload(prefix))), "unsigned")


# -- x509_san_dns and x509_hash -------------------------------------------------------------------------
def test_x509_san_dns_request_with_a_trusted_chain():
    ca, leaf, key = ca_and_leaf("verifier.example")
    client_id = "x509_san_dns:verifier.example"
    request = read(*by_reference(client_id, sign_request(payload(client_id), key, x5c=x5c(leaf))), anchors=[ca])
    assert request.verified and request.verifier == "verifier.example"


def test_x509_san_dns_with_an_untrusted_chain_is_refused():
    _, leaf, key = ca_and_leaf("verifier.example")
    other_ca, _, _ = ca_and_leaf("verifier.example")
    client_id = "x509_san_dns:verifier.example"
    refused(*by_reference(client_id, sign_request(payload(client_id), key, x5c=x5c(leaf))), "untrusted_certificate",
            anchors=[other_ca])


def test_x509_san_dns_for_another_name_is_refused():
    ca, leaf, key = ca_and_leaf("verifier.example")
    client_id = "x509_san_dns:bank.example"
    token = sign_request(payload(client_id, response_uri="https://bank.example/r"), key, x5c=x5c(leaf))
    refused(*by_reference(client_id, token), "untrusted_certificate", anchors=[ca])


def test_x509_san_dns_answer_on_another_host_is_refused():
    ca, leaf, key = ca_and_leaf("verifier.example")
    client_id = "x509_san_dns:verifier.example"
    token = sign_request(payload(client_id, response_uri="https://collector.example/r"), key, x5c=x5c(leaf))
    refused(*by_reference(client_id, token), "response_uri_host", anchors=[ca])


def _leaf_hash(leaf) -> str:
    digest = hashes.Hash(hashes.SHA256())
    digest.update(leaf.public_bytes(serialization.Encoding.DER))
    return base64.urlsafe_b64encode(digest.finalize()).rstrip(b"=").decode()


def test_x509_hash_request_names_its_certificate():
    ca, leaf, key = ca_and_leaf("verifier.example")
    client_id = f"x509_hash:{_leaf_hash(leaf)}"
    request = read(*by_reference(client_id, sign_request(payload(client_id), key, x5c=x5c(leaf))), anchors=[ca])
    assert request.verified


def test_x509_hash_of_another_certificate_is_refused():
    ca, leaf, key = ca_and_leaf("verifier.example")
    _, other, _ = ca_and_leaf("verifier.example")
    client_id = f"x509_hash:{_leaf_hash(other)}"
    refused(*by_reference(client_id, sign_request(payload(client_id), key, x5c=x5c(leaf))),
            "untrusted_certificate", anchors=[ca])


# -- the refusals of the issue ---------------------------------------------------------------------------
def test_origin_prefix_is_refused_before_anything_is_fetched():
    client_id = "origin:https://verifier.example"
    uri, http = by_reference(client_id, unsigned_request(payload(client_id)))
    refused(uri, http, "origin_prefix")
    assert http.calls == []


@pytest.mark.parametrize("client_id", ["verifier.example", "https://verifier.example", "openid_federation:x"])
def test_unknown_client_identifier_prefixes_are_refused(client_id):
    refused(*by_reference(client_id, unsigned_request(payload(client_id))), "unknown_prefix")


def test_client_id_in_the_url_must_equal_the_request_objects():
    client_id = f"redirect_uri:{RESPONSE_URI}"
    token = unsigned_request(payload(f"redirect_uri:{RESPONSE_URI}x"))
    refused(*by_reference(client_id, token), "client_id_mismatch")


def test_signed_client_id_mismatch_is_refused():
    ca, leaf, key = ca_and_leaf("verifier.example")
    token = sign_request(payload("x509_san_dns:other.example"), key, x5c=x5c(leaf))
    refused(*by_reference("x509_san_dns:verifier.example", token), "client_id_mismatch", anchors=[ca])


def test_expired_request_is_refused():
    ca, leaf, key = ca_and_leaf("verifier.example")
    client_id = "x509_san_dns:verifier.example"
    token = sign_request(payload(client_id, exp=int(NOW.timestamp()) - 600), key, x5c=x5c(leaf))
    refused(*by_reference(client_id, token), "expired", anchors=[ca])


def test_transaction_data_is_refused():
    client_id = f"redirect_uri:{RESPONSE_URI}"
    token = unsigned_request(payload(client_id, transaction_data=["eyJ0eXBlIjoieCJ9"]))
    refused(*by_reference(client_id, token), "transaction_data")


@pytest.mark.parametrize("mode", ["fragment", "query", "dc_api", None])
def test_other_response_modes_are_refused(mode):
    client_id = f"redirect_uri:{RESPONSE_URI}"
    refused(*by_reference(client_id, unsigned_request(payload(client_id, response_mode=mode))),
            "unsupported_response_mode")


def test_an_encrypted_answer_needs_a_usable_key():
    client_id = f"redirect_uri:{RESPONSE_URI}"
    token = unsigned_request(payload(client_id, response_mode="direct_post.jwt",
                                     client_metadata={"jwks": {"keys": []}}))
    refused(*by_reference(client_id, token), "bad_encryption_key")


def test_request_uri_post_must_echo_the_wallet_nonce():
    client_id = f"redirect_uri:{RESPONSE_URI}"
    stale = unsigned_request(payload(client_id, wallet_nonce="stale")).encode()
    http = FakeHttp({("POST", REQUEST_URI): reply(raw=stale)})
    uri = "openid4vp://?" + urlencode({"client_id": client_id, "request_uri": REQUEST_URI,
                                       "request_uri_method": "post"})
    refused(uri, http, "malformed")
    assert http.calls[0][2]["form"]["wallet_nonce"] != "stale"


def test_request_uri_post_with_the_wallet_nonce_is_accepted():
    client_id = f"redirect_uri:{RESPONSE_URI}"

    def answer(_url, sent):
        return reply(raw=unsigned_request(payload(client_id, wallet_nonce=sent["form"]["wallet_nonce"])).encode())
    http = FakeHttp({("POST", REQUEST_URI): answer})
    uri = "openid4vp://?" + urlencode({"client_id": client_id, "request_uri": REQUEST_URI,
                                       "request_uri_method": "post"})
    assert read(uri, http).nonce == "n-0123456789"


# -- the answer ------------------------------------------------------------------------------------------
def _request(mode: str = "direct_post", jwk=None) -> oid4vp.Request:
    return oid4vp.Request(f"redirect_uri:{RESPONSE_URI}", "redirect_uri", "verifier.example", False, mode,
                          RESPONSE_URI, "n-1", "s-1", {}, jwk)


def test_direct_post_sends_vp_token_and_state():
    http = FakeHttp({("POST", RESPONSE_URI): reply(200, {"redirect_uri": "https://verifier.example/done"})})
    answer = presenting.post(http, _request(), {"q": [{"type": "VerifiablePresentation"}]})
    [sent] = http.posted(RESPONSE_URI)
    assert json.loads(sent["form"]["vp_token"]) == {"q": [{"type": "VerifiablePresentation"}]}
    assert sent["form"]["state"] == "s-1"
    assert answer.accepted and answer.redirect_uri == "https://verifier.example/done"


def test_direct_post_jwt_encrypts_to_the_verifiers_key():
    key = p256()
    jwk = {**key.as_dict(private=False), "kid": "enc-1", "use": "enc", "alg": "ECDH-ES"}
    http = FakeHttp({("POST", RESPONSE_URI): reply(200, {})})
    presenting.post(http, _request("direct_post.jwt", jwk), {"q": ["a.b.c"]})
    [sent] = http.posted(RESPONSE_URI)
    assert set(sent["form"]) == {"response"}
    decrypted = jwe.decrypt_compact(sent["form"]["response"], key, algorithms=["ECDH-ES", "A128GCM"])
    assert decrypted.protected == {"alg": "ECDH-ES", "enc": "A128GCM", "kid": "enc-1",
                                   "epk": decrypted.protected["epk"]}
    assert json.loads(decrypted.plaintext) == {"vp_token": {"q": ["a.b.c"]}, "state": "s-1"}


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_answer_is_never_followed(status):
    http = FakeHttp({("POST", RESPONSE_URI): reply(status, location="https://collector.example/c")})
    with pytest.raises(ExchangeRefused) as caught:
        presenting.post(http, _request(), {"q": []})
    assert caught.value.reason == "redirect"
    assert [u for _, u, _ in http.calls] == [RESPONSE_URI]


def test_a_rejected_answer_is_an_error_with_the_verifiers_reason():
    refusal = {"error": "invalid_request", "error_description": "bad nonce"}
    http = FakeHttp({("POST", RESPONSE_URI): reply(400, refusal)})
    with pytest.raises(ExchangeFailed, match="bad nonce"):
        presenting.post(http, _request(), {"q": []})
