"""Issue #13 (ecdsa-sd-2023) against the offline verifier peer (Digital Bazaar's ecdsa-sd-2023 cryptosuite):
the peer issues an Open Badges 3.0 base proof and derives a credential revealing one field; Satchel verifies
the derived credential, refuses it once a revealed value is changed, and says a base proof was not checked
(unknown, not failed)."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_sd_jwt_interop import peer
from tests.cli.test_sd_jwt_interop import verifier_peer as verifier_peer  # the peer fixture, shared

pytestmark = pytest.mark.interop


@pytest.fixture
def peer_credentials(verifier_peer, tmp_path):
    base, derived = tmp_path / "base.json", tmp_path / "derived.json"
    done = peer(verifier_peer, "ecdsa-sd", "issue", "--out", str(base))
    assert done.returncode == 0, done.stderr
    done = peer(verifier_peer, "ecdsa-sd", "derive", "--in", str(base), "--reveal",
                "/credentialSubject/achievement/name", "--out", str(derived))
    assert done.returncode == 0, done.stderr
    return base, derived


def _report(cli, path):
    code, out, _ = cli("verify", str(path), "--offline", "--json")
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
    assert report["checks"][1]["message"] == "signature.ok_selective"  # "other fields may have been withheld"
    document["credentialSubject"]["achievement"]["name"] = "Something Else"
    derived.write_text(json.dumps(document))
    code, report = _report(cli, derived)
    assert code == 1 and {c["name"]: c["status"] for c in report["checks"]}["signature"] == "failed"


def test_a_base_proof_is_unknown_not_failed(cli, peer_credentials):
    base, _ = peer_credentials
    code, report = _report(cli, base)
    assert code == 1 and report["outcome"] == "unknown"
    assert {c["name"]: c["status"] for c in report["checks"]}["signature"] == "unknown"


def test_satchel_derives_from_a_peer_base_proof_and_the_peer_verifies(cli, peer_credentials, verifier_peer,
                                                                      tmp_path):
    base, _ = peer_credentials
    cred_id = cli.json("import", str(base))[0]["added"][0]
    vp_file = tmp_path / "vp.json"
    code, _, err = cli("present", cred_id, "--reveal", "/credentialSubject/achievement/name", "--out", str(vp_file),
                       "--challenge", "job-7")
    assert code == 0, err
    derived = json.loads(vp_file.read_text())["verifiableCredential"][0]
    achievement = derived["credentialSubject"]["achievement"]
    assert achievement["name"] and "description" not in achievement and "criteria" not in achievement
    assert derived["issuer"] and derived["validFrom"]  # the peer's mandatory pointers, always revealed
    assert derived["proof"]["proofValue"].startswith("u2V0B")
    (tmp_path / "derived.json").write_text(json.dumps(derived))
    done = peer(verifier_peer, "ecdsa-sd", "verify", "--in", str(tmp_path / "derived.json"))
    assert done.returncode == 0 and json.loads(done.stdout)["verified"] is True, done.stdout + done.stderr
    assert json.loads(done.stdout)["proof"] == "derived"

    code, out, err = cli("verify", str(vp_file), "--offline", "--challenge", "job-7", "--json")
    report = json.loads(out)
    report = report[0] if isinstance(report, list) else report
    child = {c["name"]: c["status"] for c in report["credentials"][0]["checks"]}
    assert child["signature"] == "ok" and child["issuer_key"] == "ok", out

    code, _, err = cli("present", cred_id, "--reveal", "/credentialSubject/nothingHere", "--out", str(vp_file))
    assert code != 0 and "nothingHere" in err


def test_show_lists_the_fields_a_base_proof_lets_the_holder_hide(cli, peer_credentials):
    base, _ = peer_credentials
    cred_id = cli.json("import", str(base))[0]["added"][0]
    detail = cli.json("show", cred_id)
    assert "/credentialSubject/achievement/name" in detail["disclosable"]
    assert "/credentialSubject/achievement/description" in detail["disclosable"]
    assert not any(p.startswith("/issuer") or p == "/validFrom" for p in detail["disclosable"])  # mandatory
    assert detail["display"]["extra"]["mandatory"] == ["/issuer", "/validFrom"]
