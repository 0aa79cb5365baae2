"""Issue #4: a VP made by `satchel present` verifies in the reference JavaScript verifier; tampered, it fails
in Satchel."""

from __future__ import annotations

import json

import pytest

from tests.vc_core.test_peer_interop import run_peer

pytestmark = pytest.mark.interop


@pytest.mark.parametrize("names", [
    ["cred-valid-eddsa-rdfc-2022-ob3.json", "cred-valid-ecdsa-rdfc-2019-p256-ob3.json"],  # VC 2.0 VP
    ["cred-valid-ed25519signature2020-v1-ob3.json"],  # VC 1.1 VP, Ed25519Signature2020
])
def test_satchel_present_is_accepted_by_the_js_peer(cli, corpus, peer_dir, tmp_path, names):
    ids = [cli.json("import", str(corpus / "peer" / n))[0]["added"][0] for n in names]
    out = tmp_path / "vp.json"
    code, _, err = cli("present", *ids, "--out", str(out), "--challenge", "job-123", "--domain", "hr.example.org")
    assert code == 0, err
    done = run_peer(peer_dir, "verify-presentation", "--in", str(out), "--challenge", "job-123",
                    "--domain", "hr.example.org")
    assert json.loads(done.stdout)["verified"] is True, done.stdout + done.stderr

    tampered = json.loads(out.read_text())
    tampered["verifiableCredential"][0]["credentialSubject"]["name"] = "Somebody Else"
    bad = tmp_path / "tampered.json"
    bad.write_text(json.dumps(tampered))
    code, report, _ = cli("verify", str(bad), "--challenge", "job-123", "--domain", "hr.example.org")
    assert code == 1 and "FAILED] Holder" in report
    assert run_peer(peer_dir, "verify-presentation", "--in", str(bad), "--challenge", "job-123",
                    "--domain", "hr.example.org").returncode == 1
