"""Remembering what a presentation made for a recruiter's domain showed of each credential that can hide
fields (QR share, ``satchel share|present --domain``), and recalling it the next time for the same domain.

Without a domain nothing is remembered: "the same recruiter" cannot be told. What is remembered is what was
shown, never more; the Share screen uses it to untick, never to tick (see :mod:`satchel.model.disclosure`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from satchel.model import CredentialRecord
from satchel.model.disclosure import RememberedChoice, qr_verifier, shown_of, widened

if TYPE_CHECKING:
    from satchel.store import Wallet


def hideable_pointers(record: CredentialRecord) -> list[str] | None:
    """The JSON pointers of the fields this credential lets its holder hide; None when it cannot hide any."""
    fields = (record.display.extra or {}).get("disclosable")
    if not isinstance(fields, list):
        return None
    return [f for f in fields if isinstance(f, str)]


def _reveal_for(record: CredentialRecord, reveal: Sequence[str] | Mapping[str, Sequence[str]] | None
                ) -> Sequence[str] | None:
    """The ``reveal`` of a share for one credential (a map names each credential's own; absent: shown whole)."""
    if isinstance(reveal, Mapping):
        chosen = reveal.get(record.id)
        return None if chosen is None else list(chosen)
    return None if reveal is None else list(reveal)


def _shown(records: Sequence[CredentialRecord], reveal: Sequence[str] | Mapping[str, Sequence[str]] | None
           ) -> list[tuple[CredentialRecord, list[str], tuple[str, ...]]]:
    """(record, its hideable fields, what the share shows of them) for each credential that can hide fields."""
    out = []
    for record in records:
        pointers = hideable_pointers(record)
        if pointers:
            out.append((record, pointers, shown_of(pointers, _reveal_for(record, reveal))))
    return out


def wider_than_last_time(wallet: Wallet, records: Sequence[CredentialRecord], domain: str | None,
                         reveal: Sequence[str] | Mapping[str, Sequence[str]] | None) -> dict[str, tuple[str, ...]]:
    """Per credential id, the fields a share for ``domain`` would show that the last one for it kept hidden."""
    verifier = qr_verifier(domain)
    if verifier is None:
        return {}
    more = {record.id: widened(pointers, shown, wallet.recall_choice(record.id, verifier))
            for record, pointers, shown in _shown(records, reveal)}
    return {cid: fields for cid, fields in more.items() if fields}


def remember(wallet: Wallet, records: Sequence[CredentialRecord], domain: str | None,
             reveal: Sequence[str] | Mapping[str, Sequence[str]] | None) -> None:
    """Keep, per credential that can hide fields, what a share made for ``domain`` showed of it."""
    verifier = qr_verifier(domain)
    if verifier is None:
        return
    for record, _pointers, shown in _shown(records, reveal):
        wallet.remember_choice(record.id, verifier=verifier, label=(domain or "").strip(), revealed=shown)


def recall(wallet: Wallet, ids: Sequence[str], domain: str | None) -> dict[str, RememberedChoice]:
    """The last choice for ``domain`` of each credential in ``ids`` that has one."""
    verifier = qr_verifier(domain)
    if verifier is None:
        return {}
    found = {i: wallet.recall_choice(i, verifier) for i in ids}
    return {i: choice for i, choice in found.items() if choice is not None}

