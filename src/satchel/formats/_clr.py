"""Comprehensive Learner Record 2.0 (1EdTech): one record holding credentials, achievements and their links.

A ``ClrCredential``'s subject carries ``verifiableCredential`` (the credentials it gathers, each verifiable on
its own), ``achievement`` (the achievements the record speaks of, held or not) and ``association`` (how they
relate: ``isParentOf``, ``isChildOf``, ``isPartOf``, ``precedes``, …). Importing one keeps the record as received
and stores each credential inside as its own entry, marked as part of the record; the association graph stays
with the record (``display.extra``) for the pathway view.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from satchel.errors import ImportRefused
from satchel.formats._credentials import types_of
from satchel.formats._presentations import embedded_credential
from satchel.model.credential import ParsedCredential

CLR_TYPES = frozenset({"ClrCredential"})
MAX_PARTS = 100
ASSOCIATION_TYPES = frozenset({"exactMatchOf", "isChildOf", "isParentOf", "isPartOf", "isPeerOf", "isRelatedTo",
                               "precedes", "replacedBy"})


def is_clr(document: dict[str, Any]) -> bool:
    return bool(types_of(document) & CLR_TYPES)


def clr_parts(record: ParsedCredential) -> tuple[ParsedCredential, tuple[ParsedCredential, ...]]:
    """(the record with its graph in ``display.extra``, the credentials inside it marked as its parts)."""
    subject = record.document.get("credentialSubject")
    subject = subject if isinstance(subject, dict) else {}
    items = subject.get("verifiableCredential")
    items = items if isinstance(items, list) else ([items] if items is not None else [])
    if len(items) > MAX_PARTS:
        raise ImportRefused(f"This learner record holds more than {MAX_PARTS} credentials.")
    record_id = record.document.get("id") if isinstance(record.document.get("id"), str) else None
    parts = []
    for index, item in enumerate(items, start=1):
        try:
            part = embedded_credential(item)
        except ImportRefused as exc:
            raise type(exc)(f"{exc.message.rstrip('.')} (credential {index} of the learner record).",
                            code=exc.code, **exc.params) from None
        extra = {**part.display.extra, "part_of": record_id, "part_of_name": record.display.name}
        parts.append(replace(part, display=replace(part.display, extra=extra)))
    graph = {"achievements": achievements(subject), "associations": associations(subject),
             "credential_count": len(parts)}
    marked = replace(record, display=replace(record.display, extra={**record.display.extra, "clr": graph}))
    return marked, tuple(parts)


def achievements(subject: dict[str, Any]) -> list[dict[str, Any]]:
    """The achievements a record names: id, name, type and credits (when it states them)."""
    value = subject.get("achievement")
    found = []
    for item in value if isinstance(value, list) else [value]:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        entry: dict[str, Any] = {"id": item["id"]}
        for key in ("name", "achievementType", "humanCode"):
            if isinstance(item.get(key), str):
                entry[key] = item[key]
        credits = item.get("creditsAvailable", item.get("ECTS"))
        if isinstance(credits, (int, float)) and not isinstance(credits, bool) and credits >= 0:
            entry["credits"] = credits
        found.append(entry)
    return found[:MAX_PARTS * 4]


def associations(subject: dict[str, Any]) -> list[dict[str, str]]:
    value = subject.get("association")
    found = []
    for item in value if isinstance(value, list) else [value]:
        if not isinstance(item, dict):
            continue
        kind, source, target = item.get("associationType"), item.get("sourceId"), item.get("targetId")
        if kind in ASSOCIATION_TYPES and isinstance(source, str) and isinstance(target, str):
            found.append({"type": kind, "source": source, "target": target})
    return found[:MAX_PARTS * 4]


__all__ = ["ASSOCIATION_TYPES", "achievements", "associations", "clr_parts", "is_clr"]
