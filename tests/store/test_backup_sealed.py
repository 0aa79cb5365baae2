"""A backup is authenticated as a whole before anything is restored; a restore killed midway leaves no
temporary file for good."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import satchel
from satchel.errors import BackupError
from satchel.store import Wallet
from tests.store.conftest import PASSPHRASE, add, file_sha256

BACKUP_PASSPHRASE = "a different backup passphrase"
SRC = str(Path(satchel.__file__).resolve().parents[1])


@pytest.fixture
def backup_file(tmp_path: Path, clock) -> Path:
    with Wallet.create(tmp_path / "source" / "w.satchel", PASSPHRASE, clock=clock) as wallet:
        for n in range(6):
            add(wallet, n, name=f"Badge {n}", description="x" * 400)
        wallet.add_tags(wallet.list()[0].id, ["job"])
        target = tmp_path / "backup.bin"
        wallet.export_backup(target, BACKUP_PASSPHRASE)
    return target


def _every_page(size: int) -> list[int]:
    """Bytes to flip: the salt, each 4 KiB page's start, middle and reserved tail (IV + HMAC), and the
    seal at the end of the file (its salt, length and HMAC)."""
    spots = {0, 8, 15, 16, 100}
    for page in range(0, size, 4096):
        spots.update({page + 20, page + 2048, page + 4096 - 70, page + 4096 - 1})
    spots.update({size - 1, size - 20, size - 40, size - 60, size - 80})
    return sorted(p for p in spots if 0 <= p < size)


def _a_few(size: int) -> list[int]:
    """One byte of each kind: the KDF salt, a page's body, a page's reserved tail, a free page's tail,
    the seal's length field and its HMAC."""
    return [3, 4096 + 2048, 2 * 4096 - 1, size - 96 - 4096 + 4000, size - 40, size - 1]


@pytest.mark.parametrize("positions", [
    _a_few,
    pytest.param(_every_page, marks=pytest.mark.slow),  # about 50 restores, 2 minutes on a busy machine
])
def test_a_flipped_byte_anywhere_is_refused_and_nothing_is_restored(backup_file: Path, tmp_path: Path, clock,
                                                                     positions):
    original = backup_file.read_bytes()
    wallet_path = tmp_path / "target" / "w.satchel"
    with Wallet.create(wallet_path, PASSPHRASE, clock=clock) as target:
        add(target, 99, name="Mine")
    before = file_sha256(wallet_path)
    accepted = []
    with Wallet.open(wallet_path, PASSPHRASE, clock=clock) as target:
        for position in positions(len(original)):
            damaged = bytearray(original)
            damaged[position] ^= 0x01
            backup_file.write_bytes(bytes(damaged))
            try:
                target.import_backup(backup_file, BACKUP_PASSPHRASE)
                accepted.append(position)
            except BackupError as exc:
                assert exc.code in ("backup", "backup_damaged")
            assert target.count() == 1
        assert sorted(os.listdir(wallet_path.parent)) == ["w.satchel"]
    assert accepted == [], f"restored despite a flipped byte at {accepted} of {len(original)}"
    assert file_sha256(wallet_path) == before


def test_a_truncated_or_extended_backup_is_refused(backup_file: Path, tmp_path: Path, clock):
    original = backup_file.read_bytes()
    with Wallet.create(tmp_path / "t" / "w.satchel", PASSPHRASE, clock=clock) as target:
        for data in (original[:-4096], original[:-1], original + b"\x00" * 4096, original[:4096]):
            backup_file.write_bytes(data)
            with pytest.raises(BackupError):
                target.import_backup(backup_file, BACKUP_PASSPHRASE)
            assert target.count() == 0


