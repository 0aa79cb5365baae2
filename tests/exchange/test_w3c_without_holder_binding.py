"""OpenID4VP 1.0 §B.1 for W3C credentials: "If require_cryptographic_holder_binding is set to true in the Credential
Query, the Wallet MUST return a Verifiable Presentation of a Verifiable Credential. Otherwise, a Verifiable
Credential without Holder Binding MUST be returned."

So a DCQL ``ldp_vc`` or ``jwt_vc_json`` query with ``require_cryptographic_holder_binding: false`` gets the
credential itself in ``vp_token`` (the JSON object, or the VC-JWT string exactly as stored), nothing signed by the
wallet; an ecdsa-sd-2023 base credential still goes out derived. With the default (true) it is a signed VP, as
before."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest

from satchel import crypto, formats
from satchel.clock import FixedClock
from satchel.exchange import presenting
from satchel.exchange.common import Holder
from satchel.exchange.dcql import Candidate
from satchel.services import Satchel, responding
from satchel.vc import signing
from satchel.vc.did import DidResolver
from satchel.vc.ecdsa_sd_derive import is_base
from satchel.vc.jsonld import OfflineLoader
from satchel.vc.jws import split_jws
from satchel.vc.proofs import verify_proofs
from tests.conftest import corpus_dir
from tests.vc.corpus_helpers import DEFAULT_NOW, load
from tests.vc_core.test_ecdsa_sd_p384 import CREDENTIAL, base_proof

from .fakes import FakeHttp, reply

RESPONSE_URI = "https://verifier.example/response/1"
CLIENT_ID = f"redirect_uri:{RESPONSE_URI}"
NONCE = "n-0123456789"
OB = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential"
PEER, EXTRA = corpus_dir() / "peer", corpus_dir() / "extra"
VC_JWT = (EXTRA / "vcjwt-valid-eddsa.jwt").read_text().strip()  # issued to did:example:…, not to this wallet


def _query(qid: str, fmt: str, **extra) -> dict:
    return {"id": qid, "format": fmt, "meta": {"type_values": [[OB]]}, **extra}


def _link(*queries: dict) -> str:
    return "openid4vp://?" + urlencode({"response_type": "vp_token", "client_id": CLIENT_ID, "response_mode":
                                        "direct_post", "response_uri": RESPONSE_URI, "nonce": NONCE,
                                        "state": "s-1", "dcql_query": json.dumps({"credentials": list(queries)})})


def _ldp_credential() -> dict:
    issuer = load(PEER / "keys" / "issuer-ed25519.json")
    document = load(PEER / "unsigned" / "ob3-v2.json")
    document["issuer"]["id"] = issuer["did"]
    document["name"] = document["credentialSubject"]["achievement"]["name"] = "Teamwork Fundamentals"
    return signing.sign(document, secret_key=crypto.decode_secret_multikey(issuer["secretKeyMultibase"])[1],
                        verification_method=issuer["id"], purpose="assertionMethod", suite="eddsa-rdfc-2022",
                        created="2026-11-22T12:00:00Z")


@pytest.fixture
def wallet(tmp_path):
    """A wallet holding one credential of each W3C kind: Data Integrity (ldp_vc) and a VC-JWT (jwt_vc_json)."""
    app = Satchel(tmp_path / "home", clock=FixedClock(DEFAULT_NOW), offline=True)
    app.create_wallet("correct horse battery staple")
    ldp = json.dumps(_ldp_credential(), indent=1).encode()
    [ldp_id] = app.import_bytes(ldp, source="test").added
    [jwt_id] = app.import_bytes(VC_JWT.encode(), source="test").added
    return app, {"ldp": ldp_id, "jwt": jwt_id}


def _answer(app: Satchel, *queries: dict) -> dict:
    http = FakeHttp({("POST", RESPONSE_URI): reply(200, {})})
    prepared = responding.prepare(app, http, _link(*queries))
    responding.send(app, http, prepared, responding.selection(prepared.view, []))
    [sent] = http.posted(RESPONSE_URI)
    assert sent["form"]["state"] == "s-1"
    return json.loads(sent["form"]["vp_token"])


def _stored(app: Satchel, record_id: str):
    return formats.parse(app.session.wallet().get(record_id).raw).credentials[0].verifiable


def test_an_ldp_vc_query_without_holder_binding_gets_the_credential_itself(wallet):
    app, ids = wallet
    [answer] = _answer(app, _query("badge", "ldp_vc", require_cryptographic_holder_binding=False))["badge"]
    assert answer == _stored(app, ids["ldp"])  # the credential as issued: no VP around it, nothing of the wallet's
    assert "VerifiablePresentation" not in answer["type"] and answer["proof"]["proofPurpose"] == "assertionMethod"
    assert NONCE not in json.dumps(answer)
    assert [r.ok for r in verify_proofs(answer, resolver=DidResolver(), loader=OfflineLoader())] == [True]


def test_a_jwt_vc_json_query_without_holder_binding_gets_the_vc_jwt_as_stored(wallet):
    app, _ = wallet
    [answer] = _answer(app, _query("badge", "jwt_vc_json", require_cryptographic_holder_binding=False))["badge"]
    assert answer == VC_JWT
    assert "vp" not in split_jws(answer).payload


@pytest.mark.parametrize("required", [True, None])  # None: the parameter left out, whose default is true
def test_with_holder_binding_required_w3c_credentials_still_go_in_a_signed_presentation(wallet, required):
    app, ids = wallet
    extra = {} if required is None else {"require_cryptographic_holder_binding": required}
    token = _answer(app, _query("ldp", "ldp_vc", **extra), _query("jwt", "jwt_vc_json", **extra))
    [vp] = token["ldp"]
    assert vp["type"] == ["VerifiablePresentation"] and vp["verifiableCredential"] == [_stored(app, ids["ldp"])]
    assert vp["proof"]["challenge"] == NONCE and vp["proof"]["domain"] == CLIENT_ID
    assert vp["holder"] == app.holder_keys()[0].did
    jwt_vp = split_jws(token["jwt"][0]).payload
    assert jwt_vp["nonce"] == NONCE and jwt_vp["aud"] == CLIENT_ID and jwt_vp["vp"]["verifiableCredential"] == [VC_JWT]


def test_each_query_follows_its_own_parameter(wallet):
    app, _ = wallet
    token = _answer(app, _query("ldp", "ldp_vc"),
                    _query("jwt", "jwt_vc_json", require_cryptographic_holder_binding=False))
    assert token["ldp"][0]["type"] == ["VerifiablePresentation"]
    assert token["jwt"] == [VC_JWT]


def test_an_ecdsa_sd_credential_without_holder_binding_goes_out_derived_with_only_the_asked_claims():
    """The base proof is for the holder only; the derived credential is what is returned, still without a VP."""
    loader = OfflineLoader()
    base = base_proof(CREDENTIAL, ["/issuer", "/validFrom"], loader)
    secret, multikey = crypto.generate_ed25519()
    did = crypto.did_key_for(multikey)
    request = SimpleNamespace(nonce="n-42", client_id="x509_san_dns:localhost")
    candidate = Candidate("c1", "Data Literacy", "ldp_vc", base, verifiable=base)
    answer = presenting.presentation(Holder(did, f"{did}#{multikey}", secret), candidate,
                                     (("credentialSubject", "achievement", "name"),), request,
                                     datetime(2026, 11, 29, tzinfo=UTC), holder_binding=False)
    assert answer["type"] == CREDENTIAL["type"] and not is_base(answer)
    assert answer["credentialSubject"]["achievement"]["name"] == "Data Literacy"
    assert "description" not in answer["credentialSubject"]["achievement"]
    assert [r.ok for r in verify_proofs(answer, resolver=DidResolver(), loader=loader)] == [True]
