from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from satchel.cli.main import main
from tests.vc_core.test_peer_interop import peer_dir as peer_dir  # the JS peer's fixture, for the interop test

PASS = "correct horse battery staple"


class Cli:
    """Runs `satchel` in-process against a wallet home, capturing output and the exit code."""

    def __init__(self, home: Path, capsys, monkeypatch) -> None:
        self.home = home
        self._capsys = capsys
        monkeypatch.setenv("SATCHEL_PASSPHRASE", PASS)
        monkeypatch.setenv("SATCHEL_LANG", "en")
        self._monkeypatch = monkeypatch

    def __call__(self, *argv: str, passphrase: str | None = None) -> tuple[int, str, str]:
        if passphrase is not None:
            self._monkeypatch.setenv("SATCHEL_PASSPHRASE", passphrase)
        self._capsys.readouterr()
        try:
            code = main(["--home", str(self.home), *argv])
        except SystemExit as exc:  # argparse usage errors and --version
            code = exc.code if isinstance(exc.code, int) else 1
        finally:
            if passphrase is not None:
                self._monkeypatch.setenv("SATCHEL_PASSPHRASE", PASS)
        out, err = self._capsys.readouterr()
        return code, out, err

    def json(self, *argv: str):
        code, out, err = self(*argv, "--json")
        assert code == 0, err
        return json.loads(out)

    @property
    def wallet(self) -> Path:
        return self.home / "wallet.satchel"

    def wallet_sha(self) -> str:
        return hashlib.sha256(self.wallet.read_bytes()).hexdigest()


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch) -> Cli:
    c = Cli(tmp_path / "home", capsys, monkeypatch)
    code, _, err = c("init")
    assert code == 0, err
    return c


@pytest.fixture
def fresh_cli(tmp_path, capsys, monkeypatch) -> Cli:
    return Cli(tmp_path / "other-home", capsys, monkeypatch)
