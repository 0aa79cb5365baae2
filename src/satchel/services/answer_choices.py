"""Which asked claims an OpenID4VP answer shows, for a credential that can hide fields (SD-JWT VC, ecdsa-sd-2023
base proof), and the choice remembered per verifier and credential.

When a DCQL credential query names claim paths and the matching credential can hide fields, each asked claim
that touches a hideable field is the holder's to tick; the others are always shown (the issuer made them
visible). Ticks start from the choice remembered for this verifier and credential: what was shown last time
and is asked again is ticked; a claim asked for the first time is *not* ticked and is marked as newly asked
(never silently widened). Without a remembered choice every asked claim starts ticked, as the verifier asked.
A verifier whose identity is not proven (``redirect_uri:``) gets no memory: its ticks start from what it asks.
An answer never shows more than the query asks: unticking only removes claim paths from it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from satchel.errors import UsageError
from satchel.model.disclosure import (
    RememberedChoice,
    key_label,
    path_key,
    path_pointer,
    path_touches,
    recall,
)
from satchel.services.share_memory import hideable_pointers

if TYPE_CHECKING:
    from satchel.model import CredentialRecord
    from satchel.store import Wallet


@dataclass(frozen=True)
class AskedClaim:
    key: str  # the claim key (the DCQL path as compact JSON)
    label: str  # "credentialSubject › achievement › name"
    pointer: str  # the path as a JSON pointer (what `satchel respond --reveal` takes)
    hideable: bool  # False: always shown, whatever is ticked
    ticked: bool  # where the choice starts
    newly_asked: bool  # asked now, not asked when the last choice for this verifier was made


@dataclass(frozen=True)
class ClaimChoice:
    """The claims one query asks of one credential that can hide fields."""

    record_id: str
    claims: tuple[AskedClaim, ...]
    remembered: RememberedChoice | None  # the last choice for this verifier and credential

    def default(self) -> tuple[str, ...]:
        """The keys ticked to begin with."""
        return tuple(c.key for c in self.claims if c.ticked)


def claim_choice(wallet: Wallet, verifier: str | None, record: CredentialRecord,
                 paths: Sequence[Sequence[Any]]) -> ClaimChoice | None:
    """None when there is nothing to choose: no claim paths asked, or nothing asked can be hidden."""
    pointers = hideable_pointers(record)
    if not pointers or not paths:
        return None
    keys = [path_key(p) for p in paths]
    hideable = {k: any(path_touches(p, h) for h in pointers) for k, p in zip(keys, paths, strict=True)}
    if not any(hideable.values()):
        return None
    remembered = wallet.recall_choice(record.id, verifier) if verifier is not None else None
    start = recall(keys, remembered)
    claims = tuple(AskedClaim(k, key_label(k), path_pointer(p), hideable[k],
                              not hideable[k] or k in start.preselected, k in start.newly_asked)
                   for k, p in zip(keys, paths, strict=True))
    return ClaimChoice(record.id, tuple(dict((c.key, c) for c in claims).values()), remembered)


def kept_paths(paths: Sequence[tuple[Any, ...]], choice: ClaimChoice, ticked: Collection[str], name: str
               ) -> tuple[tuple[Any, ...], ...]:
    """The asked paths the answer shows: the ticked ones and those always shown. Refuses a tick that names no
    asked claim, and an answer left with no claim at all (an empty list would mean the whole credential)."""
    asked = {c.key: c for c in choice.claims}
    stray = [k for k in ticked if k not in asked]
    if stray:
        raise UsageError(f"'{name}' was not asked for {key_label(stray[0])!r}; only asked claims can be shown.",
                         code="reveal_not_asked", claim=key_label(stray[0]), name=name)
    kept = tuple(p for p in paths if path_key(p) in ticked or not asked[path_key(p)].hideable)
    if not kept:
        raise UsageError(f"No claim of '{name}' is ticked: tick at least one of those asked, or decline.",
                         code="nothing_revealed", name=name)
    return kept


def ticked_by_pointer(choice: ClaimChoice, pointers: Sequence[str], name: str) -> tuple[str, ...]:
    """The claim keys ``satchel respond --reveal POINTER`` names (pointers of asked claims, ``*`` for ``null``)."""
    by_pointer = {c.pointer: c.key for c in choice.claims}
    unknown = [p for p in pointers if p not in by_pointer]
    if unknown:
        raise UsageError(f"'{name}' was not asked for {unknown[0]!r}; only asked claims can be shown.",
                         code="reveal_not_asked", claim=unknown[0], name=name)
    return tuple(dict.fromkeys(by_pointer[p] for p in pointers))


def remember(wallet: Wallet, verifier: str | None, label: str, query_id: str, choice: ClaimChoice,
             shown: Sequence[tuple[Any, ...]]) -> None:
    if verifier is None:
        return
    wallet.remember_choice(choice.record_id, verifier=verifier, label=label,
                           revealed=[path_key(p) for p in shown], asked=[c.key for c in choice.claims],
                           request=query_id)


def lookup(choices: Mapping[str, Sequence[ClaimChoice]], query_id: str, record_id: str) -> ClaimChoice | None:
    return next((c for c in choices.get(query_id, ()) if c.record_id == record_id), None)
