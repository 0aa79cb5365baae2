"""Issue #13 (SD-JWT VC) against the offline verifier peer (../shared/tools/verifier-peer, its own @sd-jwt/* and
jose stack): a peer-issued dc+sd-jwt bound to the wallet's key is stored and verified; 2 of its 5 top-level
claims are presented with key binding and accepted by the peer with the other 3 absent; a tampered disclosure
or a wrong sd_hash is rejected by Satchel; without the issuer's metadata the verdict is unknown, not failed."""

from __future__ import annotations

import base64
import json
import subprocess
from pathlib import Path

import pytest

from tests.exchange.peers import installed

pytestmark = pytest.mark.interop

METADATA_URL = "https://issuer.example.org/.well-known/jwt-vc-issuer"
AUD, NONCE = "x509_san_dns:hr.example.org", "job-4711"


@pytest.fixture(scope="session")
def verifier_peer() -> Path:
    return installed("verifier-peer")  # the same /tmp copy the exchange tests use


def peer(peer_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["node", "verifier-peer.mjs", *args], cwd=peer_dir, capture_output=True, text=True,
                          check=False, timeout=120)


@pytest.fixture
def issued(cli, verifier_peer, tmp_path):
    """A peer-issued SD-JWT VC bound to this wallet's key, imported; its issuer metadata in the cache."""
    code, jwk, err = cli("did", "--jwk")
    assert code == 0, err
    (tmp_path / "holder.jwk").write_text(jwk)
    done = peer(verifier_peer, "sd-jwt-issue", "--out", str(tmp_path / "cred.txt"),
                "--holder-jwk", str(tmp_path / "holder.jwk"))
    assert done.returncode == 0, done.stderr
    metadata = json.loads((tmp_path / "cred.txt.issuer.json").read_text())
    (tmp_path / "metadata.json").write_text(json.dumps({"issuer": metadata["issuer"], "jwks": metadata["jwks"]}))
    cred_id = cli.json("import", str(tmp_path / "cred.txt"))[0]["added"][0]
    return cred_id, tmp_path


def _present(cli, cred_id: str, out: Path, *pointers: str) -> str:
    reveal = [arg for p in pointers for arg in ("--reveal", p)]
    code, _, err = cli("present", cred_id, *reveal, "--out", str(out), "--challenge", NONCE, "--domain", AUD)
    assert code == 0, err
    return out.read_text().strip()


def test_peer_issued_sd_jwt_is_stored_shown_and_verified(cli, issued):
    cred_id, folder = issued
    detail = cli.json("show", cred_id)
    assert detail["format"] == "sd-jwt-vc"
    assert detail["disclosable"] == sorted(detail["disclosable"], key=detail["disclosable"].index)
    assert {"/given_name", "/family_name", "/email", "/birthdate", "/achievement",
            "/achievement/name", "/achievement/description", "/achievement/achievement_type"} \
        == set(detail["disclosable"])
    code, _, err = cli("cache", "import", METADATA_URL, str(folder / "metadata.json"))
    assert code == 0, err
    code, report, err = cli("verify", cred_id, "--offline")
    assert code == 0, report + err


def test_without_issuer_metadata_the_verdict_is_unknown_not_failed(cli, issued):
    cred_id, _ = issued
    code, out, _ = cli("verify", cred_id, "--offline", "--json")
    report = json.loads(out)
    report = report[0] if isinstance(report, list) else report
    assert code == 1
    assert report["outcome"] == "unknown"
    assert {c["name"]: c["status"] for c in report["checks"]}["signature"] == "unknown"


def test_two_of_five_claims_accepted_by_the_peer_with_key_binding(cli, issued, verifier_peer):
    cred_id, folder = issued
    token = _present(cli, cred_id, folder / "pres.txt", "/given_name", "/email")
    done = peer(verifier_peer, "sd-jwt-verify", "--in", str(folder / "pres.txt"), "--nonce", NONCE,
                "--aud", AUD, "--issuer-jwk", str(folder / "cred.txt.issuer.json"))
    result = json.loads(done.stdout)
    assert done.returncode == 0 and result["verified"] is True, done.stdout + done.stderr
    assert sorted(result["disclosed_claims"]) == ["email", "given_name"]
    for hidden in ("family_name", "birthdate", "achievement"):
        assert hidden not in result["claims"]
    assert result["kb"]["nonce"] == NONCE and result["kb"]["aud"] == AUD
    assert token.count("~") == 3  # issuer JWT, two disclosures, the key binding JWT


