"""Hash helpers (standard library; kept here so every primitive has one door)."""

from __future__ import annotations

import hashlib


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def sha384(data: bytes) -> bytes:
    return hashlib.sha384(data).digest()


HASHES = {"SHA-256": sha256, "SHA-384": sha384}
