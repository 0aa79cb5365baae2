"""Shared fixtures: where the interop corpus is, and a guard that fails any test reaching the network."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def corpus_dir() -> Path:
    override = os.environ.get("SATCHEL_CORPUS")
    path = Path(override) if override else REPO.parent / "shared" / "corpus"
    if not path.is_dir():
        raise RuntimeError(f"The interop corpus was not found at {path}; set SATCHEL_CORPUS.")
    return path


@pytest.fixture(scope="session")
def corpus() -> Path:
    return corpus_dir()


_real_connect = socket.socket.connect


def _guarded_connect(self, address):
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1") or "/" in host):
        return _real_connect(self, address)
    raise AssertionError(f"test tried to reach the network: {address!r}")


@pytest.fixture(autouse=True)
def no_internet(monkeypatch):
    """No test may reach the internet; loopback (local test servers, the app under test) is fine."""
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    yield


@pytest.fixture(autouse=True)
def no_link_left_open():
    """A link handed to the app travels in SATCHEL_OPEN_LINK; a test that opens one through the launcher
    must not leave it in this process's environment, or every app a later test starts would open it."""
    yield
    os.environ.pop("SATCHEL_OPEN_LINK", None)
