"""`satchel receive` end to end against the offline issuer peer (OpenID4VCI 1.0 and a DCC VC-API exchange).

The peer is the judge: ``--once`` makes it exit 0 after issuing and 1 after a client protocol error, and its
``events.jsonl`` logs every mistake as ``level: error``. What Satchel stores must verify and be bound to
the wallet's own did:key.
"""

from __future__ import annotations

import json

import pytest

from .peers import start_issuer

pytestmark = pytest.mark.interop


def received(cli, *argv: str) -> dict:
    code, out, err = cli("receive", *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def holder_did(cli) -> str:
    code, out, err = cli("did")
    assert code == 0, err
    return out.strip()


def assert_clean(peer) -> None:
    errors = [e for e in peer.events() if e.get("level") == "error"]
    assert errors == []


@pytest.mark.parametrize("fmt, args", [
    ("ldp_vc", ["--tx-code", "493817"]),
    ("ldp_vc", ["--by-reference"]),
    ("jwt_vc_json", ["--alg", "EdDSA", "--by-reference", "--tx-code", "SECRET7"]),
    ("jwt_vc_json", ["--alg", "ES256"]),
])
def test_openid4vci_offer_is_received_verified_and_bound_to_the_holder(fmt, args, cli, trust, issuer_peer, tmp_path):
    peer = start_issuer(issuer_peer, tmp_path / "peer", "oid4vci", "--once", "--format", fmt, *args)
    trust(peer)
    tx = args[args.index("--tx-code") + 1] if "--tx-code" in args else None
    result = received(cli, peer.ready["offer_uri"], *(["--tx-code", tx] if tx else []))
    assert peer.wait() == 0
    assert_clean(peer)
    assert result["issuer_name"] and result["issuer"] == peer.ready["issuer_url"]
    [item] = result["received"]
    assert item["new"] and item["format"] == fmt and item["outcome"] == "verified"
    issued = json.loads((peer.out / "issued.json").read_text())
    assert issued["holder"]["did"] == holder_did(cli)
    code, out, _ = cli("show", item["id"], "--json")
    assert code == 0 and json.loads(out)["source"] == f"openid4vci:{peer.ready['issuer_url']}"


def test_offer_by_reference_is_fetched_exactly_once(cli, trust, issuer_peer, tmp_path):
    peer = start_issuer(issuer_peer, tmp_path / "peer", "oid4vci", "--by-reference")
    trust(peer)
    received(cli, peer.ready["offer_uri"])
    fetches = [e for e in peer.events() if e.get("event") == "http_request" and e["path"].startswith("/offers/")]
    assert len(fetches) == 1
    # The same link again: the issuer serves its offer only once, and Satchel says so.
    code, _, err = cli("receive", peer.ready["offer_uri"])
    peer.stop()
    assert code == 1 and "404" in err


def test_invalid_nonce_gets_a_fresh_nonce_and_one_retry(cli, trust, issuer_peer, tmp_path):
    peer = start_issuer(issuer_peer, tmp_path / "peer", "oid4vci", "--once", "--flaky-nonce")
    trust(peer)
    result = received(cli, peer.ready["offer_uri"])
    assert peer.wait() == 0
    assert_clean(peer)
    assert result["received"][0]["outcome"] == "verified"
    nonces = [e for e in peer.events() if e.get("event") == "http_request" and e["path"] == "/nonce"]
    assert len(nonces) == 2


def test_wrong_transaction_code_is_refused_and_nothing_is_stored(cli, trust, issuer_peer, tmp_path):
    peer = start_issuer(issuer_peer, tmp_path / "peer", "oid4vci", "--once", "--tx-code", "1234")
    trust(peer)
    code, _, err = cli("receive", peer.ready["offer_uri"], "--tx-code", "9999")
    assert code == 1 and "transaction code" in err
    assert peer.wait() == 1  # the peer logs the client's error and exits 1, as documented
    code, out, _ = cli("list")
    assert "No credentials yet" in out


def test_a_missing_transaction_code_is_asked_for_before_anything_is_sent(cli, trust, issuer_peer, tmp_path):
    peer = start_issuer(issuer_peer, tmp_path / "peer", "oid4vci", "--tx-code", "1234")
    trust(peer)
    code, _, err = cli("receive", peer.ready["offer_uri"])
    peer.stop()
    assert code == 2 and "--tx-code" in err
    assert not [e for e in peer.events() if e.get("event") == "http_request" and e["path"] == "/token"]


def test_sd_jwt_vc_is_stored_and_verified_with_the_issuers_metadata(cli, trust, issuer_peer, tmp_path):
    # Not --once: the peer would exit before Satchel fetches /.well-known/jwt-vc-issuer to verify.
    peer = start_issuer(issuer_peer, tmp_path / "peer", "oid4vci", "--format", "dc+sd-jwt", "--tx-code", "77")
    trust(peer)
    result = received(cli, peer.ready["offer_uri"], "--tx-code", "77")
    peer.stop()
    assert_clean(peer)
    [item] = result["received"]
    assert item["format"] == "dc+sd-jwt" and item["outcome"] == "verified"
    checks = {c["name"]: c for c in item["report"]["checks"]}
    assert checks["signature"]["details"]["metadata"] == f"{peer.ready['issuer_url']}/.well-known/jwt-vc-issuer"
    _, out, _ = cli("show", item["id"], "--json")
    shown = json.loads(out)
    assert shown["format"] == "sd-jwt-vc" and shown["name"] == "Introduction to Interop Testing"
    assert shown["subject"] == "Ada Lovelace"
    _, raw, _ = cli("show", item["id"], "--raw")
    issued = json.loads((peer.out / "issued.json").read_text())
    assert raw.strip() == issued["credential"].strip()  # stored exactly as received


def test_the_test_ca_is_not_trusted_without_the_setting(cli, issuer_peer, tmp_path):
    peer = start_issuer(issuer_peer, tmp_path / "peer", "oid4vci")
    code, _, err = cli("receive", peer.ready["offer_uri"])
    peer.stop()
    assert code == 1 and "could not be reached" in err


@pytest.mark.parametrize("link, args", [
    ("lcw", []),
    ("dccrequest", ["--reply", "vcapi", "--suite", "Ed25519Signature2020"]),
    ("interaction", ["--two-step"]),
    ("dccrequest", ["--two-step", "--reply", "vp"]),
])
def test_dcc_exchange_links(link, args, cli, trust, issuer_peer, tmp_path):
    peer = start_issuer(issuer_peer, tmp_path / "peer", "dcc-exchange", "--once", *args)
    trust(peer)
    result = received(cli, peer.ready["links"][link])
    assert peer.wait() == 0
    assert_clean(peer)
    # nothing in the link proves who runs the exchange: no issuer, the website, not verified
    assert result["issuer"] is None and result["website_verified"] is False
    assert result["website"].startswith("https://127.0.0.1:") and result["named_origin"] is None
    [item] = result["received"]
    assert item["outcome"] == "verified"
    issued = json.loads((peer.out / "issued.json").read_text())
    assert issued["holder"]["did"] == holder_did(cli)


def test_a_received_sd_jwt_vc_verifies_again_later_over_the_same_settings(cli, trust, issuer_peer, tmp_path,
                                                                          monkeypatch):
    """Its issuer metadata is kept in the document cache; once too old it is fetched again over the same network
    settings as the exchange (here the test settings: loopback, the peer's CA), so the verdict is the same; when it
    cannot be had, the signature is unknown and says why."""
    from datetime import UTC, datetime, timedelta

    def verify_at(cred_id: str, days: int) -> dict:
        when = (datetime.now(UTC) + timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")
        _, out, _ = cli("verify", cred_id, "--now", when, "--json")
        report = json.loads(out)
        return {"outcome": report["outcome"], **{c["name"]: c for c in report["checks"]}}

    def metadata_fetches() -> int:
        return len([e for e in peer.events() if e.get("event") == "http_request"
                    and e["path"] == "/.well-known/jwt-vc-issuer"])

    peer = start_issuer(issuer_peer, tmp_path / "peer", "oid4vci", "--format", "dc+sd-jwt")
    trust(peer)
    [item] = received(cli, peer.ready["offer_uri"])["received"]
    assert item["outcome"] == "verified" and metadata_fetches() == 1
    assert verify_at(item["id"], 0)["outcome"] == "verified" and metadata_fetches() == 1  # the kept copy
    later = verify_at(item["id"], 8)  # older than the 7-day maximum age: fetched again, as the exchange did
    assert later["outcome"] == "verified" and metadata_fetches() == 2
    peer.stop()
    gone = verify_at(item["id"], 16)
    assert gone["outcome"] == "unknown" and gone["signature"]["message"] == "signature.stale"
    code, _, _ = cli("cache", "clear")
    assert code == 0
    monkeypatch.delenv("SATCHEL_ALLOW_LOOPBACK")
    refused = verify_at(item["id"], 0)
    assert refused["outcome"] == "unknown" and refused["signature"]["message"] == "signature.key_refused"
    assert refused["signature"]["params"]["host"] == peer.ready["issuer_url"].removeprefix("https://")
