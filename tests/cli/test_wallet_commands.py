"""Issue #2's "must show", through the CLI exactly as a user types it."""

from __future__ import annotations

import hashlib
import json

import pytest

from satchel import __version__

IMPORTABLE_KINDS = {"credential", "presentation", "vc-jwt", "baked-png", "baked-svg"}
REFUSED = {"baked-svg-xxe.svg", "plain-image-no-badge.png"}


def corpus_cases(corpus):
    """Every peer/extra corpus file of an importable kind, once, with whether it must be refused."""
    seen = {}
    for manifest in ("peer/expected.json", "extra/expected.json"):
        data = json.loads((corpus / manifest).read_text())
        for case in data["cases"]:
            if case["kind"] in IMPORTABLE_KINDS:
                path = (corpus / manifest).parent / case["file"]
                seen[path] = path.name in REFUSED
    return sorted(seen.items())


def test_version(cli):
    code, out, _ = cli("--version")
    assert code == 0 and __version__ in out


def test_usage_error_exits_2(cli):
    code, _, err = cli("list", "--sort", "colour")
    assert code == 2 and "invalid choice" in err


def test_every_corpus_file_imports_or_is_refused_and_exports_byte_identical(cli, corpus, tmp_path):
    for path, refused in corpus_cases(corpus):
        before = cli.wallet_sha()
        code, out, err = cli("import", str(path), "--json")
        result = json.loads(out)[0]
        if refused:
            assert code == 1, path.name
            assert result["error"], path.name
            assert cli.wallet_sha() == before, f"{path.name}: a refused file changed the wallet"
            continue
        assert code == 0, (path.name, err)
        ids = result["added"] + result["existing"]
        assert ids, path.name
        if path.suffix != ".json" or "vp-" not in path.name:  # VPs are split into their credentials
            target = tmp_path / ("export-" + path.name)
            assert cli("export", ids[0], "--out", str(target))[0] == 0
            assert hashlib.sha256(target.read_bytes()).digest() == hashlib.sha256(path.read_bytes()).digest()


def test_reimport_is_idempotent_and_reports_existing_id(cli, corpus):
    path = corpus / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json"
    first = cli.json("import", str(path))[0]
    second = cli.json("import", str(path))[0]
    assert first["added"] and not second["added"]
    assert second["existing"] == first["added"]
    assert len(cli.json("list")) == 1


@pytest.mark.parametrize("name,content", [
    ("broken.json", b'{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": '),
    ("deep.json", b"[" * 10_000 + b"]" * 10_000),
    ("utf8.json", b'{"name": "\xff\xfe"}'),
    ("empty.json", b""),
])
def test_malformed_input_is_refused_with_a_sentence(cli, tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    before = cli.wallet_sha()
    code, _, err = cli("import", str(path))
    assert code == 1
    assert "refused" in err and len(err.strip()) > 30
    assert "Traceback" not in err
    assert cli.wallet_sha() == before


def test_a_50_mb_file_is_refused_without_reading_it(cli, tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    before = cli.wallet_sha()
    code, _, err = cli("import", str(path))
    assert code == 1 and "MB" in err
    assert cli.wallet_sha() == before


def test_wallet_file_holds_no_plaintext(cli, corpus):
    path = corpus / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json"
    cli("import", str(path))
    name = cli.json("list")[0]["name"]
    data = cli.wallet.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert name.encode() not in data
    assert b"did:key" not in data


def test_wrong_passphrase_exits_1_and_changes_nothing(cli):
    before = cli.wallet_sha()
    code, _, err = cli("list", passphrase="not the passphrase")
    assert code == 1 and "passphrase is wrong" in err
    assert cli.wallet_sha() == before


def test_list_search_tag_sort_show_delete(cli, corpus):
    for name in ("cred-valid-eddsa-rdfc-2022-ob3.json", "cred-valid-ecdsa-rdfc-2019-p256-ob3.json",
                 "cred-valid-ed25519signature2020-v1-ob3.json"):
        cli("import", str(corpus / "peer" / name))
    rows = cli.json("list", "--sort", "name")
    assert len(rows) == 3
    names = [r["name"] for r in rows]
    assert names == sorted(names, key=str.lower)
    target = rows[0]
    assert cli("tag", target["id"], "interview", "data")[0] == 0
    assert [r["id"] for r in cli.json("list", "--tag", "interview")] == [target["id"]]
    word = target["name"].split()[0]
    assert target["id"] in [r["id"] for r in cli.json("list", "--search", word.lower())]
    assert cli("untag", target["id"], "interview")[0] == 0
    assert cli.json("list", "--tag", "interview") == []
    detail = cli.json("show", target["id"])
    assert detail["name"] == target["name"] and detail["tags"] == ["data"]
    code, raw, _ = cli("show", target["id"], "--raw")
    assert code == 0 and json.loads(raw)
    assert cli("collection", "create", "Job hunt")[0] == 0
    assert cli("collection", "add", "Job hunt", target["id"][:8])[0] == 0
    assert [r["id"] for r in cli.json("list", "--collection", "Job hunt")] == [target["id"]]
    assert cli("delete", target["id"])[0] == 0
    assert len(cli.json("list")) == 2
    code, _, err = cli("show", target["id"])
    assert code == 1 and "no credential" in err.lower()


def test_backup_restore_into_fresh_home_then_twice_without_duplicates(cli, fresh_cli, corpus, tmp_path,
                                                                        monkeypatch):
    for path in sorted((corpus / "peer").glob("cred-valid-*.json")):
        cli("import", str(path))
    cli("tag", cli.json("list")[0]["id"], "kept")
    monkeypatch.setenv("SATCHEL_BACKUP_PASSPHRASE", "backup passphrase 42")
    backup = tmp_path / "wallet.backup"
    assert cli("backup", "--out", str(backup))[0] == 0
    assert b"SQLite format 3" not in backup.read_bytes()[:16]
    original = cli.json("list")
    code, _, err = fresh_cli("restore", str(backup))
    assert code == 0, err
    assert _comparable(fresh_cli.json("list")) == _comparable(original)
    assert fresh_cli("restore", str(backup))[0] == 0
    assert _comparable(fresh_cli.json("list")) == _comparable(original)
    monkeypatch.setenv("SATCHEL_BACKUP_PASSPHRASE", "wrong")
    before = fresh_cli.wallet_sha()
    code, _, err = fresh_cli("restore", str(backup))
    assert code == 1 and "backup" in err.lower()
    assert fresh_cli.wallet_sha() == before
    assert _comparable(fresh_cli.json("list")) == _comparable(original)


def _comparable(rows):
    return sorted((r["id"], r["name"], tuple(r["tags"])) for r in rows)


def test_passwd_changes_the_passphrase(cli, monkeypatch):
    monkeypatch.setenv("SATCHEL_NEW_PASSPHRASE", "a brand new passphrase")
    assert cli("passwd")[0] == 0
    assert cli("list", passphrase="a brand new passphrase")[0] == 0
    code, _, err = cli("list")
    assert code == 1 and "passphrase" in err


def test_init_refuses_to_overwrite(cli):
    before = cli.wallet_sha()
    code, _, err = cli("init")
    assert code == 1 and "already exists" in err
    assert cli.wallet_sha() == before


def test_commands_without_a_wallet_say_how_to_start(fresh_cli):
    code, _, err = fresh_cli("list")
    assert code == 1 and "satchel init" in err
