"""Plain result values the services hand to the CLI and the UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from satchel.model import VerificationReport


@dataclass(frozen=True)
class ImportOutcome:
    added: tuple[str, ...] = ()  # ids of credentials new to the wallet
    existing: tuple[str, ...] = ()  # ids already there (same bytes): nothing changed

    @property
    def ids(self) -> tuple[str, ...]:
        return self.added + self.existing


@dataclass(frozen=True)
class ImportItem:
    """One file of a batch import: what it added, what was already there, or why it was refused."""

    name: str
    added: tuple[str, ...] = ()
    existing: tuple[str, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class ShareBundle:
    vp: dict[str, Any]
    frames: tuple[str, ...]  # QR payload texts, one per QR frame
    pngs: tuple[bytes, ...]  # one PNG per frame
    gif: bytes | None  # animated GIF when there is more than one frame
    challenge: str
    domain: str | None
    qr_version: int
    linkedin: dict[str, str] = field(default_factory=dict)  # credential id -> add-to-profile URL


@dataclass(frozen=True)
class ScanResult:
    payload_kind: str  # "satchel", "vpqr", "credential"
    report: VerificationReport
    document: dict[str, Any] | None = None
