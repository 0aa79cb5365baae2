"""Schema versions: a version-0 file is upgraded, the kept v1 file opens, a future v2 drops in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3

from satchel.errors import WalletCorrupt
from satchel.model import ListQuery
from satchel.store import Wallet, schema
from tests.store.conftest import PASSPHRASE, add, file_sha256

FIXTURE = Path(__file__).parent / "data" / "wallet-v1.satchel"
FIXTURE_PASSPHRASE = "fixture passphrase v1"


def _raw_keyed_db(path: Path, passphrase: str, *statements: str) -> None:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    for statement in statements:
        conn.execute(statement)
    conn.close()


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "old.satchel"
    shutil.copyfile(FIXTURE, target)
    return target


def test_version_0_database_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "v0.satchel"
    _raw_keyed_db(path, PASSPHRASE, f"PRAGMA application_id = {schema.APPLICATION_ID}")
    with Wallet.open(path, PASSPHRASE) as wallet:
        assert wallet.schema_version == schema.current_version() == 2
        cid = add(wallet, 1, name="After upgrade")
        wallet.add_tags(cid, ["t"])
    with Wallet.open(path, PASSPHRASE) as wallet:
        assert [r.display.name for r in wallet.list(ListQuery(search="upgrade"))] == ["After upgrade"]


def test_kept_v1_wallet_opens_with_all_its_data(v1_copy: Path) -> None:
    with Wallet.open(v1_copy, FIXTURE_PASSPHRASE) as wallet:
        [record] = wallet.list()
        assert record.display.name == "Fixture badge" and record.display.issuer_name == "Old U"
        assert record.tags == ("kept",) and record.collections == ("Old collection",)
        assert record.outcome == "verified"
        assert wallet.get(record.id).raw == b'{"name": "Fixture badge"}'
        assert wallet.active_holder_key().secret == b"old secret"
        assert wallet.get_setting("language") == "fr"
        assert wallet.schema_version == 2  # upgraded on open: the content key column is there
        assert wallet._db.execute("SELECT content_key FROM credentials").fetchall() == [(None,)]


def _migrate_to_3(conn) -> None:
    conn.execute("CREATE TABLE endorsements (credential_id TEXT NOT NULL, endorser TEXT NOT NULL)")
    conn.execute("INSERT INTO endorsements SELECT id, 'migrated' FROM credentials")


def test_a_future_migration_drops_in(v1_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, _migrate_to_3])
    with Wallet.open(v1_copy, FIXTURE_PASSPHRASE) as wallet:
        assert wallet.schema_version == 3
        assert wallet._db.execute("SELECT endorser FROM endorsements").fetchall() == [("migrated",)]
        assert wallet.count() == 1


def test_a_failing_migration_leaves_the_file_as_it_was(v1_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(conn) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("migration bug")

    before = file_sha256(v1_copy)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    with pytest.raises(RuntimeError):
        Wallet.open(v1_copy, FIXTURE_PASSPHRASE)
    assert file_sha256(v1_copy) == before
    monkeypatch.undo()
    with Wallet.open(v1_copy, FIXTURE_PASSPHRASE) as wallet:
        assert wallet.schema_version == 2 and wallet.count() == 1


def test_wallet_from_a_newer_satchel_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "w.satchel"
    Wallet.create(path, PASSPHRASE).close()
    _raw_keyed_db(path, PASSPHRASE, "PRAGMA user_version = 99")
    with pytest.raises(WalletCorrupt, match="newer version"):
        Wallet.open(path, PASSPHRASE)


def test_another_programs_encrypted_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    _raw_keyed_db(path, PASSPHRASE, "CREATE TABLE notes (body TEXT)")
    with pytest.raises(WalletCorrupt):
        Wallet.open(path, PASSPHRASE)
