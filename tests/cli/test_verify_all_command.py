"""`satchel verify --all`: every stored credential verified again, results stored, progress on stderr."""

from __future__ import annotations

import io
import json

from satchel.cli.progress import ProgressBar, render


def _import(cli, corpus, *names):
    for name in names:
        code, _, err = cli("import", str(corpus / "peer" / name))
        assert code == 0, err


def test_verify_all_stores_every_result_and_names_the_ones_not_verified(cli, corpus):
    _import(cli, corpus, "cred-valid-eddsa-rdfc-2022-ob3.json", "cred-valid-ecdsa-rdfc-2019-p256-ob3.json",
            "cred-expired-eddsa-ob3.json")
    code, out, err = cli("verify", "--all")
    assert code == 1  # one is expired
    assert out.startswith("Verified 3 of 3 credentials again")
    assert "Verified: 2" in out and "Authentic, but expired: 1" in out
    assert err == ""  # not a terminal: no progress bar drawn
    listed = cli.json("list")
    assert sorted(item["status"] for item in listed) == ["expired", "verified", "verified"]


def test_verify_all_json_and_exit_0_when_all_verified(cli, corpus):
    _import(cli, corpus, "cred-valid-eddsa-rdfc-2022-ob3.json")
    code, out, _ = cli("verify", "--all", "--json")
    summary = json.loads(out)
    assert code == 0
    assert summary["total"] == summary["done"] == 1 and summary["outcomes"]["verified"] == 1
    assert summary["not_verified"] == [] and summary["cancelled"] is False


def test_verify_all_in_french(cli, corpus):
    _import(cli, corpus, "cred-tampered-name-eddsa.json")
    code, out, _ = cli("--lang", "fr", "verify", "--all")
    assert code == 1 and out.startswith("1 badges sur 1 vérifiés à nouveau")
    assert "Non authentique: 1" in out


def test_verify_all_on_an_empty_wallet(cli):
    code, out, _ = cli("verify", "--all")
    assert code == 0 and out.startswith("Verified 0 of 0")


def test_a_target_and_all_together_is_a_usage_error(cli, corpus):
    code, _, err = cli("verify", str(corpus / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json"), "--all")
    assert code == 2 and "--all" in err


def test_progress_bar_drawing():
    assert render("Verifying", 0, 4) == "Verifying [" + "-" * 30 + "] 0/4 (0 %)"
    assert render("Verifying", 2, 4) == "Verifying [" + "#" * 15 + "-" * 15 + "] 2/4 (50 %)"
    out = io.StringIO()
    bar = ProgressBar("Verifying", out, interval=0, force=True)
    for done in range(5):
        bar(done, 4)
    text = out.getvalue()
    assert text.count("\r") == 5 and text.endswith("4/4 (100 %)\n")
    quiet = io.StringIO()
    ProgressBar("Verifying", quiet)(1, 4)  # a StringIO is not a terminal
    assert quiet.getvalue() == ""
