"""SD-JWT VC presentations (selected disclosures + key-binding JWT) checked by the verifier peer's
``sd-jwt-verify``, with an SD-JWT the peer issued to a Satchel holder key."""

from __future__ import annotations

import json
import subprocess

import pytest

from satchel import crypto
from satchel.clock import SystemClock
from satchel.exchange import Holder, oid4vp, presenting

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
