"""What a batch import did, file by file, in a form the Add screen lists."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ItemLine:
    name: str
    kind: str  # added | existing | refused
    reason: str | None
    first_id: str | None  # to open what was added


@dataclass(frozen=True)
class Summary:
    added: int
    existing: int
    refused: int
    lines: tuple[ItemLine, ...]


def summarise(items: Sequence[Any]) -> Summary:
    """``items`` are satchel.services.ImportItem values (name, added, existing, error)."""
    lines = []
    for item in items:
        if item.error:
            lines.append(ItemLine(item.name, "refused", item.error, None))
        elif item.added:
            lines.append(ItemLine(item.name, "added", None, item.added[0]))
        else:
            lines.append(ItemLine(item.name, "existing", None, item.existing[0] if item.existing else None))
    return Summary(sum(len(i.added) for i in items if not i.error),
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
