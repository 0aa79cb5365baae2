"""A wallet open in one process while another changes its passphrase: a typed error that says so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import satchel
from satchel.errors import PassphraseChanged, WalletCorrupt, WalletLocked
from satchel.i18n import render_error
from satchel.store import Wallet
from tests.store.conftest import PASSPHRASE, add

SRC = str(Path(satchel.__file__).resolve().parents[1])
NEW = "a brand new passphrase"


@pytest.fixture
def wallet_path(tmp_path: Path, clock) -> Path:
    path = tmp_path / "home" / "wallet.satchel"  # where `satchel --home` looks
    with Wallet.create(path, PASSPHRASE, clock=clock) as wallet:
        add(wallet, 1, name="One")
    return path


@pytest.mark.parametrize("operation", [lambda w: w.count(), lambda w: add(w, 2, name="Two"),
                                       lambda w: w.set_setting("theme", "dark")])
def test_a_stale_key_says_the_passphrase_changed(wallet_path: Path, clock, operation):
    other = Wallet.open(wallet_path, PASSPHRASE, clock=clock)
    assert other.count() == 1
    with Wallet.open(wallet_path, PASSPHRASE, clock=clock) as changer:
        changer.rekey(NEW)
    with pytest.raises(PassphraseChanged) as caught:
        operation(other)
    assert isinstance(caught.value, WalletLocked)
    assert "passphrase was changed" in caught.value.message and "Unlock it again" in caught.value.message
    assert "phrase secrète du portefeuille a été changée" in render_error(caught.value, "fr")
    with pytest.raises(WalletLocked):  # the stale session is closed
        other.count()
    with Wallet.open(wallet_path, NEW, clock=clock) as again:
        assert again.count() == 1


def test_a_damaged_page_is_still_called_damaged(wallet_path: Path, clock):
    with Wallet.open(wallet_path, PASSPHRASE, clock=clock) as wallet:
        for n in range(2, 40):
            add(wallet, n, name=f"Badge {n}", description="y" * 500)
    wallet = Wallet.open(wallet_path, PASSPHRASE, clock=clock)
    data = bytearray(wallet_path.read_bytes())
    data[len(data) - 4096 + 1000] ^= 0x10  # a page far from page 1
    wallet_path.write_bytes(bytes(data))
    with pytest.raises(WalletCorrupt) as caught:
        [wallet.get(r.id) for r in wallet.list()]
    assert not isinstance(caught.value, PassphraseChanged)
    wallet.close()


_HOLDER = """
import sys
from pathlib import Path
from satchel.errors import SatchelError
from satchel.store import Wallet
wallet = Wallet.open(Path(sys.argv[1]), sys.argv[2])
print(wallet.count(), flush=True)
sys.stdin.readline()  # the other process changes the passphrase now
try:
    print(wallet.count())
except SatchelError as exc:
    print(type(exc).__name__, exc.code)
"""


def test_satchel_passwd_while_another_process_has_the_wallet_open(wallet_path: Path, capsys, monkeypatch):
    from satchel.cli.main import main
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(wallet_path), PASSPHRASE], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": SRC})
    try:
        assert holder.stdout.readline().strip() == "1"
        monkeypatch.setenv("SATCHEL_PASSPHRASE", PASSPHRASE)
        monkeypatch.setenv("SATCHEL_NEW_PASSPHRASE", NEW)
        assert main(["--home", str(wallet_path.parent), "passwd"]) == 0, capsys.readouterr().err
        out, _ = holder.communicate("go\n", timeout=60)
    finally:
        holder.kill()
    assert out.strip() == "PassphraseChanged passphrase_changed"


def test_a_busy_wallet_is_not_mistaken_for_a_changed_passphrase(wallet_path: Path, clock):
    import sqlcipher3

    from satchel.store import connection
    with Wallet.open(wallet_path, PASSPHRASE, clock=clock) as wallet:
        blocker = sqlcipher3.connect(str(wallet_path), isolation_level=None, timeout=0)
        blocker.execute("PRAGMA key = " + connection.quote_literal(PASSPHRASE))
        blocker.execute("PRAGMA cipher_compatibility = 4")
        blocker.execute("BEGIN EXCLUSIVE")  # another process is writing
        try:
            assert connection.key_still_opens(wallet._conn, wallet_path)
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        assert wallet.count() == 1
