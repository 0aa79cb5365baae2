from __future__ import annotations

import copy
import json
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest

from satchel import crypto
from satchel.clock import FixedClock
from satchel.net import OfflineFetcher
from satchel.services import Recruiter, Satchel
from satchel.vc import signing

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
PASS = "a long enough passphrase"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def satchel(tmp_path, clock) -> Satchel:
    app = Satchel(tmp_path / "home", clock=clock, fetcher=OfflineFetcher())
    app.create_wallet(PASS)
    return app


@pytest.fixture
def recruiter(tmp_path, clock) -> Recruiter:
    """The other side: a separate home with no wallet at all, through the recruiter's facade only."""
    return Recruiter(tmp_path / "recruiter", clock=clock, fetcher=OfflineFetcher())


@pytest.fixture(scope="session")
def issue(corpus_dir_path):
    """Sign fresh OB3 credentials with the corpus's test issuer key (eddsa-rdfc-2022)."""
    key = json.loads((corpus_dir_path / "peer" / "keys" / "issuer-ed25519.json").read_text())
    _, secret = crypto.decode_secret_multikey(key["secretKeyMultibase"])
    template = json.loads((corpus_dir_path / "peer" / "unsigned" / "ob3-v2.json").read_text())

    def make(name: str, **fields) -> bytes:
        doc = copy.deepcopy(template)
        doc["id"] = f"urn:uuid:{uuid.uuid4()}"
        doc["name"] = name
        doc["credentialSubject"]["achievement"]["name"] = name
        doc["issuer"]["id"] = key["did"]
        doc.update(fields)
        signed = signing.sign(doc, secret_key=secret, verification_method=key["id"], purpose="assertionMethod",
                              suite="eddsa-rdfc-2022", created="2026-11-22T12:00:00Z")
        return json.dumps(signed, indent=1).encode()

    return make


@pytest.fixture(scope="session")
def corpus_dir_path() -> Path:
    from tests.conftest import corpus_dir
    return corpus_dir()
