"""A VC-API exchanger asking for credentials (``QueryByExample``): which stored credentials answer it, what
the consent step shows, and what goes out for the ids the person chose.

Only Data Integrity credentials (JSON with an embedded proof) can travel inside the presentation an
exchanger gets; other stored forms are never offered. What is sent for a query is the chosen credentials
that answer it — a chosen credential that answers none of the queries is never sent.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from satchel import formats
from satchel.errors import SatchelError
from satchel.exchange import query_by_example, vcapi
from satchel.model import SignedForm

if TYPE_CHECKING:
    from satchel.services.app import Satchel


@dataclass(frozen=True)
class Candidate:
    id: str
    name: str
    document: dict[str, Any] = field(repr=False)


@dataclass(frozen=True)
class AskedQuery:
    types: tuple[str, ...]  # the credential types its examples name (empty: it names none)
    reasons: tuple[str, ...]  # why, in the exchanger's own words
    matches: tuple[tuple[str, str], ...]  # (record id, name) of the stored credentials that answer it


@dataclass(frozen=True)
class CredentialRequest:
    """What the consent step shows: who asks, for what, and which stored credentials answer each query."""

    who: str  # the exchanger's host: the https address every answer goes to
    named_origin: str | None  # the origin the link names, when it is another one (not proven)
    queries: tuple[AskedQuery, ...]
    asked: vcapi.Asked = field(repr=False)

    @property
    def answerable(self) -> bool:
        """Every query has at least one stored credential that answers it."""
        return all(query.matches for query in self.queries)


def candidates(app: Satchel) -> list[Candidate]:
    """The stored credentials that can go inside a presentation to an exchanger."""
    wallet = app.session.wallet()
    found: list[Candidate] = []
    for listed in app.list():
        if listed.signed_form != SignedForm.DATA_INTEGRITY.value:
            continue
        record = wallet.get(listed.id)
        try:
            parsed = formats.parse(record.raw).credentials[0]
        except SatchelError:
            continue
        if isinstance(parsed.verifiable, dict):
            found.append(Candidate(record.id, record.display.name or record.id, parsed.verifiable))
    return found


def _host(url: str | None) -> str | None:
    return urlsplit(url).netloc or None if url else None


def asked_query(query: dict[str, Any], stored: list[Candidate]) -> AskedQuery:
    return AskedQuery(tuple(query_by_example.asked_types(query)), tuple(query_by_example.reasons(query)),
                      tuple((c.id, c.name) for c in stored if query_by_example.answers(query, c.document)))


def exchanger(link: vcapi.Link) -> tuple[str, str | None]:
    """Who a VC-API link puts the holder in touch with, as far as it is known: the exchanger's host (where
    everything goes; an unverified website), and the origin the link names when it is another one (not
    proven either)."""
    who = _host(link.exchange_url) or link.exchange_url
    return who, link.origin if link.origin and _host(link.origin) != who else None


def view(app: Satchel, link: vcapi.Link, asked: vcapi.Asked) -> CredentialRequest:
    stored = candidates(app)
    queries = tuple(asked_query(q, stored) for q in asked.queries)
    who, named = exchanger(link)
    return CredentialRequest(who, named, queries, asked)


def chosen(app: Satchel, request: CredentialRequest, ids: Collection[str]) -> list[list[Any]]:
    """For each query, the chosen credentials (as stored: their JSON documents) that answer it."""
    by_id = {c.id: c for c in candidates(app)}
    return [[by_id[record_id].document for record_id, _ in query.matches if record_id in ids and record_id in by_id]
            for query in request.queries]


def chooser(app: Satchel, ids: Collection[str]) -> vcapi.Chooser:
    """For `satchel receive --select ID…`: each query gets the selected credentials that answer it."""
    stored = [c for c in candidates(app) if c.id in ids]
    return lambda query: [c.document for c in stored if query_by_example.answers(query, c.document)]


__all__ = [
    "AskedQuery",
    "Candidate",
    "CredentialRequest",
    "asked_query",
    "candidates",
    "chooser",
    "chosen",
    "exchanger",
    "view",
]