def test_satchel_verifies_its_presentation_and_rejects_tampering(cli, issued):
    cred_id, folder = issued
    assert cli("cache", "import", METADATA_URL, str(folder / "metadata.json"))[0] == 0
    token = _present(cli, cred_id, folder / "pres.txt", "/given_name", "/achievement/name")
    code, report, err = cli("verify", str(folder / "pres.txt"), "--offline", "--challenge", NONCE, "--domain", AUD)
    assert code == 0, report + err
    assert "withheld" in report

    parts = token.split("~")
    issuer_jwt, disclosures, kb = parts[0], parts[1:-1], parts[-1]
    assert len(disclosures) == 3  # given_name, achievement (the object above name), achievement.name
    forged = json.dumps(["c2FsdHNhbHRzYWx0", "given_name", "Mallory"]).encode()
    forged_part = base64.urlsafe_b64encode(forged).rstrip(b"=").decode()
    kept = [d for d in disclosures if b"given_name" not in base64.urlsafe_b64decode(d + "==")]
    (folder / "forged.txt").write_text("~".join([issuer_jwt, forged_part, *kept, kb]))
    code, report, _ = cli("verify", str(folder / "forged.txt"), "--offline", "--challenge", NONCE, "--domain", AUD)
    assert code == 1 and "FAILED" in report

    (folder / "dropped.txt").write_text("~".join([issuer_jwt, *kept, kb]))  # sd_hash no longer matches
    code, out, _ = cli("verify", str(folder / "dropped.txt"), "--offline", "--challenge", NONCE, "--domain", AUD,
                       "--json")
    data = json.loads(out)
    assert code == 1
    data = data[0] if isinstance(data, list) else data
    assert data["outcome"] == "failed"
    assert {c["name"]: c["status"] for c in data["checks"]}["holder"] == "failed"

    code, _, _ = cli("verify", str(folder / "pres.txt"), "--offline", "--challenge", "another", "--domain", AUD)
    assert code == 1


def test_qr_share_carries_only_the_chosen_claims_and_verifies(cli, issued):
    cred_id, folder = issued
    assert cli("cache", "import", METADATA_URL, str(folder / "metadata.json"))[0] == 0
    payload = folder / "payload.txt"
    code, _, err = cli("share", cred_id, "--reveal", "/achievement/name", "--challenge", NONCE,
                       "--payload-out", str(payload), "--vp-out", str(folder / "vp.json"))
    assert code == 0, err
    vp = json.loads((folder / "vp.json").read_text())
    envelope = vp["verifiableCredential"][0]
    assert envelope["type"] == "EnvelopedVerifiableCredential"
    assert envelope["id"].startswith("data:application/dc+sd-jwt,")
    shown = [base64.urlsafe_b64decode(p + "==") for p in envelope["id"].split(",", 1)[1].split("~")[1:-1]]
    assert len(shown) == 2 and not any(b"given_name" in d or b"email" in d for d in shown)

    code, out, err = cli("verify", str(payload), "--offline", "--challenge", NONCE, "--json")
    report = json.loads(out)
    report = report[0] if isinstance(report, list) else report
    assert code == 0, out + err
    child = {c["name"]: c for c in report["credentials"][0]["checks"]}
    assert child["holder_binding"]["status"] == "ok"
    assert child["format"]["message"] == "format.sd_jwt_withheld"

    code, _, err = cli("share", cred_id, "--reveal", "/no_such_claim", "--payload-out", str(payload))
    assert code != 0 and "no_such_claim" in err


def test_the_app_share_reveals_per_credential_only(cli, issued):
    """The share screen passes {credential id: pointers}: only that credential's choice applies to it."""
    from satchel.services import Satchel
    from tests.cli.conftest import PASS
    cred_id, _ = issued
    app = Satchel(home=cli.home)
    app.unlock(PASS)
    try:
        bundle = app.share([cred_id], challenge=NONCE, reveal={cred_id: ["/given_name"]})
    finally:
        app.lock()
    token = bundle.vp["verifiableCredential"][0]["id"].split(",", 1)[1]
    shown = [base64.urlsafe_b64decode(p + "==") for p in token.split("~")[1:-1]]
    assert len(shown) == 1 and b"given_name" in shown[0]


def test_an_sd_jwt_in_a_qr_picture_is_imported(cli, verifier_peer, tmp_path):
    import qrcode
    code, jwk, err = cli("did", "--jwk")
    assert code == 0, err
    (tmp_path / "holder.jwk").write_text(jwk)
    done = peer(verifier_peer, "sd-jwt-issue", "--out", str(tmp_path / "cred.txt"),
                "--holder-jwk", str(tmp_path / "holder.jwk"))
    assert done.returncode == 0, done.stderr
    qrcode.make((tmp_path / "cred.txt").read_text().strip(), box_size=4).save(tmp_path / "offer.png")
    added = cli.json("import", str(tmp_path / "offer.png"))[0]["added"]
    assert len(added) == 1 and cli.json("show", added[0])["format"] == "sd-jwt-vc"
    garbage = tmp_path / "garbage.png"
    qrcode.make("just some words", box_size=4).save(garbage)
    code, _, _ = cli("import", str(garbage))
    assert code != 0
