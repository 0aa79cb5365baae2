"""Fixtures for the verifier's cryptographic core: corpus paths, an offline loader and resolver, and a
socket guard that makes any network use in this folder fail (loopback included)."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from satchel.vc.did import DidResolver
from satchel.vc.jsonld import OfflineLoader


def corpus_root() -> Path:
    override = os.environ.get("SATCHEL_CORPUS")
    return Path(override) if override else Path(__file__).parents[2] / ".." / "shared" / "corpus"


PUBLIC = corpus_root() / "public"
PEER = corpus_root() / "peer"


def load_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def manifest() -> list[dict]:
    return load_json(PUBLIC / "manifest.json")


class _NoNetworkSocket(socket.socket):
    def connect(self, address):
        raise AssertionError(f"network access attempted: {address!r}")

    def connect_ex(self, address):
        raise AssertionError(f"network access attempted: {address!r}")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Every test here runs with sockets that cannot connect anywhere, and no DNS."""
    monkeypatch.setattr(socket, "socket", _NoNetworkSocket)

    def refuse(*args, **kwargs):
        raise AssertionError(f"DNS lookup attempted: {args!r}")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="session")
def loader() -> OfflineLoader:
    return OfflineLoader()


@pytest.fixture(scope="session")
def resolver() -> DidResolver:
    return DidResolver()


def docs_web(docs: dict[str, str]):
    """A fake ``web`` callable serving a manifest entry's ``docs`` map (URL → corpus file)."""
    served = {url.split("#", 1)[0]: PUBLIC / path for url, path in docs.items()}

    def web(did_or_url: str) -> dict:
        url = did_or_url
        if did_or_url.startswith("did:web:"):
            parts = did_or_url.removeprefix("did:web:").split(":")
            url = "https://" + "/".join(parts) + ("/did.json" if len(parts) > 1 else "/.well-known/did.json")
        if url not in served:
            from satchel.errors import FetchFailed

            raise FetchFailed(f"not served in this test: {url}")
        return load_json(served[url])

    return web
