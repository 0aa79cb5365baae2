"""`satchel receive` says who the credentials came from only as far as the protocol establishes it: an
OpenID4VCI credential issuer (whose metadata at that address names it) with the name it gives itself; for a
VC-API exchange, only the website that ran it, not verified, and the origin the link names, not proven."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote, urlencode

from satchel.exchange import oid4vci

from .fakes import FakeHttp, reply

PEER = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "peer"
ISSUER = "https://issuer.example"
EXCHANGE = "https://exchanger.example/workflows/claim/exchanges/9"
CLAIMED = "https://university.example"


def _credential() -> dict:
    return json.loads((PEER / "cred-valid-eddsa-rdfc-2022-ob3.json").read_text())


def _exchanger(monkeypatch) -> FakeHttp:
    """A VC-API exchanger that asks only who the holder is, then hands over one credential."""
    vpr = {"query": [{"type": "DIDAuthentication"}], "challenge": "ch-1", "domain": "https://exchanger.example"}
    http = FakeHttp({("POST", EXCHANGE): [reply(200, {"verifiablePresentationRequest": vpr}),
                                          reply(200, {"verifiablePresentation": {
                                              "verifiableCredential": [_credential()]}})]})
    monkeypatch.setattr("satchel.services.receiving.exchange_http", lambda _app: http)
    return http


def _dccrequest(origin: str | None) -> str:
    request = {"protocols": {"vcapi": EXCHANGE}, **({"credentialRequestOrigin": origin} if origin else {})}
    return "dccrequest://request?request=" + quote(json.dumps(request))


def test_a_vcapi_exchange_names_the_website_it_went_through_as_not_verified(cli, monkeypatch):
    _exchanger(monkeypatch)
    code, out, err = cli("receive", _dccrequest(None))
    assert code == 0, err
    first, *items = out.splitlines()
    assert first == "Received 1 credential(s) through the website https://exchanger.example (not verified):"
    assert len(items) == 1 and "[" in items[0]


def test_the_origin_a_link_names_is_never_reported_as_the_issuer(cli, monkeypatch):
    _exchanger(monkeypatch)
    code, out, err = cli("receive", _dccrequest(CLAIMED), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["protocol"] == "vcapi"
    assert result["issuer"] is None and result["issuer_name"] is None
    assert result["website"] == "https://exchanger.example" and result["website_verified"] is False
    assert result["named_origin"] == CLAIMED
    assert [item["outcome"] for item in result["received"]] == ["verified"]


def test_an_lcw_link_with_an_issuer_parameter_reads_in_french_without_naming_it_the_issuer(cli, monkeypatch):
    http = FakeHttp({("POST", EXCHANGE): [reply(200, {"verifiablePresentation": {
        "verifiableCredential": [_credential()]}})]})
    monkeypatch.setattr("satchel.services.receiving.exchange_http", lambda _app: http)
    link = "https://lcw.app/request.html?" + urlencode({"issuer": CLAIMED, "challenge": "c-1",
                                                        "vc_request_url": EXCHANGE})
    code, out, err = cli("--lang", "fr", "receive", link)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "1 badge(s) reçu(s) par le site web https://exchanger.example (non vérifié) :"
    assert lines[1] == f"  Le lien dit venir de {CLAIMED} ; ce n'est pas prouvé."
    assert "émetteur" not in out


def _issuer(monkeypatch) -> str:
    """A scripted OpenID4VCI issuer (pre-authorized code, ldp_vc); returns its offer link."""
    config = "OpenBadge_ldp"
    metadata = {"credential_issuer": ISSUER, "credential_endpoint": f"{ISSUER}/credential",
                "nonce_endpoint": f"{ISSUER}/nonce",
                "display": [{"name": "Academy", "locale": "en"}, {"name": "Académie", "locale": "fr"}],
                "credential_configurations_supported": {config: {
                    "format": "ldp_vc", "proof_types_supported": {"jwt": {
                        "proof_signing_alg_values_supported": ["EdDSA"]}}}}}
    http = FakeHttp({
        ("GET", f"{ISSUER}/.well-known/openid-credential-issuer"): reply(200, metadata),
        ("GET", f"{ISSUER}/.well-known/oauth-authorization-server"): reply(200, {
            "issuer": ISSUER, "token_endpoint": f"{ISSUER}/token"}),
        ("POST", f"{ISSUER}/token"): reply(200, {"access_token": "at-1", "token_type": "Bearer"}),
        ("POST", f"{ISSUER}/nonce"): reply(200, {"c_nonce": "n-1"}),
        ("POST", f"{ISSUER}/credential"): reply(200, {"credentials": [{"credential": _credential()}]}),
    })
    monkeypatch.setattr("satchel.services.receiving.exchange_http", lambda _app: http)
    offer = {"credential_issuer": ISSUER, "credential_configuration_ids": [config],
             "grants": {oid4vci.PRE_AUTHORIZED: {"pre-authorized_code": "code-1"}}}
    return "openid-credential-offer://?credential_offer=" + quote(json.dumps(offer))


def test_an_openid4vci_offer_names_its_issuer_and_the_name_it_gives_itself(cli, monkeypatch):
    link = _issuer(monkeypatch)
    code, out, err = cli("receive", link)
    assert code == 0, err
    assert out.splitlines()[0] == ("Received 1 credential(s) from the issuer https://issuer.example "
                                   "(“Academy”, the name it gives itself):")
    code, out, err = cli("--lang", "fr", "receive", _issuer(monkeypatch), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert (result["issuer"], result["issuer_name"]) == (ISSUER, "Académie")
    assert "website" not in result


def test_an_openid4vci_offer_reads_in_french(cli, monkeypatch):
    code, out, err = cli("--lang", "fr", "receive", _issuer(monkeypatch))
    assert code == 0, err
    assert out.splitlines()[0] == ("1 badge(s) reçu(s) de l'émetteur https://issuer.example "
                                   "(« Académie », le nom qu'il se donne) :")
