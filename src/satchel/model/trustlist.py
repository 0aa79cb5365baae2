"""What an EU trusted list (ETSI TS 119 612) says about qualified certificate authorities."""

from __future__ import annotations

from dataclasses import dataclass

CA_QC = "http://uri.etsi.org/TrstSvc/Svctype/CA/QC"
GRANTED = "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted"


@dataclass(frozen=True)
class QualifiedService:
    provider: str
    name: str
    status: str
    status_since: str | None
    certificates: tuple[bytes, ...]  # DER

    @property
    def granted(self) -> bool:
        return self.status == GRANTED


@dataclass(frozen=True)
class TrustedList:
    territory: str
    next_update: str | None  # ISO 8601, as the list states it
    services: tuple[QualifiedService, ...]


__all__ = ["CA_QC", "GRANTED", "QualifiedService", "TrustedList"]
