"""Schema versions: a version-0 file is upgraded, the kept v1 and v2 files open (v2 → v3 gives the baked
rows their content keys), a future version drops in, a failing upgrade changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3

from satchel.errors import UsageError, WalletCorrupt
from satchel.model import ListQuery
from satchel.services.importing import stored_content_key
from satchel.store import Wallet, schema
from tests.store.conftest import PASSPHRASE, add, file_sha256

FIXTURE = Path(__file__).parent / "data" / "wallet-v1.satchel"
FIXTURE_PASSPHRASE = "fixture passphrase v1"
FIXTURE_V2 = Path(__file__).parent / "data" / "wallet-v2.satchel"  # made by make_v2_fixture.py
FIXTURE_V2_PASSPHRASE = "fixture passphrase v2"


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
        assert wallet.schema_version == schema.current_version() >= 3
        cid = add(wallet, 1, name="After upgrade")
        wallet.add_tags(cid, ["t"])
    with Wallet.open(path, PASSPHRASE) as wallet:
        assert [r.display.name for r in wallet.list(ListQuery(search="upgrade"))] == ["After upgrade"]


@pytest.fixture
def v2_copy(tmp_path: Path) -> Path:
    target = tmp_path / "old-v2.satchel"
    shutil.copyfile(FIXTURE_V2, target)
    return target


def test_kept_v1_wallet_opens_with_all_its_data(v1_copy: Path) -> None:
    with Wallet.open(v1_copy, FIXTURE_PASSPHRASE, content_keys=stored_content_key) as wallet:
        [record] = wallet.list()
        assert record.display.name == "Fixture badge" and record.display.issuer_name == "Old U"
        assert record.tags == ("kept",) and record.collections == ("Old collection",)
        assert record.outcome == "verified"
        assert wallet.get(record.id).raw == b'{"name": "Fixture badge"}'
        assert wallet.active_holder_key().secret == b"old secret"
        assert wallet.get_setting("language") == "fr"
        assert wallet.schema_version == schema.current_version()  # upgraded on open (content keys: v2, v3)
        # Its one row is not a credential Satchel can read (b'{"name": …}'): no key, left as it was.
        assert wallet._db.execute("SELECT content_key FROM credentials").fetchall() == [(None,)]


def _rows(wallet: Wallet) -> dict[str, tuple[str, str | None, bytes]]:
    return {cid: (fmt, key, bytes(raw)) for cid, fmt, key, raw in wallet._db.execute(
        "SELECT c.id, c.format, c.content_key, p.raw FROM credentials c "
        "JOIN credential_payloads p ON p.credential_id = c.id")}


def test_kept_v2_wallet_gets_content_keys_so_a_baked_png_and_its_json_are_one_card(v2_copy: Path) -> None:
    with Wallet.open(v2_copy, FIXTURE_V2_PASSPHRASE, content_keys=stored_content_key) as wallet:
        assert wallet.schema_version == schema.current_version()
        rows = _rows(wallet)
        by_name = {record.display.name: record for record in wallet.list()}
        assert set(by_name) == {"Teamwork Fundamentals", "Data Literacy", "Old picture badge"}
        assert wallet.count() == 3 and len(rows) == 4  # four received files kept, three credentials
        card = by_name["Teamwork Fundamentals"]
        assert card.format == "vc-json"  # the first received copy stands for the credential
        copies = wallet.same_credential(card.id)
        assert [fmt for _id, fmt in copies] == ["vc-json", "baked-png"]
        assert len({rows[cid][1] for cid, _fmt in copies}) == 1  # one key, computed from the PNG's bytes
        # What each copy carried before is shown on the card.
        assert card.tags == ("from-json", "from-png") and card.collections == ("JSON files", "Pictures")
        assert rows[by_name["Data Literacy"].id][1] is not None  # keyed too, and still its own card
        # A row whose bytes do not parse as a badge keeps NULL and every byte it had.
        assert rows[by_name["Old picture badge"].id][1] is None
        assert by_name["Old picture badge"].tags == () and wallet.get(by_name["Old picture badge"].id).raw
    with Wallet.open(v2_copy, FIXTURE_V2_PASSPHRASE) as again:  # up to date: no reader needed any more
        assert _rows(again) == rows


def test_the_v2_upgrade_keeps_every_stored_byte(v2_copy: Path, tmp_path: Path) -> None:
    untouched = tmp_path / "untouched.satchel"
    shutil.copyfile(FIXTURE_V2, untouched)
    with Wallet.open(untouched, FIXTURE_V2_PASSPHRASE, content_keys=lambda raw, fmt: None) as plain:
        before = {cid: (fmt, raw) for cid, (fmt, _key, raw) in _rows(plain).items()}
    with Wallet.open(v2_copy, FIXTURE_V2_PASSPHRASE, content_keys=stored_content_key) as wallet:
        assert {cid: (fmt, raw) for cid, (fmt, _key, raw) in _rows(wallet).items()} == before


def test_a_reader_that_fails_during_the_v2_upgrade_changes_nothing(v2_copy: Path) -> None:
    before = file_sha256(v2_copy)

    def broken(raw: bytes, fmt: str) -> str | None:
        if fmt == "baked-png":
            raise RuntimeError("parser bug")
        return stored_content_key(raw, fmt)

    with pytest.raises(RuntimeError, match="parser bug"):  # the reader's own error, not SQLite's
        Wallet.open(v2_copy, FIXTURE_V2_PASSPHRASE, content_keys=broken)
    assert file_sha256(v2_copy) == before
    with pytest.raises(UsageError):  # an old wallet with credentials cannot be upgraded without a reader
        Wallet.open(v2_copy, FIXTURE_V2_PASSPHRASE)
    assert file_sha256(v2_copy) == before
    with Wallet.open(v2_copy, FIXTURE_V2_PASSPHRASE, content_keys=stored_content_key) as wallet:
        assert wallet.schema_version == schema.current_version() and wallet.count() == 3


def _migrate_to_next(conn) -> None:
    conn.execute("CREATE TABLE endorsements (credential_id TEXT NOT NULL, endorser TEXT NOT NULL)")
    conn.execute("INSERT INTO endorsements SELECT id, 'migrated' FROM credentials")


def test_a_future_migration_drops_in(v1_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = schema.current_version()
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, _migrate_to_next])
    with Wallet.open(v1_copy, FIXTURE_PASSPHRASE, content_keys=stored_content_key) as wallet:
        assert wallet.schema_version == real + 1
        assert wallet._db.execute("SELECT endorser FROM endorsements").fetchall() == [("migrated",)]
        assert wallet.count() == 1


def test_a_failing_migration_leaves_the_file_as_it_was(v1_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(conn) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("migration bug")

    before = file_sha256(v1_copy)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    with pytest.raises(RuntimeError):
        Wallet.open(v1_copy, FIXTURE_PASSPHRASE, content_keys=stored_content_key)
    assert file_sha256(v1_copy) == before
    monkeypatch.undo()
    with Wallet.open(v1_copy, FIXTURE_PASSPHRASE, content_keys=stored_content_key) as wallet:
        assert wallet.schema_version == schema.current_version() and wallet.count() == 1


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
