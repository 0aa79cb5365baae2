"""Certificate authorities the user trusts for verifiers' signed requests (OpenID4VP ``x509_*``), in
addition to the system roots. Public certificates, kept in ``verifier-anchors.pem`` in the home
directory (readable without unlocking, like the trusted-issuer list). A file to add may be PEM (one or
more certificates) or DER (one); anything else is refused with a sentence saying so, and nothing changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from satchel.crypto import x509 as certificates
from satchel.errors import UsageError
from satchel.fsutil import atomic_write
from satchel.net import extra_ca_file

FILE = "verifier-anchors.pem"
MAX_BYTES = 1_000_000


@dataclass(frozen=True)
class Anchor:
    subject: str
    fingerprint: str  # SHA-256 of the certificate (DER), lower-case hex
    valid_until: datetime

    def expired(self, now: datetime) -> bool:
        return now > self.valid_until


def _path(home: Path) -> Path:
    return Path(home) / FILE


def _load(home: Path) -> list[Any]:
    path = _path(home)
    data = path.read_bytes() if path.exists() else b""
    return certificates.load_pem_certificates(data) if data.strip() else []


def _anchor(certificate: Any) -> Anchor:
    subject, fingerprint = certificates.describe(certificate)
    return Anchor(subject, fingerprint, certificates.valid_until(certificate))


def entries(home: Path) -> list[Anchor]:
    """Every anchor the user added, in the order added."""
    return [_anchor(c) for c in _load(home)]


def add(home: Path, data: bytes) -> list[Anchor]:
    """Add the certificates in ``data`` (PEM or DER; those already there are skipped); returns what was added."""
    if len(data) > MAX_BYTES:
        raise UsageError("This file is too large to be a certificate.", code="certificate_too_large")
    new = certificates.load_certificates(data)
    kept = _load(home)
    known = {certificates.describe(c)[1] for c in kept}
    added: list[Any] = []
    for certificate in new:
        fingerprint = certificates.describe(certificate)[1]
        if fingerprint not in known:
            known.add(fingerprint)
            added.append(certificate)
    if added:
        atomic_write(_path(home), certificates.to_pem(kept + added), mode=0o600)
    return [_anchor(c) for c in added]


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


__all__ = ["Anchor", "add", "all_anchors", "entries", "remove"]
