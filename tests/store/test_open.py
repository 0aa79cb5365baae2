"""Creating, unlocking and locking a wallet file; what ends up on disk."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from satchel.errors import UsageError, WalletCorrupt, WalletExists, WalletLocked, WalletNotFound, WrongPassphrase
from satchel.model import DisplayFields
from satchel.store import Wallet
from tests.store.conftest import PASSPHRASE, add, file_sha256


def test_create_makes_private_dir_and_file(wallet_path: Path) -> None:
    Wallet.create(wallet_path, PASSPHRASE).close()
    assert stat.S_IMODE(wallet_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(wallet_path.parent.stat().st_mode) == 0o700


def test_file_is_created_private_before_any_data(wallet_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from satchel.store import connection

    seen = {}
    real_connect = connection.connect

    def spying_connect(path: Path, passphrase: str):
        seen["mode"] = stat.S_IMODE(os.stat(path).st_mode)
        seen["size"] = os.stat(path).st_size
        return real_connect(path, passphrase)

    monkeypatch.setattr(connection, "connect", spying_connect)
    Wallet.create(wallet_path, PASSPHRASE).close()
    assert seen == {"mode": 0o600, "size": 0}


def test_create_refuses_an_existing_file(wallet_path: Path) -> None:
    Wallet.create(wallet_path, PASSPHRASE).close()
    before = file_sha256(wallet_path)
    with pytest.raises(WalletExists):
        Wallet.create(wallet_path, "another passphrase")
    assert file_sha256(wallet_path) == before


def test_open_missing_wallet(tmp_path: Path) -> None:
    with pytest.raises(WalletNotFound):
        Wallet.open(tmp_path / "nothing.satchel", PASSPHRASE)


def test_reopen_with_the_right_passphrase_keeps_data(wallet_path: Path) -> None:
    with Wallet.create(wallet_path, PASSPHRASE) as wallet:
        cid = add(wallet, 1, name="Welding Level 2")
    with Wallet.open(wallet_path, PASSPHRASE) as wallet:
        assert wallet.get(cid).display.name == "Welding Level 2"


def test_wrong_passphrase_changes_no_byte_and_says_nothing(wallet_path: Path, capfd) -> None:
    with Wallet.create(wallet_path, PASSPHRASE) as wallet:
        add(wallet, 1, name="Welding Level 2")
    before = file_sha256(wallet_path)
    siblings = sorted(os.listdir(wallet_path.parent))
    with pytest.raises(WrongPassphrase) as caught:
        Wallet.open(wallet_path, "not the passphrase")
    assert file_sha256(wallet_path) == before
    assert sorted(os.listdir(wallet_path.parent)) == siblings
    assert "not the passphrase" not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    out, err = capfd.readouterr()
    assert "hmac" not in (out + err).lower()  # cipher_log_level = NONE


def test_file_has_no_plaintext(wallet_path: Path) -> None:
    with Wallet.create(wallet_path, PASSPHRASE) as wallet:
        cid = add(wallet, 1, name="Underwater Basket Weaving", issuer_name="Atlantis College")
        wallet.add_tags(cid, ["zanzibar-tag"])
        wallet.add_holder_key("did:key:zABC#zABC", "did:key:zABC", b"\x42" * 32 + b"SECRETSEED", "zABC", "2026")
    data = wallet_path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    for needle in (b"Underwater Basket", b"Atlantis", b"zanzibar", b"SECRETSEED", b"credentials", b"did:key"):
        assert needle not in data


def test_plain_sqlite_file_is_not_a_wallet(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(WalletCorrupt):
        Wallet.open(path, PASSPHRASE)


def test_tiny_or_empty_file_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "w.satchel"
    path.write_bytes(b"")
    with pytest.raises(WalletCorrupt):
        Wallet.open(path, PASSPHRASE)
    path.write_bytes(os.urandom(100))
    with pytest.raises(WalletCorrupt):
        Wallet.open(path, PASSPHRASE)


def test_passphrases_that_cannot_be_used(wallet_path: Path) -> None:
    for bad in ("", "with\x00nul"):
        with pytest.raises(UsageError):
            Wallet.create(wallet_path, bad)
    assert not wallet_path.exists()


def test_quotes_and_unicode_in_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "w.satchel"
    tricky = "'; DROP TABLE x; -- ünïcødé \"ok\""
    Wallet.create(path, tricky).close()
    Wallet.open(path, tricky).close()
    with pytest.raises(WrongPassphrase):
        Wallet.open(path, "'")


def test_closed_wallet_is_locked(wallet: Wallet) -> None:
    wallet.close()
    assert not wallet.is_open
    with pytest.raises(WalletLocked):
        wallet.count()
    wallet.close()  # closing twice is harmless


def test_context_manager_closes(wallet_path: Path) -> None:
    with Wallet.create(wallet_path, PASSPHRASE) as wallet:
        assert wallet.is_open
    assert not wallet.is_open


def test_rekey_only_new_passphrase_opens(wallet_path: Path) -> None:
    with Wallet.create(wallet_path, PASSPHRASE) as wallet:
        cid = add(wallet, 1, name="Rekeyed")
        wallet.rekey("a brand new passphrase")
        assert wallet.get(cid).display.name == "Rekeyed"
    with pytest.raises(WrongPassphrase):
        Wallet.open(wallet_path, PASSPHRASE)
    with Wallet.open(wallet_path, "a brand new passphrase") as wallet:
        assert wallet.get(cid).display == DisplayFields(name="Rekeyed")
    with pytest.raises(UsageError):
        Wallet.open(wallet_path, "a brand new passphrase").rekey("")
