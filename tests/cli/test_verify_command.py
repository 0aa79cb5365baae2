"""`satchel verify` and `satchel cache` as a recruiter or learner types them."""

from __future__ import annotations

import json


def test_valid_credential_exits_0_with_a_named_report(cli, corpus):
    code, out, _ = cli("verify", str(corpus / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json"))
    assert code == 0
    assert out.startswith("Verified")
    assert "Signature" in out and "eddsa-rdfc-2022" in out
    assert "[warning] Issuer trust" in out  # not on the trust list: a warning, not a failure


def test_expired_is_authentic_but_expired_and_exits_1(cli, corpus):
    code, out, _ = cli("verify", str(corpus / "peer" / "cred-expired-eddsa-ob3.json"))
    assert code == 1
    assert out.startswith("Authentic, but expired")


def test_now_option_moves_the_clock(cli, corpus):
    path = str(corpus / "peer" / "cred-expired-eddsa-ob3.json")
    assert cli("verify", path, "--now", "2019-06-01T00:00:00Z")[0] == 0
    code, _, err = cli("verify", path, "--now", "yesterday")
    assert code == 2 and "ISO 8601" in err


def test_json_report_and_french(cli, corpus):
    code, out, _ = cli("verify", str(corpus / "peer" / "cred-tampered-name-eddsa.json"), "--json")
    report = json.loads(out)
    assert code == 1
    assert report["outcome"] == "failed" and report["passed"] is False
    assert {c["name"]: c["status"] for c in report["checks"]}["signature"] == "failed"
    code, out, _ = cli("--lang", "fr", "verify", str(corpus / "peer" / "cred-tampered-name-eddsa.json"))
    assert code == 1 and out.startswith("Non authentique")


def test_unsigned_presentation_leaves_the_holder_unproven(cli, corpus):
    code, out, _ = cli("verify", str(corpus / "peer" / "vp-unsigned.json"), "--challenge", "x")
    assert code == 1
    assert "FAILED] Holder" in out


def test_verifying_a_stored_credential_stores_the_report(cli, corpus):
    cid = cli.json("import", str(corpus / "peer" / "cred-valid-ecdsa-rdfc-2019-p256-ob3.json"))[0]["added"][0]
    assert cli.json("list")[0]["status"] == "unverified"
    code, out, _ = cli("verify", cid[:6])
    assert code == 0 and out.startswith("Verified")
    row = cli.json("list", "--status", "verified")[0]
    assert row["id"] == cid and row["verified_at"]


def test_revocation_needs_the_status_list_offline_and_fails_closed(cli, corpus, tmp_path):
    revoked = str(corpus / "peer" / "cred-status-revoked-eddsa.json")
    code, out, _ = cli("verify", revoked, "--offline")
    assert code == 1 and "[UNKNOWN] Revocation status" in out  # unreachable list: never ok
    assert cli("cache", "import", "https://example.edu/status/list-1",
               str(corpus / "peer" / "status-list-1.json"))[0] == 0
    code, out, _ = cli("verify", revoked, "--offline")
    assert code == 1 and out.startswith("Revoked")
    code, out, _ = cli("verify", str(corpus / "peer" / "cred-status-active-eddsa.json"), "--offline")
    assert code == 0
    listing = json.loads(cli("cache", "list", "--json")[1])
    assert listing[0]["url"] == "https://example.edu/status/list-1" and listing[0]["age_seconds"] >= 0


def test_trusted_issuer_removes_the_warning(cli, corpus):
    path = str(corpus / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json")
    issuer = cli.json("verify", path)["issuer"]
    assert cli("trust", "add", issuer, "--name", "Example Institute")[0] == 0
    code, out, _ = cli("verify", path)
    assert code == 0 and "[warning]" not in out


def test_neither_file_nor_id_is_a_usage_error(fresh_cli):
    code, _, err = fresh_cli("verify", "d7c02374a965")
    assert code == 2 and "neither a file nor a credential id" in err
    code, _, err = fresh_cli("verify", "no-such-file.json")  # clearly a file name: it says the file is missing
    assert code == 1 and "There is no file no-such-file.json." in err
