"""A credential as kept in the wallet, and how the list is queried."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from satchel.model.credential import DisplayFields


class SortKey(str, Enum):
    NAME = "name"
    ISSUER = "issuer"
    ISSUED = "issued"
    ADDED = "added"
    EU = "eu"  # how many EU micro-credential elements (Annex I) the credential states


@dataclass(frozen=True)
class ListQuery:
    search: str | None = None  # free text over name, description, issuer, subject, tags
    tag: str | None = None
    collection: str | None = None
    issuer: str | None = None  # issuer id or name
    status: str | None = None  # an Outcome value from the stored report, or "unverified"
    eu_complete: bool | None = None  # True: states every mandatory EU element; False: misses some
    sort: SortKey = SortKey.ADDED
    descending: bool = False
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class CredentialRecord:
    """One stored credential. ``raw`` may be empty in list results (loaded only by ``get``)."""

    id: str
    sha256: str
    format: str
    signed_form: str
    source: str
    added_at: str
    display: DisplayFields
    raw: bytes = b""
    tags: tuple[str, ...] = ()
    collections: tuple[str, ...] = ()
    outcome: str | None = None  # Outcome of the last stored verification, None if never verified
    verified_at: str | None = None
    report_json: str | None = None
    extra: dict[str, object] = field(default_factory=dict)
