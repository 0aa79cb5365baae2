"""What a batch import did, file by file, in a form the Add screen lists."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ItemLine:
    name: str  # the badge's own name when known, else the file's
    kind: str  # added | existing | refused
    reason: str | None
    first_id: str | None  # to open what was added
    status: str | None = None  # the verification outcome as a status key (verified, failed, expired, …)

    @property
    def not_authentic(self) -> bool:
        """Added, but its signature was computed and did not match."""
        return self.status == "failed"

    @property
    def invalid(self) -> bool:
        """Added, but a check failed without any signature found not to match (malformed, wrong key...)."""
        return self.status == "invalid"


@dataclass(frozen=True)
class Summary:
    added: int
    existing: int
    refused: int
    lines: tuple[ItemLine, ...]


def summarise(items: Sequence[Any], found: Mapping[str, tuple[str | None, str | None]] | None = None) -> Summary:
    """``items`` are satchel.services.ImportItem values (name, added, existing, error); ``found`` maps a
    credential id to (its badge name, its verification status key). One line per credential added or
    already there, named by the badge; one line per refused file, named by the file."""
    found = found or {}
    lines = []
    for item in items:
        if item.error:
            lines.append(ItemLine(item.name, "refused", item.error, None))
            continue
        for kind, ids in (("added", item.added), ("existing", item.existing)):
            for cred_id in ids:
                name, status = found.get(cred_id, (None, None))
                lines.append(ItemLine(name or item.name, kind, None, cred_id, status))
        if not item.added and not item.existing:
            lines.append(ItemLine(item.name, "existing", None, None))
    return Summary(sum(1 for line in lines if line.kind == "added"),
                   sum(1 for line in lines if line.kind == "existing"),
                   sum(1 for line in lines if line.kind == "refused"), tuple(lines))


def credentials_in(document: dict[str, Any] | None) -> list[bytes]:
    """The credentials carried by a scanned presentation, as bytes the importer takes.

    JSON credentials are re-serialised (Data Integrity proofs sign the canonical form, not the bytes);
    JWT credentials are kept as the exact compact string.
    """
    if not isinstance(document, dict):
        return []
    if "verifiableCredential" not in document and "proof" in document and "credentialSubject" in document:
        items: Any = [document]  # the QR held a single credential
    else:
        items = document.get("verifiableCredential") or []
    if not isinstance(items, list):
        items = [items]
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(item.strip().encode("utf-8"))
        elif isinstance(item, dict):
            out.append(json.dumps(item, ensure_ascii=False).encode("utf-8"))
    return out
