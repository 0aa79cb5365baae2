"""Answering a scripted verifier whose ``client_metadata.vp_formats_supported`` rules out what a stored credential is
signed with, or what the wallet would sign: that credential is listed as *not offered*, with what the verifier does
not accept, before consent (``satchel respond`` text and --json); when nothing else answers, nothing is sent."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from satchel import crypto
from satchel.cli import context
from satchel.clock import FixedClock
from satchel.errors import ExchangeRefused
from satchel.model import Outcome
from satchel.services import Satchel, responding
from tests.conftest import corpus_dir
from tests.vc.corpus_helpers import DEFAULT_NOW, make_verifier
from tests.vc.test_sd_jwt_vc import issue

from .test_w3c_without_holder_binding import _ldp_credential
from .verifier_requests import RESPONSE_URI, ScriptedVerifier

EXTRA = corpus_dir() / "extra"
ES256_VC = EXTRA / "vcjwt-valid-es256.jwt"
EDDSA_VC = EXTRA / "vcjwt-valid-eddsa.jwt"
EDDSA_ONLY = {"vp_formats_supported": {"jwt_vc_json": {"alg_values": ["EdDSA"]}}}
VCT = "https://example.org/badge"


@pytest.fixture
def app(tmp_path):
    satchel = Satchel(tmp_path / "home", clock=FixedClock(DEFAULT_NOW), offline=True)
    satchel.create_wallet("correct horse battery staple")
    return satchel


def stored(app: Satchel, data: bytes) -> str:
    [record_id] = app.import_bytes(data, source="test").added
    return record_id


def test_an_es256_credential_is_not_offered_to_a_verifier_taking_only_eddsa_and_nothing_is_sent(app):
    es256 = stored(app, ES256_VC.read_bytes())
    verifier = ScriptedVerifier()
    prepared = responding.prepare(app, verifier.http, verifier.ask(DEFAULT_NOW, [], fmt="jwt_vc_json",
                                                                   client_metadata=EDDSA_ONLY))
    [query] = prepared.view.queries
    [(record_id, _name, reason, value)] = query.unavailable
    assert (query.matches, record_id, reason, value) == ((), es256, "alg", "ES256")
    assert responding.not_offered(reason, value, "en") == "this verifier does not accept ES256 signatures"
    assert responding.not_offered(reason, value, "fr") == "ce vérificateur n'accepte pas les signatures ES256"
    with pytest.raises(ExchangeRefused) as refused:
        responding.send(app, verifier.http, prepared, responding.selection(prepared.view, [es256]))
    assert refused.value.reason == "not_accepted" and "ES256" in refused.value.message
    assert verifier.http.posted(RESPONSE_URI) == []


def test_the_credential_the_verifier_accepts_is_offered_and_sent_the_other_named(app):
    es256, eddsa = stored(app, ES256_VC.read_bytes()), stored(app, EDDSA_VC.read_bytes())
    verifier = ScriptedVerifier()
    prepared = responding.prepare(app, verifier.http, verifier.ask(DEFAULT_NOW, [], fmt="jwt_vc_json",
                                                                   client_metadata=EDDSA_ONLY))
    [query] = prepared.view.queries
    assert [m[0] for m in query.matches] == [eddsa] and [u[0] for u in query.unavailable] == [es256]
    responding.send(app, verifier.http, prepared, responding.selection(prepared.view, []))
    [vp] = verifier.last_answer()["badge"]
    payload = json.loads(crypto.b64url_decode(vp.split(".")[1]))
    assert payload["vp"]["verifiableCredential"] == [EDDSA_VC.read_text().strip()]


def test_an_ldp_vc_whose_cryptosuite_is_not_listed_is_not_offered(app):
    stored(app, json.dumps(_ldp_credential()).encode())
    verifier = ScriptedVerifier()
    link = verifier.ask(DEFAULT_NOW, [], client_metadata={"vp_formats_supported": {
        "ldp_vc": {"proof_type_values": ["DataIntegrityProof"], "cryptosuite_values": ["ecdsa-rdfc-2019"]}}})
    [query] = responding.prepare(app, verifier.http, link).view.queries
    assert query.matches == () and [u[2:] for u in query.unavailable] == [("cryptosuite", "eddsa-rdfc-2022")]


def test_a_verifier_that_takes_no_eddsa_key_binding_jwt(app):
    """With key binding required the wallet's EdDSA KB-JWT would be refused: not offered. Without it the SD-JWT
    is sent, and without the KB-JWT the verifier would not accept."""
    mine = crypto.public_jwk(crypto.public_key_from_multikey(app.holder_keys()[0].public_multibase))
    sd_jwt = stored(app, issue({"cnf": {"jwk": mine}}).encode())
    metadata = {"vp_formats_supported": {"dc+sd-jwt": {"sd-jwt_alg_values": ["EdDSA"],
                                                       "kb-jwt_alg_values": ["ES256"]}}}
    verifier = ScriptedVerifier()
    link = verifier.ask(DEFAULT_NOW, [["given_name"]], fmt="dc+sd-jwt", meta={"vct_values": [VCT]},
                        client_metadata=metadata)
    [query] = responding.prepare(app, verifier.http, link).view.queries
    assert query.matches == () and query.unavailable == ((sd_jwt, query.unavailable[0][1], "holder_alg", "EdDSA"),)
    link = verifier.ask(DEFAULT_NOW, [["given_name"]], fmt="dc+sd-jwt", meta={"vct_values": [VCT]},
                        client_metadata=metadata, require_cryptographic_holder_binding=False)
    prepared = responding.prepare(app, verifier.http, link)
    assert [m[0] for m in prepared.view.queries[0].matches] == [sd_jwt]
    responding.send(app, verifier.http, prepared, responding.selection(prepared.view, []))
    [token] = verifier.last_answer()["badge"]
    assert token.endswith("~") and len(token.split("~")) == 3  # issuer JWT, the given_name disclosure, no KB-JWT


@pytest.fixture
def scripted(cli, monkeypatch):
    """`satchel respond` answering a scripted verifier (its FakeHttp instead of the network)."""
    verifier = ScriptedVerifier()
    monkeypatch.setattr(context, "exchange_http", lambda _satchel: verifier.http)
    code, out, _ = cli("import", "--json", str(ES256_VC))
    assert code == 0
    [record_id] = json.loads(out)[0]["added"]
    return verifier, record_id


def test_respond_json_names_what_is_not_accepted_and_sends_nothing(cli, scripted):
    verifier, es256 = scripted
    link = verifier.ask(datetime.now(UTC), [], fmt="jwt_vc_json", client_metadata=EDDSA_ONLY)  # the CLI's clock
    code, out, _ = cli("respond", link, "--yes", "--json")
    answer = json.loads(out)
    assert code == 1 and answer["refused"] == "not_accepted" and answer["sent"] is False
    assert answer["not_offered"] == [{"query": "badge", "id": es256, "name": answer["not_offered"][0]["name"],
                                      "reason": "alg", "value": "ES256",
                                      "message": "this verifier does not accept ES256 signatures"}]
    assert verifier.http.posted(RESPONSE_URI) == []


@pytest.mark.parametrize("lang, sentence", [("en", "not offered: {name} — this verifier does not accept ES256 "
                                                   "signatures"),
                                            ("fr", "non proposé : {name} — ce vérificateur n'accepte pas les "
                                                   "signatures ES256")])
def test_respond_text_lists_it_as_not_offered_before_consent(cli, scripted, lang, sentence):
    verifier, es256 = scripted
    name = json.loads(cli("show", es256, "--json")[1])["name"]
    link = verifier.ask(datetime.now(UTC), [], fmt="jwt_vc_json", client_metadata=EDDSA_ONLY)
    code, out, err = cli("--lang", lang, "respond", link, "--yes")
    assert code != 0 and f"{es256}  " + sentence.format(name=name) in out
    assert "ES256" in err
    assert verifier.http.posted(RESPONSE_URI) == []


def _alg(jwt: str) -> str:
    return json.loads(crypto.b64url_decode(jwt.split(".")[0]))["alg"]


def test_a_verifier_taking_only_ed25519_for_the_vp_jwt_is_offered_it_and_sent_it_so_named(app):
    """RFC 9864's fully-specified name of the wallet's signature: the ES256 credential and an Ed25519 VP JWT."""
    es256 = stored(app, ES256_VC.read_bytes())
    verifier = ScriptedVerifier()
    link = verifier.ask(DEFAULT_NOW, [], fmt="jwt_vc_json",
                        client_metadata={"vp_formats_supported": {"jwt_vc_json": {"alg_values": ["ES256", "Ed25519"]}}})
    prepared = responding.prepare(app, verifier.http, link)
    [query] = prepared.view.queries
    assert [m[0] for m in query.matches] == [es256] and query.unavailable == ()
    responding.send(app, verifier.http, prepared, responding.selection(prepared.view, []))
    [vp] = verifier.last_answer()["badge"]
    assert _alg(vp) == "Ed25519"
    payload = json.loads(crypto.b64url_decode(vp.split(".")[1]))
    assert payload["vp"]["verifiableCredential"] == [ES256_VC.read_text().strip()]


def test_a_verifier_taking_only_ed25519_key_binding_jwts_gets_one_so_named(app, tmp_path):
    mine = crypto.public_jwk(crypto.public_key_from_multikey(app.holder_keys()[0].public_multibase))
    sd_jwt = stored(app, issue({"cnf": {"jwk": mine}}).encode())
    metadata = {"vp_formats_supported": {"dc+sd-jwt": {"sd-jwt_alg_values": ["EdDSA"],
                                                       "kb-jwt_alg_values": ["Ed25519"]}}}
    verifier = ScriptedVerifier()
    link = verifier.ask(DEFAULT_NOW, [["given_name"]], fmt="dc+sd-jwt", meta={"vct_values": [VCT]},
                        client_metadata=metadata)
    prepared = responding.prepare(app, verifier.http, link)
    assert [m[0] for m in prepared.view.queries[0].matches] == [sd_jwt]
    responding.send(app, verifier.http, prepared, responding.selection(prepared.view, []))
    [token] = verifier.last_answer()["badge"]
    assert _alg(token.rsplit("~", 1)[1]) == "Ed25519"
    report = make_verifier(tmp_path).verify_presentation(token, challenge=prepared.request.nonce,
                                                         domain=prepared.request.client_id)
    assert report.outcome is Outcome.VERIFIED, report.to_dict()
