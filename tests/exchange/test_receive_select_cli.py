"""`satchel receive --select ID` answers a VC-API QueryByExample with the chosen stored credentials, and
stores what the exchanger hands over (a scripted exchanger; the issuer peer asks only for DIDAuth)."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from .fakes import FakeHttp, reply

PEER = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "peer"
EXCHANGE = "https://issuer.example/workflows/claim/exchanges/9"


def test_receive_select_answers_query_by_example(cli, monkeypatch):
    held = (PEER / "cred-valid-eddsa-rdfc-2022-ob3.json").read_bytes()
    code, out, err = cli("import", str(PEER / "cred-valid-eddsa-rdfc-2022-ob3.json"), "--json")
    assert code == 0, err
    held_id = json.loads(out)[0]["added"][0]
    new = json.loads((PEER / "cred-valid-ecdsa-rdfc-2019-p256-ob3.json").read_text())
    vpr = {"query": [{"type": "DIDAuthentication"},
                     {"type": "QueryByExample", "credentialQuery": {"example": {"type": "OpenBadgeCredential"}}}],
           "challenge": "ch-9", "domain": "https://issuer.example"}
    http = FakeHttp({("POST", EXCHANGE): [reply(200, {"verifiablePresentationRequest": vpr}),
                                          reply(200, {"verifiablePresentation": {"verifiableCredential": [new]}})]})
    monkeypatch.setattr("satchel.services.receiving.exchange_http", lambda _app: http)
    link = "dccrequest://request?request=" + quote(json.dumps({"protocols": {"vcapi": EXCHANGE}}))
    code, out, err = cli("receive", link, "--select", held_id[:8], "--json")
    assert code == 0, err
    [item] = json.loads(out)["received"]
    assert item["new"] and item["outcome"] == "verified"
    vp = http.posted(EXCHANGE)[1]["json"]["verifiablePresentation"]
    assert vp["verifiableCredential"] == [json.loads(held)]
    assert vp["proof"]["challenge"] == "ch-9"


def test_receive_without_select_sends_nothing_when_credentials_are_asked(cli, monkeypatch):
    vpr = {"query": {"type": "QueryByExample"}, "challenge": "c"}
    http = FakeHttp({("POST", EXCHANGE): [reply(200, {"verifiablePresentationRequest": vpr})]})
    monkeypatch.setattr("satchel.services.receiving.exchange_http", lambda _app: http)
    link = "dccrequest://request?request=" + quote(json.dumps({"protocols": {"vcapi": EXCHANGE}}))
    code, _, err = cli("receive", link)
    assert code == 1 and "nothing was sent" in err
    assert len(http.posted(EXCHANGE)) == 1  # only the opening POST {}


def test_a_refusal_is_a_json_answer_with_json(cli):
    link = "openid4vp://?client_id=origin%3Ahttps%3A%2F%2Fverifier.example&request_uri=https%3A%2F%2Fverifier.example%2Fr"
    code, out, _ = cli("respond", link, "--yes", "--json")
    assert code == 1
    assert json.loads(out) == {
        "refused": "origin_prefix", "sent": False,
        "message": "The request uses an 'origin:' client identifier, reserved for the browser API."}
    code, out, err = cli("respond", link, "--yes")
    assert code == 1 and out == "" and "origin:" in err


def test_receive_lists_what_answers_and_never_sends_a_credential_that_does_not(cli, monkeypatch):
    code, out, err = cli("import", str(PEER / "cred-valid-eddsa-rdfc-2022-ob3.json"), "--json")
    assert code == 0, err
    held_id = json.loads(out)[0]["added"][0]
    vpr = {"query": {"type": "QueryByExample", "credentialQuery": {"reason": "Prior learning",
                                                                    "example": {"type": "ClrCredential"}}},
           "challenge": "c"}
    http = FakeHttp({("POST", EXCHANGE): [reply(200, {"verifiablePresentationRequest": vpr})]})
    monkeypatch.setattr("satchel.services.receiving.exchange_http", lambda _app: http)
    link = "dccrequest://request?request=" + quote(json.dumps({"protocols": {"vcapi": EXCHANGE}}))
    code, _, err = cli("receive", link, "--select", held_id[:8])
    assert code == 1 and "nothing was sent" in err
    assert "The exchanger asks for: ClrCredential" in err and "Reason given: Prior learning" in err
    assert "(no matching credential in your wallet)" in err
    assert len(http.posted(EXCHANGE)) == 1

    vpr["query"]["credentialQuery"]["example"]["type"] = "OpenBadgeCredential"
    http.routes[("POST", EXCHANGE)] = [reply(200, {"verifiablePresentationRequest": vpr})]
    code, _, err = cli("receive", link)
    assert code == 1 and held_id in err  # the id to give with --select
