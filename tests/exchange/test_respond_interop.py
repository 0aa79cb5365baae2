"""`satchel respond` end to end against the offline OpenID4VP verifier peer.

Credentials are first received from the issuer peer (so they are bound to the wallet's did:key), then
presented for every client identifier prefix with both response modes; the verifier's result.json is the
judge. Every attack mode must end with ``wallet_sent: false``.
"""

from __future__ import annotations

import json
import shutil
import ssl
import urllib.request

import pytest

from satchel import crypto
from satchel.exchange import oid4vp, presenting, vp_formats

from .conftest import PASS, Cli
from .peers import start_issuer, start_verifier

pytestmark = pytest.mark.interop

PREFIXES = ("redirect_uri", "decentralized_identifier", "x509_san_dns", "x509_hash")
MODES = ("direct_post", "direct_post.jwt")
ATTACKS = ("unknown-transaction-data", "client-id-mismatch", "redirect-response-uri", "origin-prefix",
           "expired-request")


@pytest.fixture(scope="session")
def stocked_home(issuer_peer, tmp_path_factory):
    """A wallet holding an ldp_vc, a jwt_vc_json and an SD-JWT VC received from the issuer peer; the
    SD-JWT issuer's metadata is saved next to it (``sd-jwt-issuer.json``, with its ``vct``) for the
    verifier peer, which trusts SD-JWT issuers only by their key."""
    mp = pytest.MonkeyPatch()
    home = tmp_path_factory.mktemp("stocked") / "home"
    for var in ("SATCHEL_PASSPHRASE", "SATCHEL_NEW_PASSPHRASE"):
        mp.setenv(var, PASS)
    mp.setenv("SATCHEL_ALLOW_LOOPBACK", "1")
    from satchel.cli.main import main
    try:
        assert main(["--home", str(home), "init"]) == 0
        for fmt in ("ldp_vc", "jwt_vc_json"):
            peer = start_issuer(issuer_peer, home.parent / fmt, "oid4vci", "--once", "--format", fmt)
            mp.setenv("SATCHEL_EXTRA_CA_FILE", peer.ca)
            assert main(["--home", str(home), "receive", peer.ready["offer_uri"]]) == 0
            assert peer.wait() == 0
        peer = start_issuer(issuer_peer, home.parent / "sd", "oid4vci", "--format", "dc+sd-jwt")
        mp.setenv("SATCHEL_EXTRA_CA_FILE", peer.ca)
        assert main(["--home", str(home), "receive", peer.ready["offer_uri"]]) == 0
        context = ssl.create_default_context(cafile=peer.ca)
        url = f"{peer.ready['issuer_url']}/.well-known/jwt-vc-issuer"
        with urllib.request.urlopen(url, context=context, timeout=10) as reply:
            (home.parent / "sd-jwt-issuer.json").write_bytes(reply.read())
        issued = json.loads((peer.out / "issued.json").read_text())
        (home.parent / "sd-jwt-vct.txt").write_text(issued["decoded"]["claims"]["vct"])
        peer.stop()
    finally:
        mp.undo()
    return home


@pytest.fixture
def wallet(stocked_home, tmp_path, capsys, monkeypatch):
    home = tmp_path / "home"
    shutil.copytree(stocked_home, home)
    for var in ("SATCHEL_PASSPHRASE", "SATCHEL_NEW_PASSPHRASE"):
        monkeypatch.setenv(var, PASS)
    monkeypatch.setenv("SATCHEL_LANG", "en")
    monkeypatch.setenv("SATCHEL_ALLOW_LOOPBACK", "1")
    return Cli(home, capsys)


def respond(wallet, trust, peer, *extra: str) -> tuple[int, str, str]:
    trust(peer)
    return wallet("respond", peer.ready["authorization_request"], *extra)


@pytest.mark.parametrize("fmt", ["ldp_vc", "jwt_vc_json"])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("prefix", PREFIXES)
def test_each_prefix_and_response_mode_is_verified(prefix, mode, fmt, wallet, trust, verifier_peer, tmp_path):
    peer = start_verifier(verifier_peer, tmp_path / "peer", "--once", "--client-id-prefix", prefix,
                          "--response-mode", mode, "--format", fmt)
    code, out, err = respond(wallet, trust, peer, "--yes", "--json")
    assert peer.wait() == 0
    result = peer.result()
    assert result["verified"] is True, result["errors"]
    assert result["encrypted"] is (mode == "direct_post.jwt")
    assert code == 0, err
    answer = json.loads(out)
    assert answer["accepted"] and answer["client_id"] == peer.ready["client_id"]
    assert answer["verified_client"] is (prefix != "redirect_uri")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("prefix", ["x509_san_dns", "decentralized_identifier"])
def test_sd_jwt_vc_discloses_only_what_is_asked(prefix, mode, stocked_home, wallet, trust, verifier_peer, tmp_path):
    vct = (stocked_home.parent / "sd-jwt-vct.txt").read_text()
    peer = start_verifier(verifier_peer, tmp_path / "peer", "--once", "--client-id-prefix", prefix, "--response-mode",
                          mode, "--format", "dc+sd-jwt", "--vct", vct, "--claims", "given_name,achievement_name",
                          "--issuer-jwk", str(stocked_home.parent / "sd-jwt-issuer.json"))
    code, _, err = respond(wallet, trust, peer, "--yes")
    assert peer.wait() == 0
    result = peer.result()
    assert result["verified"] is True, result["errors"]
    assert set(result["disclosed_claims"]) == {"given_name", "achievement_name"}
    assert code == 0, err


