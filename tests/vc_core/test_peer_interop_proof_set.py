"""Issue 9 §5: a presentation holding a credential issued to one of the learner's older holder DIDs is
signed by the active key and by that older key (a proof set). The reference JavaScript peer accepts it."""

from __future__ import annotations

import json

import pytest

from satchel.vc.signing import sign

from .conftest import PEER, load_json
from .test_peer_interop import CHALLENGE, DOMAIN, holder_key_file, run_peer
from .test_peer_interop import peer_dir as peer_dir  # the JS peer's fixture

pytestmark = pytest.mark.interop


def test_peer_accepts_a_presentation_signed_by_two_holder_keys(peer_dir, tmp_path):
    active_secret, active_did, active_vm = holder_key_file(tmp_path / "active.json")
    old_secret, _, old_vm = holder_key_file(tmp_path / "old.json")
    vp = {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiablePresentation"],
          "holder": active_did, "verifiableCredential": [load_json(PEER / "cred-valid-eddsa-rdfc-2022-ob3.json")]}
    for secret, vm in ((active_secret, active_vm), (old_secret, old_vm)):
        vp = sign(vp, secret_key=secret, verification_method=vm, purpose="authentication", suite="eddsa-rdfc-2022",
                  challenge=CHALLENGE, domain=DOMAIN, created="2026-11-25T08:00:00Z")
    assert len(vp["proof"]) == 2
    (tmp_path / "vp.json").write_text(json.dumps(vp))
    done = run_peer(peer_dir, "verify-presentation", "--in", str(tmp_path / "vp.json"),
                    "--challenge", CHALLENGE, "--domain", DOMAIN)
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["presentation"] == {"signed": True, "verified": True}, done.stdout
