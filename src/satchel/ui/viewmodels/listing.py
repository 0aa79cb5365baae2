"""The credentials list: filters → query, records → cards, paging."""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from satchel.model import CredentialRecord, DisplayFields, ListQuery, SortKey

PAGE_SIZE = 60
STATUSES = ("verified", "expired", "not_yet_valid", "revoked", "unknown", "invalid", "failed",
            "unverified")


@dataclass(frozen=True)
class Filters:
    """What the user typed and picked above the list."""

    search: str = ""
    tag: str | None = None
    collection: str | None = None
    issuer: str | None = None
    status: str | None = None
    eu: str | None = None  # "complete" | "incomplete": the EU micro-credential checklist
    sort: SortKey = SortKey.ADDED
    descending: bool = True

    @property
    def active(self) -> bool:
        return bool(self.search.strip() or self.tag or self.collection or self.issuer or self.status or self.eu)

    def cleared(self) -> Filters:
        return Filters(sort=self.sort, descending=self.descending)

    def query(self, limit: int = PAGE_SIZE, offset: int = 0) -> ListQuery:
        return ListQuery(search=self.search.strip() or None, tag=self.tag, collection=self.collection,
                         issuer=self.issuer, status=self.status,
                         eu_complete=None if self.eu is None else self.eu == "complete", sort=self.sort,
                         descending=self.descending, limit=limit, offset=offset)

    def with_sort(self, key: str) -> Filters:
        """Sorting by name or issuer reads best A→Z; by dates, newest first; by EU elements, most first."""
        sort = SortKey(key)
        return replace(self, sort=sort, descending=sort in (SortKey.ADDED, SortKey.ISSUED))


EU_FILTERS = ("complete", "incomplete")
LINK_ONLY = "link_only"  # the chip of a credential kept as a link: nothing to verify, never green


def status_key(outcome: str | None) -> str:
    """The status chip for a stored outcome ('unverified' when never verified)."""
    return outcome if outcome in STATUSES else "unverified"


def record_status(record: CredentialRecord, outcome: str | None = None) -> str:
    """The chip of a record: 'link_only' for a link-only record whatever its report says, else its outcome's."""
    if record.signed_form == "link-only":
        return LINK_ONLY
    return status_key(outcome if outcome is not None else record.outcome)


@dataclass(frozen=True)
class Card:
    id: str
    name: str | None
    issuer: str | None
    issued: str | None
    status: str
    image: bytes | None
    seed: str  # picks the generated badge colour: one colour per badge, the same on every screen
    details_host: str | None = None  # a badge known only by its URL: where its name and issuer are


def card(record: CredentialRecord, picture: bytes | None = None) -> Card:
    """The list's view of a record; ``picture`` is its own badge picture (services.pictures.badge_pictures)."""
    d = record.display
    name = d.name or d.achievement_name
    issuer = d.issuer_name or d.issuer_id
    return Card(record.id, name, issuer, d.issued or d.valid_from, record_status(record),
                picture, badge_seed(record), details_host(d))


def details_host(d: DisplayFields) -> str | None:
    """The host of an Open Badges 2.0 badge whose details are only on its issuer's server, else None."""
    url = (d.extra or {}).get("details_url")
    if not isinstance(url, str):
        return None
    return urlsplit(url).hostname or url


def badge_seed(record: CredentialRecord) -> str:
    """What picks a credential's generated picture colour, wherever it is drawn (list, detail, share)."""
    return record.id


@dataclass(frozen=True)
class Page:
    cards: tuple[Card, ...]
    total: int

    @property
    def remaining(self) -> int:
        return max(0, self.total - len(self.cards))

    def extended(self, more: list[Card]) -> Page:
        known = {c.id for c in self.cards}
        return Page(self.cards + tuple(c for c in more if c.id not in known), self.total)


def issuer_choices(issuers: list[tuple[str | None, str | None, int]]) -> dict[str, str]:
    """Filter key → label for each issuer. Two issuers sharing a name are told apart by their host or id."""
    names = [name for _id, name, _n in issuers if name]
    out: dict[str, str] = {}
    for issuer_id, name, count in issuers:
        key = issuer_id or name or "?"
        label = name or issuer_id or "?"
        if name and issuer_id and names.count(name) > 1:
            label = f"{name} · {issuer_where(issuer_id)}"
        out[key] = f"{label} ({count})"
    return out


def issuer_where(issuer_id: str) -> str:
    """Where an issuer id points, shortly: the host of an https id or a did:web, else the shortened DID."""
    if issuer_id.startswith(("https://", "http://")):
        return issuer_id.split("/")[2]
    if issuer_id.startswith("did:web:"):
        return issuer_id[8:].split(":")[0].replace("%3A", ":")
    return issuer_id if len(issuer_id) <= 28 else f"{issuer_id[:20]}…{issuer_id[-6:]}"
