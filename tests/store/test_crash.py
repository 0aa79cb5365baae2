"""The wallet survives SIGKILL at any moment: everything reported committed is there after reopening."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from satchel.errors import WrongPassphrase
from satchel.model import ListQuery
from satchel.store import Wallet
from tests.store.conftest import PASSPHRASE

CHILD = Path(__file__).with_name("crash_child.py")
ROUNDS = 15


def _run_and_kill(path: Path, round_no: int, rng: random.Random) -> list[str]:
    child = subprocess.Popen([sys.executable, str(CHILD), str(path), str(round_no)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdin and child.stdout
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "ready"
    committed: list[str] = []
    deadline = time.monotonic() + rng.uniform(0.02, 0.6)
    fd = child.stdout.fileno()
    buffer = ""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if ready:
            chunk = os.read(fd, 65536).decode()
            if not chunk:
                break
            buffer += chunk
    child.send_signal(signal.SIGKILL)
    child.wait()
    buffer += child.stdout.read()
    child.stdout.close()
    child.stdin.close()
    assert child.returncode == -signal.SIGKILL, "the child stopped before it was killed"
    committed = [line for line in buffer.split("\n")[:-1] if line]  # a last partial line is not a report
    return committed


@pytest.mark.slow
def test_wallet_survives_sigkill_at_random_moments(tmp_path: Path) -> None:
    rng = random.Random(20261101)
    path = tmp_path / "crash" / "wallet.satchel"
    Wallet.create(path, PASSPHRASE).close()
    every_id: list[str] = []
    before: set[str] = set()
    for round_no in range(ROUNDS):
        committed = _run_and_kill(path, round_no, rng)
        every_id.extend(committed)
        with pytest.raises(WrongPassphrase):
            Wallet.open(path, "not the passphrase")
        with Wallet.open(path, PASSPHRASE) as wallet:
            stored = {record.id for record in wallet.list(ListQuery())}
            missing = set(every_id) - stored
            assert not missing, f"round {round_no}: {len(missing)} committed credentials lost"
            assert before <= stored  # nothing committed in an earlier round went missing
            assert len(stored - before - set(committed)) <= 1  # at most one committed but not yet reported
            for cid in committed[-3:]:
                assert wallet.get(cid).raw.startswith(b'{"round": ')
            assert wallet.count(ListQuery(search="crash")) == len(stored)
            before = stored
    assert len(every_id) > ROUNDS  # the rounds did real work
