"""The issuers a user trusts (kept by services in the wallet settings and in a plain file)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from satchel.model import Check, CheckName, CheckStatus
from satchel.vc import checks


@dataclass(frozen=True)
class TrustedIssuer:
    id: str
    name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TrustedIssuer:
        return cls(str(data["id"]), data.get("name"))


class TrustList:
    """``entries``: TrustedIssuer values, ``{"id", "name"}`` dicts or ``(id, name)`` pairs."""

    def __init__(self, entries: Iterable[TrustedIssuer | Mapping[str, Any] | tuple[str, str | None]] = ()
                 ) -> None:
        self._by_id: dict[str, TrustedIssuer] = {}
        for entry in entries:
            if isinstance(entry, TrustedIssuer):
                issuer = entry
            elif isinstance(entry, Mapping):
                issuer = TrustedIssuer.from_dict(entry)
            else:
                issuer = TrustedIssuer(str(entry[0]), entry[1] if len(entry) > 1 else None)
            self._by_id[issuer.id] = issuer

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[TrustedIssuer]:
        return iter(self._by_id.values())

    def lookup(self, issuer_id: str | None) -> TrustedIssuer | None:
        return self._by_id.get(issuer_id) if issuer_id else None

    def to_list(self) -> list[dict[str, Any]]:
        return [issuer.to_dict() for issuer in self._by_id.values()]


def trust_check(trust: TrustList | None, issuer_id: str | None, issuer_name: str | None, *,
                proven: bool = True) -> Check:
    """OK when the issuer is listed; a WARNING (never a failure) when it is not.

    A trust-list entry applies only to an issuer id that was proven (the signing key or the hosting
    policy was checked against the issuer's own documents). ``proven=False`` gives UNKNOWN: the name
    the credential claims was not proven, so the list neither vouches for it nor warns against it."""
    if trust is None:
        return checks.ok(CheckName.ISSUER_TRUST, "none")
    if not issuer_id:  # nothing names the issuer (e.g. an OB 2.0 badge whose details are on its server)
        status = CheckStatus.WARNING if proven else CheckStatus.UNKNOWN
        return checks.make(CheckName.ISSUER_TRUST, status, "unnamed", {"issuer": None})
    if not proven:
        return checks.unknown(CheckName.ISSUER_TRUST, "unproven", {"issuer": issuer_id},
                              issuer=issuer_name or issuer_id)
    entry = trust.lookup(issuer_id)
    if entry is None:
        return checks.warning(CheckName.ISSUER_TRUST, "unlisted", {"issuer": issuer_id},
                              issuer=issuer_name or issuer_id)
    return checks.ok(CheckName.ISSUER_TRUST, "ok", {"issuer": issuer_id},
                     name=entry.name or issuer_name or entry.id)
