"""Encrypted backups and merging restores."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from satchel.errors import BackupError, FileAccessError, WalletError
from satchel.model import DisplayFields, ListQuery
from satchel.store import RestoreSummary, Wallet
from tests.store.conftest import PASSPHRASE, add, file_sha256

BACKUP_PASSPHRASE = "a different backup passphrase"


@pytest.fixture
def source(tmp_path: Path, clock) -> Wallet:
    with Wallet.create(tmp_path / "source" / "w.satchel", PASSPHRASE, clock=clock) as wallet:
        a = add(wallet, 1, name="Alpha badge")
        b = add(wallet, 2, name="Beta badge")
        wallet.add_tags(a, ["job"])
        wallet.set_report(b, '{"ok": true}', "verified", "2026-03-03T00:00:00Z")
        wallet.create_collection("CV")
        wallet.add_to_collection("CV", [a, b])
        wallet.add_holder_key("old", "did:key:old", b"old-secret", "zold", "2025-01-01", active=False)
        wallet.add_holder_key("src", "did:key:src", b"src-secret", "zsrc", "2026-01-01")
        wallet.set_setting("language", "fr")
        wallet.log("import", a)
        yield wallet


def test_backup_is_one_private_encrypted_file(source: Wallet, tmp_path: Path) -> None:
    target = tmp_path / "out" / "satchel-backup.bin"
    source.export_backup(target, BACKUP_PASSPHRASE)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(target.parent) == ["satchel-backup.bin"]  # no temp file left behind
    data = target.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"Alpha badge" not in data and b"src-secret" not in data
    with pytest.raises(WalletError):
        Wallet.open(target, PASSPHRASE)  # the wallet passphrase does not open it


def test_restore_into_a_new_wallet_brings_everything(source: Wallet, tmp_path: Path, clock) -> None:
    target = tmp_path / "b.bin"
    source.export_backup(target, BACKUP_PASSPHRASE)
    with Wallet.create(tmp_path / "new" / "w.satchel", "new wallet pass", clock=clock) as fresh:
        assert fresh.import_backup(target, BACKUP_PASSPHRASE) == RestoreSummary(added=2, skipped=0)
        [alpha, beta] = fresh.list()
        assert (alpha.display.name, alpha.tags, alpha.collections) == ("Alpha badge", ("job",), ("CV",))
        assert (beta.outcome, beta.report_json) == ("verified", '{"ok": true}')
        assert fresh.get(alpha.id).raw == source.get(alpha.id).raw
        assert fresh.active_holder_key().kid == "src"
        assert fresh.get_setting("language") == "fr"
        assert [e.action for e in fresh.activity()] == ["import"]
        assert [r.id for r in fresh.list(ListQuery(search="job"))] == [alpha.id]
        assert fresh.import_backup(target, BACKUP_PASSPHRASE) == RestoreSummary(added=0, skipped=2)
        assert fresh.count() == 2 and fresh.tags() == [("job", 1)] and fresh.collections() == [("CV", 2)]
        assert len(fresh.holder_keys()) == 2 and len(fresh.activity()) == 1


def test_restore_merges_and_never_replaces_the_active_key(source: Wallet, tmp_path: Path, clock) -> None:
    target = tmp_path / "b.bin"
    source.export_backup(target, BACKUP_PASSPHRASE)
    with Wallet.create(tmp_path / "other" / "w.satchel", PASSPHRASE, clock=clock) as other:
        alpha = add(other, 1, name="Alpha badge")  # same bytes as in the backup
        other.add_tags(alpha, ["mine"])
        add(other, 3, name="Gamma badge")
        other.add_holder_key("mine", "did:key:mine", b"mine-secret", "zmine", "2026-06-01")
        other.set_setting("language", "en")
        summary = other.import_backup(target, BACKUP_PASSPHRASE)
        assert summary == RestoreSummary(added=1, skipped=1)
        assert other.count() == 3
        assert other.get(alpha).tags == ("job", "mine")
        assert other.active_holder_key().kid == "mine"
        assert {k.kid: k.active for k in other.holder_keys()} == {"mine": True, "src": False, "old": False}
        assert other.get_setting("language") == "en"


def test_wrong_backup_passphrase_changes_nothing(source: Wallet, tmp_path: Path, clock) -> None:
    target = tmp_path / "b.bin"
    source.export_backup(target, BACKUP_PASSPHRASE)
    backup_sha = file_sha256(target)
    path = tmp_path / "other" / "w.satchel"
    with Wallet.create(path, PASSPHRASE, clock=clock) as other:
        add(other, 9, name="Mine")
    wallet_sha = file_sha256(path)
    with Wallet.open(path, PASSPHRASE, clock=clock) as other:
        with pytest.raises(BackupError) as caught:
            other.import_backup(target, "Xq-not-it-7")
        assert "Xq-not-it-7" not in str(caught.value)
        assert other.count() == 1
        assert sorted(os.listdir(path.parent)) == ["w.satchel"]  # the decrypting copy is gone
    assert file_sha256(target) == backup_sha
    assert file_sha256(path) == wallet_sha


def test_files_that_are_not_backups(source: Wallet, tmp_path: Path) -> None:
    with pytest.raises(FileAccessError, match="There is no file"):  # a missing file is not a damaged backup
        source.import_backup(tmp_path / "missing.bin", BACKUP_PASSPHRASE)
    junk = tmp_path / "junk.bin"
    junk.write_bytes(os.urandom(8192))
    with pytest.raises(BackupError):
        source.import_backup(junk, BACKUP_PASSPHRASE)
    with pytest.raises(BackupError):  # a wallet is not a backup, even with the right passphrase
        source.import_backup(source.path, PASSPHRASE)
    assert source.count() == 2


def test_export_replaces_an_older_backup_atomically(source: Wallet, tmp_path: Path) -> None:
    target = tmp_path / "b.bin"
    target.write_bytes(b"old backup")
    source.export_backup(target, BACKUP_PASSPHRASE)
    assert target.read_bytes() != b"old backup"
    with Wallet.create(tmp_path / "n" / "w.satchel", PASSPHRASE) as fresh:
        assert fresh.import_backup(target, BACKUP_PASSPHRASE).added == 2


def test_restored_copies_of_one_credential_stay_one_card(tmp_path: Path, clock) -> None:
    with Wallet.create(tmp_path / "src" / "w.satchel", PASSPHRASE, clock=clock) as wallet:
        for raw, fmt in ((b"as json", "vc-json"), (b"as png", "baked-png")):
            wallet.add_credential(raw, format=fmt, signed_form="data-integrity", source="test",
                                  display=DisplayFields(name="Teamwork"), added_at="2026-01-01T00:00:00Z",
                                  content_key="one credential")
        wallet.export_backup(tmp_path / "b.bin", BACKUP_PASSPHRASE)
    with Wallet.create(tmp_path / "new" / "w.satchel", "new wallet pass", clock=clock) as fresh:
        assert fresh.import_backup(tmp_path / "b.bin", BACKUP_PASSPHRASE) == RestoreSummary(added=2, skipped=0)
        assert fresh.count() == 1  # the content key came along
        [(_key, count)] = fresh._db.execute("SELECT content_key, count(*) FROM credentials GROUP BY 1").fetchall()
        assert count == 2


def test_an_old_backup_is_upgraded_on_its_copy_and_restores_as_one_card(tmp_path: Path, clock) -> None:
    from satchel.services.importing import stored_content_key

    old = Path(__file__).parent / "data" / "backup-v2.satchel-backup"  # made by make_v2_fixture.py
    before = file_sha256(old)
    with Wallet.create(tmp_path / "new" / "w.satchel", "new wallet pass", clock=clock,
                       content_keys=stored_content_key) as fresh:
        assert fresh.import_backup(old, "fixture backup v2") == RestoreSummary(added=4, skipped=0)
        names = sorted(r.display.name or "" for r in fresh.list())
        assert names == ["Data Literacy", "Old picture badge", "Teamwork Fundamentals"]
        [teamwork] = fresh.list(ListQuery(search="teamwork"))
        assert teamwork.tags == ("from-json", "from-png")
    assert file_sha256(old) == before  # upgraded on a private copy, never in place
