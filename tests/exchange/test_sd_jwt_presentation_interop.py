"""SD-JWT VC presentations (selected disclosures + key-binding JWT) checked by the verifier peer's
``sd-jwt-verify``, with an SD-JWT the peer issued to a Satchel holder key; and `satchel respond` to the peer's
OpenID4VP request with a DCQL array wildcard, with a credential bound to another key (not offered, nothing sent),
and with ``require_cryptographic_holder_binding: false`` (the peer's server still requires a key binding JWT, so
an answer without one is checked with ``sd-jwt-verify --no-kb``)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from satchel import crypto
from satchel.clock import SystemClock
from satchel.exchange import Holder, oid4vp, presenting

from .peers import start_verifier

pytestmark = pytest.mark.interop

AUD = "x509_san_dns:verifier.example"


def peer(verifier_peer, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["node", "verifier-peer.mjs", *args], check=False, cwd=verifier_peer,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("paths, disclosed", [
    ((("given_name",),), {"given_name"}),
    ((("achievement", "name"),), {"achievement", "achievement.name"}),
    ((), {"given_name", "family_name", "email", "birthdate", "achievement", "achievement.name",
          "achievement.description", "achievement.achievement_type"}),
])
def test_verifier_peer_accepts_satchel_sd_jwt_presentations(paths, disclosed, verifier_peer, tmp_path):
    secret, multikey = crypto.generate_ed25519()
    did = crypto.did_key_for(multikey)
    holder = Holder(did, f"{did}#{multikey}", secret)
    (tmp_path / "holder.jwk").write_text(json.dumps(crypto.public_jwk(crypto.public_key_from_multikey(multikey))))
    done = peer(verifier_peer, "sd-jwt-issue", "--out", str(tmp_path / "cred.sdjwt"), "--holder-jwk",
                str(tmp_path / "holder.jwk"))
    assert done.returncode == 0, done.stderr
    request = oid4vp.Request(AUD, "x509_san_dns", "verifier.example", True, "direct_post",
                             "https://verifier.example/r", "nonce-42", None, {})
    token = presenting.sd_jwt_presentation(holder, (tmp_path / "cred.sdjwt").read_text().strip(), paths, request,
                                           SystemClock().now())
    (tmp_path / "vp.txt").write_text(token)
    done = peer(verifier_peer, "sd-jwt-verify", "--in", str(tmp_path / "vp.txt"), "--nonce", "nonce-42",
                "--aud", AUD, "--issuer-jwk", str(tmp_path / "cred.sdjwt.issuer.json"))
    result = json.loads(done.stdout)
    assert result["verified"] is True, result["errors"]
    assert set(result["disclosed_claims"]) == disclosed
    wrong = peer(verifier_peer, "sd-jwt-verify", "--in", str(tmp_path / "vp.txt"), "--nonce", "other",
                 "--aud", AUD, "--issuer-jwk", str(tmp_path / "cred.sdjwt.issuer.json"))
    assert wrong.returncode == 1


DEGREES = {"given_name": "Ada", "family_name": "Lovelace",
           "degrees": [{"type": "BSc", "name": "Mathematics"}, {"type": "MSc", "name": "Engines"}]}
VCT = "https://credentials.example.com/achievement_credential"


def _issued_to(cli, verifier_peer, tmp_path, jwk: str) -> Path:
    (tmp_path / "holder.jwk").write_text(jwk)
    done = peer(verifier_peer, "sd-jwt-issue", "--out", str(tmp_path / "cred.sdjwt"), "--holder-jwk",
                str(tmp_path / "holder.jwk"), "--claims", json.dumps(DEGREES))
    assert done.returncode == 0, done.stderr
    code, _, err = cli("import", str(tmp_path / "cred.sdjwt"))
    assert code == 0, err
    return tmp_path / "cred.sdjwt.issuer.json"


def _wildcard_request(verifier_peer, tmp_path, issuer: Path):
    query = {"credentials": [{"id": "degrees", "format": "dc+sd-jwt", "meta": {"vct_values": [VCT]},
                              "claims": [{"path": ["degrees", None, "type"]}, {"path": ["given_name"]}]}]}
    (tmp_path / "dcql.json").write_text(json.dumps(query))
    return start_verifier(verifier_peer, tmp_path / "peer", "--once", "--client-id-prefix", "x509_san_dns",
                          "--format", "dc+sd-jwt", "--dcql", str(tmp_path / "dcql.json"), "--issuer-jwk", str(issuer))


def test_a_dcql_array_wildcard_is_answered_and_accepted_by_the_verifier_peer(cli, trust, verifier_peer, tmp_path):
    """`satchel respond` to a DCQL query with ``["degrees", null, "type"]``: the peer's dcql library finds the
    query satisfied, and only the asked claims are disclosed (the peer's issuer makes each top-level claim one
    disclosure, so the whole ``degrees`` array goes with its wildcard)."""
    code, jwk, err = cli("did", "--jwk")
    assert code == 0, err
    issuer = _issued_to(cli, verifier_peer, tmp_path, jwk)
    verifier = _wildcard_request(verifier_peer, tmp_path, issuer)
    trust(verifier)
    code, _, err = cli("respond", verifier.ready["authorization_request"], "--yes")
    assert verifier.wait() == 0, verifier.result()
    result = verifier.result()
    assert code == 0, err
    assert result["verified"] is True and result["dcql"]["satisfied"] is True, result["errors"]
    assert set(result["disclosed_claims"]) == {"degrees", "given_name"}  # not family_name


def test_a_credential_bound_to_another_key_is_not_offered_and_nothing_is_sent(cli, trust, verifier_peer, tmp_path):
    other = crypto.public_jwk(crypto.public_key_from_multikey(crypto.generate_ed25519()[1]))
    issuer = _issued_to(cli, verifier_peer, tmp_path, json.dumps(other))
    verifier = _wildcard_request(verifier_peer, tmp_path, issuer)
    trust(verifier)
    code, out, err = cli("respond", verifier.ready["authorization_request"], "--yes")
    assert "not offered:" in out and "bound to another key than this wallet's" in out, out  # before consent
    assert code == 1 and "the verifier asks for proof that it is yours" in err, err
    verifier.stop()
    assert verifier.result()["received"] is False


def test_without_required_holder_binding_the_peer_accepts_a_bound_credential_with_its_key_binding(
        cli, trust, verifier_peer, tmp_path):
    """DCQL ``require_cryptographic_holder_binding: false``: a credential bound to the wallet key still gets its key
    binding JWT (OpenID4VP 1.0 §B.3 makes leaving it out a MAY), and the peer accepts the answer."""
    code, jwk, err = cli("did", "--jwk")
    assert code == 0, err
    issuer = _issued_to(cli, verifier_peer, tmp_path, jwk)
    query = {"credentials": [{"id": "degrees", "format": "dc+sd-jwt", "meta": {"vct_values": [VCT]},
                              "claims": [{"path": ["given_name"]}], "require_cryptographic_holder_binding": False}]}
    (tmp_path / "dcql.json").write_text(json.dumps(query))
    verifier = start_verifier(verifier_peer, tmp_path / "peer", "--once", "--client-id-prefix", "x509_san_dns",
                              "--format", "dc+sd-jwt", "--dcql", str(tmp_path / "dcql.json"),
                              "--issuer-jwk", str(issuer))
    trust(verifier)
    code, _, err = cli("respond", verifier.ready["authorization_request"], "--yes")
    assert verifier.wait() == 0, verifier.result()
    assert code == 0, err
    assert verifier.result()["verified"] is True and set(verifier.result()["disclosed_claims"]) == {"given_name"}


def test_an_answer_without_key_binding_is_what_the_peer_verifies_without_one(verifier_peer, tmp_path):
    """A credential bound to a key this wallet does not hold, asked for without holder binding, goes without a key
    binding JWT: the peer's ``sd-jwt-verify --no-kb`` accepts it, and refuses it when key binding is required (so
    the first answer is a real check)."""
    secret, multikey = crypto.generate_ed25519()
    did = crypto.did_key_for(multikey)
    other = crypto.public_jwk(crypto.public_key_from_multikey(crypto.generate_ed25519()[1]))
    (tmp_path / "other.jwk").write_text(json.dumps(other))
    done = peer(verifier_peer, "sd-jwt-issue", "--out", str(tmp_path / "cred.sdjwt"), "--holder-jwk",
                str(tmp_path / "other.jwk"))
    assert done.returncode == 0, done.stderr
    request = oid4vp.Request(AUD, "x509_san_dns", "verifier.example", True, "direct_post",
                             "https://verifier.example/r", "nonce-42", None, {})
    token = presenting.sd_jwt_presentation(Holder(did, f"{did}#{multikey}", secret),
                                           (tmp_path / "cred.sdjwt").read_text().strip(), (("given_name",),), request,
                                           SystemClock().now(), holder_binding=False)
    assert token.endswith("~") and token.count("~") == 2  # issuer JWT ~ given_name ~ (no key binding JWT)
    (tmp_path / "answer.txt").write_text(token)
    issuer = str(tmp_path / "cred.sdjwt.issuer.json")
    done = peer(verifier_peer, "sd-jwt-verify", "--in", str(tmp_path / "answer.txt"), "--no-kb", "--issuer-jwk", issuer)
    result = json.loads(done.stdout)
    assert result["verified"] is True, result["errors"]
    assert result["disclosed_claims"] == ["given_name"]
    required = peer(verifier_peer, "sd-jwt-verify", "--in", str(tmp_path / "answer.txt"), "--nonce", "nonce-42",
                    "--aud", AUD, "--issuer-jwk", issuer)
    assert required.returncode == 1 and "Key Binding JWT" in required.stdout  # "…not exist"
