"""Issue #13 (ecdsa-sd-2023) against the offline verifier peer (Digital Bazaar's ecdsa-sd-2023 cryptosuite):
the peer issues an Open Badges 3.0 base proof and derives a credential revealing one field; Satchel verifies
the derived credential, refuses it once a revealed value is changed, and says a base proof was not checked
(unknown, not failed)."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_sd_jwt_interop import peer, verifier_peer  # noqa: F401 (fixture)

pytestmark = pytest.mark.interop


@pytest.fixture
def peer_credentials(verifier_peer, tmp_path):  # noqa: F811
    base, derived = tmp_path / "base.json", tmp_path / "derived.json"
    done = peer(verifier_peer, "ecdsa-sd", "issue", "--out", str(base))
    assert done.returncode == 0, done.stderr
    done = peer(verifier_peer, "ecdsa-sd", "derive", "--in", str(base), "--reveal",
                "/credentialSubject/achievement/name", "--out", str(derived))
    assert done.returncode == 0, done.stderr
    return base, derived


def _report(cli, path):
    code, out, err = cli("verify", str(path), "--offline", "--json")
    report = json.loads(out)
    return code, (report[0] if isinstance(report, list) else report)


def test_a_peer_derived_credential_verifies_in_satchel(cli, peer_credentials):
    _, derived = peer_credentials
    document = json.loads(derived.read_text())
    assert document["credentialSubject"]["achievement"]["name"]
    assert "description" not in document["credentialSubject"]["achievement"]
    code, report = _report(cli, derived)
    checks = {c["name"]: c["status"] for c in report["checks"]}
    assert checks["signature"] == "ok" and checks["issuer_key"] == "ok", report
    document["credentialSubject"]["achievement"]["name"] = "Something Else"
    derived.write_text(json.dumps(document))
    code, report = _report(cli, derived)
    assert code == 1 and {c["name"]: c["status"] for c in report["checks"]}["signature"] == "failed"


def test_a_base_proof_is_unknown_not_failed(cli, peer_credentials):
    base, _ = peer_credentials
    code, report = _report(cli, base)
    assert code == 1 and report["outcome"] == "unknown"
    assert {c["name"]: c["status"] for c in report["checks"]}["signature"] == "unknown"
