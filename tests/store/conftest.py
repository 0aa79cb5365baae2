"""Shared helpers for the wallet store tests."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from satchel.clock import FixedClock, parse_instant
from satchel.model import DisplayFields
from satchel.store import Wallet

PASSPHRASE = "correct horse 'battery' staple"


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def credential_bytes(n: int, **fields: object) -> bytes:
    document = {"@context": ["https://www.w3.org/ns/credentials/v2"], "id": f"urn:uuid:test-{n}",
                "type": ["VerifiableCredential"], **fields}
    return json.dumps(document, sort_keys=True).encode()


def add(wallet: Wallet, n: int, *, added_at: str = "2026-01-01T00:00:00Z", **display: object) -> str:
    cid, created = wallet.add_credential(
        credential_bytes(n, **{"x": display.get("name")}), format="vc-json", signed_form="data-integrity",
        source="test", display=DisplayFields(**display), added_at=added_at)
    assert created
    return cid


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(parse_instant("2026-11-01T10:00:00Z"))


@pytest.fixture
def wallet_path(tmp_path: Path) -> Path:
    return tmp_path / "home" / "wallet.satchel"


@pytest.fixture
def wallet(wallet_path: Path, clock: FixedClock):
    with Wallet.create(wallet_path, PASSPHRASE, clock=clock) as opened:
        yield opened
