from __future__ import annotations

from pathlib import Path

import pytest

from satchel.cli.main import main

from .peers import installed

PASS = "correct horse battery staple"


class Cli:
    """`satchel` in-process against one wallet home: (exit code, stdout, stderr)."""

    def __init__(self, home: Path, capsys) -> None:
        self.home, self._capsys = home, capsys

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        self._capsys.readouterr()
        try:
            code = main(["--home", str(self.home), *argv])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = self._capsys.readouterr()
        return code, out, err


@pytest.fixture(scope="session")
def issuer_peer() -> Path:
    return installed("issuer-peer")


@pytest.fixture(scope="session")
def verifier_peer() -> Path:
    return installed("verifier-peer")


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch) -> Cli:
    for var in ("SATCHEL_PASSPHRASE", "SATCHEL_NEW_PASSPHRASE"):
        monkeypatch.setenv(var, PASS)
    monkeypatch.setenv("SATCHEL_LANG", "en")
    monkeypatch.setenv("SATCHEL_ALLOW_LOOPBACK", "1")
    run = Cli(tmp_path / "home", capsys)
    code, _, err = run("init")
    assert code == 0, err
    return run


@pytest.fixture
def trust(monkeypatch):
    """Trust one peer's throwaway CA (the test setting SATCHEL_EXTRA_CA_FILE)."""
    return lambda peer: monkeypatch.setenv("SATCHEL_EXTRA_CA_FILE", peer.ca)