def test_a_damaged_backup_says_damaged_and_a_wrong_passphrase_says_so(backup_file: Path, tmp_path: Path, clock):
    data = bytearray(backup_file.read_bytes())
    with Wallet.create(tmp_path / "t" / "w.satchel", PASSPHRASE, clock=clock) as target:
        with pytest.raises(BackupError) as wrong:
            target.import_backup(backup_file, "not the backup passphrase")
        assert wrong.value.code == "backup"
        data[len(data) // 2] ^= 0x80
        backup_file.write_bytes(bytes(data))
        with pytest.raises(BackupError) as damaged:
            target.import_backup(backup_file, BACKUP_PASSPHRASE)
        assert damaged.value.code == "backup_damaged"
        assert "damaged or was changed" in damaged.value.message


def test_an_intact_backup_still_restores(backup_file: Path, tmp_path: Path, clock):
    with Wallet.create(tmp_path / "t" / "w.satchel", PASSPHRASE, clock=clock) as target:
        assert target.import_backup(backup_file, BACKUP_PASSPHRASE).added == 6
        assert target.tags() == [("job", 1)]


_PAUSED_RESTORE = """
import sys, time
from pathlib import Path
from satchel.store import Wallet, backup
def pause(*args, **kwargs):
    print("merging", flush=True)
    time.sleep(600)
backup._merge = pause
with Wallet.open(Path(sys.argv[1]), sys.argv[3]) as wallet:
    wallet.import_backup(Path(sys.argv[2]), sys.argv[4])
"""


def _start_paused_restore(wallet_path: Path, backup_path: Path) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", _PAUSED_RESTORE, str(wallet_path), str(backup_path),
                              PASSPHRASE, BACKUP_PASSPHRASE], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": SRC})
    assert child.stdout.readline().strip() == "merging"
    return child


def _leftovers(folder: Path) -> list[str]:
    return sorted(n for n in os.listdir(folder) if n != "w.satchel")


def test_a_restore_killed_midway_leaves_no_temporary_file_after_the_next_open(backup_file, tmp_path, clock):
    wallet_path = tmp_path / "t" / "w.satchel"
    Wallet.create(wallet_path, PASSPHRASE, clock=clock).close()
    child = _start_paused_restore(wallet_path, backup_file)
    try:
        in_use = _leftovers(wallet_path.parent)
        assert in_use and all(n.endswith(".tmp") for n in in_use)
        Wallet.open(wallet_path, PASSPHRASE, clock=clock).close()  # another window opens the wallet…
        assert _leftovers(wallet_path.parent) == in_use  # …and leaves a restore in progress alone
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert _leftovers(wallet_path.parent) == in_use  # kill -9: nothing could clean up
    with Wallet.open(wallet_path, PASSPHRASE, clock=clock) as wallet:
        assert _leftovers(wallet_path.parent) == []
        assert wallet.count() == 0


@pytest.fixture
def unsealed_backup(tmp_path: Path, clock, monkeypatch) -> Path:
    """A backup as Satchel wrote them before the seal (format 1)."""
    from satchel.store import backup, seal
    monkeypatch.setattr(backup, "FORMAT_VERSION", "1")
    monkeypatch.setattr(seal, "append_seal", lambda path, passphrase: None)
    with Wallet.create(tmp_path / "old" / "w.satchel", PASSPHRASE, clock=clock) as wallet:
        for n in range(3):
            add(wallet, n, name=f"Old {n}")
        target = tmp_path / "old-backup.bin"
        wallet.export_backup(target, BACKUP_PASSPHRASE)
    monkeypatch.undo()
    return target


def test_a_format_1_backup_restores_only_when_every_page_checks(unsealed_backup: Path, tmp_path: Path, clock):
    data = unsealed_backup.read_bytes()
    assert len(data) % 4096 == 0
    with Wallet.create(tmp_path / "t" / "w.satchel", PASSPHRASE, clock=clock) as target:
        for position in (len(data) - 1, len(data) - 4096 + 2000):
            damaged = bytearray(data)
            damaged[position] ^= 0x04
            unsealed_backup.write_bytes(bytes(damaged))
            with pytest.raises(BackupError):
                target.import_backup(unsealed_backup, BACKUP_PASSPHRASE)
            assert target.count() == 0
        unsealed_backup.write_bytes(data + b"\x00" * 96)  # a sealed backup whose seal was damaged
        with pytest.raises(BackupError):
            target.import_backup(unsealed_backup, BACKUP_PASSPHRASE)
        unsealed_backup.write_bytes(data)
        assert target.import_backup(unsealed_backup, BACKUP_PASSPHRASE).added == 3