def _without_eddsa(read):
    """vp_formats.read, with ``EdDSA`` taken out of the JWT formats' alg lists: the peer's request as from a verifier
    listing only ``Ed25519`` (RFC 9864's fully-specified name) for the wallet's signatures (the peer lists both)."""
    def wrapped(client_metadata):
        accepted = read(client_metadata)
        return vp_formats.Accepted({fmt: {p: v - {"EdDSA"} if fmt != "ldp_vc" else v for p, v in params.items()}
                                    for fmt, params in accepted.formats.items()})
    return wrapped


@pytest.mark.parametrize("fmt", ["jwt_vc_json", "dc+sd-jwt"])
def test_a_vp_jwt_or_key_binding_jwt_signed_ed25519_is_verified_by_the_peer(fmt, stocked_home, wallet, trust,
                                                                            verifier_peer, tmp_path, monkeypatch):
    monkeypatch.setattr(oid4vp.vp_formats, "read", _without_eddsa(vp_formats.read))
    sent: list[dict] = []
    real_post = presenting.post
    monkeypatch.setattr(presenting, "post", lambda http, request, vp_token: (sent.append(vp_token),
                                                                           real_post(http, request, vp_token))[1])
    extra = ("--vct", (stocked_home.parent / "sd-jwt-vct.txt").read_text(), "--issuer-jwk",
             str(stocked_home.parent / "sd-jwt-issuer.json")) if fmt == "dc+sd-jwt" else ()
    peer = start_verifier(verifier_peer, tmp_path / "peer", "--once", "--client-id-prefix", "x509_san_dns",
                          "--format", fmt, *extra)
    code, _, err = respond(wallet, trust, peer, "--yes")
    assert peer.wait() == 0
    result = peer.result()
    assert result["verified"] is True, result["errors"]
    assert code == 0, err
    [[presentation]] = list(sent[0].values())  # one query, one presentation
    signed_by_wallet = presentation if fmt == "jwt_vc_json" else presentation.rsplit("~", 1)[1]
    assert json.loads(crypto.b64url_decode(signed_by_wallet.split(".")[0]))["alg"] == "Ed25519"


@pytest.mark.parametrize("prefix", ["redirect_uri", "x509_san_dns"])
def test_request_by_value(prefix, wallet, trust, verifier_peer, tmp_path):
    peer = start_verifier(verifier_peer, tmp_path / "peer", "--once", "--by-value", "--client-id-prefix", prefix)
    code, _, err = respond(wallet, trust, peer, "--yes")
    assert peer.wait() == 0 and peer.result()["verified"] is True
    assert code == 0, err


def test_request_uri_fetched_with_post_and_a_wallet_nonce(wallet, trust, verifier_peer, tmp_path):
    peer = start_verifier(verifier_peer, tmp_path / "peer", "--once", "--client-id-prefix", "x509_hash")
    trust(peer)
    code, _, err = wallet("respond", peer.ready["authorization_request"] + "&request_uri_method=post", "--yes")
    assert peer.wait() == 0 and peer.result()["verified"] is True
    assert code == 0, err
    [fetched] = [e for e in peer.events() if e["event"] == "request_fetched"]
    assert fetched["method"] == "POST" and fetched["wallet_nonce"]


def test_the_consent_summary_names_the_unverified_website_and_the_match(wallet, trust, verifier_peer, tmp_path):
    peer = start_verifier(verifier_peer, tmp_path / "peer", "--client-id-prefix", "redirect_uri")
    code, out, err = respond(wallet, trust, peer)  # no --yes and no terminal: no consent
    peer.stop()
    assert code == 2 and "Nothing was sent" in err
    assert "unverified website" in out and "ob3_ldp" in out and "Introduction to Interop Testing" in out
    assert peer.result()["received"] is False


@pytest.mark.parametrize("attack", ATTACKS)
@pytest.mark.parametrize("prefix, by_value", [("redirect_uri", True), ("x509_san_dns", False)])
def test_attacks_get_nothing(attack, prefix, by_value, wallet, trust, verifier_peer, tmp_path):
    peer = start_verifier(verifier_peer, tmp_path / "peer", "--client-id-prefix", prefix, "--attack", attack,
                          *(["--by-value"] if by_value else []))
    code, _, err = respond(wallet, trust, peer, "--yes")
    assert peer.stop() == 0
    result = peer.result()
    assert result["wallet_sent"] is False
    assert code == 1 and "satchel:" in err
    if attack == "redirect-response-uri":
        assert "did not follow" in err and result["followed_redirect"] is False
    else:
        assert result["sent"] == []


@pytest.mark.parametrize("fmt", ["ldp_vc", "jwt_vc_json", "dc+sd-jwt"])
def test_the_peer_vp_formats_supported_is_read_and_the_answer_keeps_to_it(fmt, stocked_home, wallet, trust,
                                                                          verifier_peer, tmp_path):
    """The peer lists, per format, the proof types, cryptosuites and algs it accepts (it has no option to narrow
    them): Satchel reads them, offers its credential of that format, and the peer verifies the answer."""
    sd_jwt = ("--vct", (stocked_home.parent / "sd-jwt-vct.txt").read_text(), "--issuer-jwk",
              str(stocked_home.parent / "sd-jwt-issuer.json")) if fmt == "dc+sd-jwt" else ()
    peer = start_verifier(verifier_peer, tmp_path / "peer", "--once", "--client-id-prefix", "x509_san_dns",
                          "--format", fmt, *sd_jwt)
    assert set(peer.ready["client_metadata"]["vp_formats_supported"]) == {fmt}
    code, out, err = respond(wallet, trust, peer, "--yes", "--json")
    assert peer.wait() == 0
    result = peer.result()
    assert result["verified"] is True, result["errors"]
    answer = json.loads(out)
    assert code == 0, err
    assert answer["accepted"] and answer["not_offered"] == [] and len(answer["sent"]) == 1
