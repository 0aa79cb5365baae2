"""Issue #13 (ecdsa-sd-2023) against the offline verifier peer (Digital Bazaar's ecdsa-sd-2023 cryptosuite):
the peer issues an Open Badges 3.0 base proof and derives a credential revealing one field; Satchel verifies
the derived credential and refuses it once a revealed value is changed. Satchel checks the peer's base proofs
too (the holder's side, with the HMAC key the base proof carries), and agrees with the peer's own "confirm"
cryptosuite on each one: as issued, with other mandatory pointers, and tampered."""

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


def _statuses(report) -> dict[str, str]:
    return {c["name"]: c["status"] for c in report["checks"]}


def _peer_confirms(verifier_peer, path) -> bool:
    done = peer(verifier_peer, "ecdsa-sd", "verify", "--in", str(path))
    result = json.loads(done.stdout)
    assert result["proof"] == "base", done.stdout + done.stderr
    return result["verified"] is True


def test_a_peer_base_proof_is_checked_fully(cli, peer_credentials, verifier_peer):
    base, _ = peer_credentials
    code, report = _report(cli, base)
    assert code == 0 and report["outcome"] == "verified", report
    assert _statuses(report)["signature"] == "ok" and _statuses(report)["issuer_key"] == "ok"
    assert report["checks"][1]["message"] == "signature.ok_base"
    assert _peer_confirms(verifier_peer, base)


@pytest.mark.parametrize("where, change", [
    ("non-mandatory", lambda d: d["credentialSubject"]["achievement"].update(name="Something Else")),
    ("mandatory", lambda d: d.update(validFrom="2020-01-01T00:00:00Z")),
    ("added", lambda d: d["credentialSubject"]["achievement"].update(humanCode="AEP-101")),  # not signed
])
def test_a_tampered_peer_base_proof_is_not_authentic(where, change, cli, peer_credentials, verifier_peer, tmp_path):
    base, _ = peer_credentials
    document = json.loads(base.read_text())
    change(document)
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(document))
    code, report = _report(cli, tampered)
    assert code == 1 and report["outcome"] == "failed", report
    assert _statuses(report)["signature"] == "failed"
    assert not _peer_confirms(verifier_peer, tampered)  # the reference implementation agrees


def test_a_peer_base_proof_with_other_mandatory_pointers(cli, verifier_peer, tmp_path):
    base = tmp_path / "base.json"
    done = peer(verifier_peer, "ecdsa-sd", "issue", "--out", str(base), "--mandatory",
                "/issuer,/validFrom,/credentialSubject/achievement/name")
    assert done.returncode == 0, done.stderr
    code, report = _report(cli, base)
    assert code == 0 and report["outcome"] == "verified", report
    document = json.loads(base.read_text())
    del document["credentialSubject"]["achievement"]["name"]  # a mandatory field removed
    (tmp_path / "cut.json").write_text(json.dumps(document))
    code, report = _report(cli, tmp_path / "cut.json")
    assert code == 1 and _statuses(report)["format"] == "failed", report
    assert "names nothing" in json.dumps(report["checks"][0])


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
