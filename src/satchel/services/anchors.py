"""Certificate authorities the user trusts for verifiers' signed requests (OpenID4VP ``x509_*``), in
addition to the system roots. Public certificates, kept in ``verifier-anchors.pem`` in the home
directory (readable without unlocking, like the trusted-issuer list)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from satchel.crypto import x509 as certificates
from satchel.errors import UsageError
from satchel.fsutil import atomic_write
from satchel.net import extra_ca_file

FILE = "verifier-anchors.pem"
MAX_BYTES = 1_000_000


def _path(home: Path) -> Path:
    return Path(home) / FILE


def _load(home: Path) -> list[Any]:
    path = _path(home)
    data = path.read_bytes() if path.exists() else b""
    return certificates.load_pem_certificates(data) if data.strip() else []


def entries(home: Path) -> list[tuple[str, str]]:
    """(subject, SHA-256 fingerprint) of every anchor the user added."""
    return [certificates.describe(c) for c in _load(home)]


def add(home: Path, pem: bytes) -> list[tuple[str, str]]:
    """Add the certificates in ``pem`` (duplicates ignored); returns what was added."""
    if len(pem) > MAX_BYTES:
        raise UsageError("This file is too large to be a certificate.")
    new = certificates.load_pem_certificates(pem)
    kept = _load(home)
    known = {certificates.describe(c)[1] for c in kept}
    added = [c for c in new if certificates.describe(c)[1] not in known]
    if added:
        atomic_write(_path(home), certificates.to_pem(kept + added), mode=0o600)
    return [certificates.describe(c) for c in added]


def remove(home: Path, fingerprint: str) -> bool:
    wanted = fingerprint.lower().replace(":", "")
    kept = _load(home)
    remaining = [c for c in kept if certificates.describe(c)[1] != wanted]
    if len(remaining) == len(kept):
        return False
    if remaining:
        atomic_write(_path(home), certificates.to_pem(remaining), mode=0o600)
    else:
        _path(home).unlink()
    return True


def all_anchors(home: Path) -> list[Any]:
    """The system roots, the user's anchors, and the test CA file when that test setting is on."""
    found = [*certificates.system_anchors(), *_load(home)]
    extra = extra_ca_file()
    if extra is not None:
        found += certificates.load_pem_certificates(extra.read_bytes())
    return found


__all__ = ["add", "all_anchors", "entries", "remove"]
