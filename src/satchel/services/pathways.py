"""Pathways: the larger credentials a learner works towards, the parts held, the parts missing.

Parts are named by (1) a Comprehensive Learner Record 2.0 (its ``isParentOf`` / ``isChildOf`` / ``isPartOf``
associations between achievements; with none, every achievement the record names), (2) a Europass
qualification's ``hasPart``, or (3) an Open Badges 3.0 achievement's alignments to other credentials. A part
is held when a credential in the wallet is for that achievement (its ``achievement.id`` or ELM specification
id). Progress is counted by credits when the larger credential or every part states them, else by count.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from satchel.model import CredentialRecord
from satchel.model.pathway import Pathway, PathwayPart

_PARENT_OF = {"isParentOf"}
_CHILD_OF = {"isChildOf", "isPartOf"}
_PART_ALIGNMENT = ("credential", "achievement", "badge", "part")


def pathways(records: Iterable[CredentialRecord]) -> list[Pathway]:
    records = list(records)
    held = _held_index(records)
    found: list[Pathway] = []
    for record in records:
        extra = record.display.extra or {}
        if isinstance(extra.get("clr"), dict):
            found.extend(_from_clr(record, extra["clr"], held))
        if extra.get("elm") and extra.get("parts"):
            found.append(_from_elm(record, extra, held))
        alignment_parts = [a for a in record.display.alignments if _names_a_part(a)]
        if alignment_parts:
            found.append(_from_alignments(record, alignment_parts, held))
    return found


def _held_index(records: list[CredentialRecord]) -> dict[str, str]:
    index: dict[str, str] = {}
    for record in records:
        extra = record.display.extra or {}
        for key in ("achievement_id", "spec_id"):
            value = extra.get(key)
            if isinstance(value, str):
                index.setdefault(value, record.id)
        if record.display.credential_id:
            index.setdefault(record.display.credential_id, record.id)
    return index


def _from_clr(record: CredentialRecord, graph: dict[str, Any], held: dict[str, str]) -> list[Pathway]:
    achievements = {a["id"]: a for a in graph.get("achievements", []) if isinstance(a, dict) and "id" in a}
    children: dict[str, list[str]] = {}
    for link in graph.get("associations", []):
        if link.get("type") in _PARENT_OF:
            children.setdefault(link["source"], []).append(link["target"])
        elif link.get("type") in _CHILD_OF:
            children.setdefault(link["target"], []).append(link["source"])
    if not children and achievements:
        children = {record.display.credential_id or record.id: list(achievements)}
    result = []
    for parent, kids in children.items():
        parts = tuple(_part(kid, achievements.get(kid, {}).get("name"), achievements.get(kid, {}).get("credits"),
                            held) for kid in dict.fromkeys(kids))
        parent_info = achievements.get(parent, {})
        total = parent_info.get("credits") or _sum_if_all(parts)
        result.append(Pathway(parent, parent_info.get("name") or record.display.name, "clr", record.id, parts,
                              total))
    return result


def _from_elm(record: CredentialRecord, extra: dict[str, Any], held: dict[str, str]) -> Pathway:
    parts = tuple(_part(p["id"], p.get("name"), p.get("credits"), held) for p in extra["parts"]
                  if isinstance(p, dict) and isinstance(p.get("id"), str))
    total = extra.get("spec_credits") or _sum_if_all(parts)
    return Pathway(extra.get("spec_id") or record.id, record.display.name, "elm", record.id, parts, total, "ECTS")


def _names_a_part(alignment: dict[str, Any]) -> bool:
    kind = str(alignment.get("targetType", "")).lower()
    return any(word in kind for word in _PART_ALIGNMENT) and isinstance(alignment.get("targetUrl"), str)


def _from_alignments(record: CredentialRecord, alignments: list[dict[str, Any]], held: dict[str, str]) -> Pathway:
    parts = tuple(_part(a["targetUrl"], a.get("targetName"), None, held) for a in alignments)
    target = (record.display.extra or {}).get("achievement_id") or record.id
    return Pathway(target, record.display.name, "ob3", record.id, parts)


def _part(part_id: str, name: Any, credits: Any, held: dict[str, str]) -> PathwayPart:
    amount = float(credits) if isinstance(credits, (int, float)) and not isinstance(credits, bool) else None
    return PathwayPart(part_id, name if isinstance(name, str) else None, amount, held.get(part_id))


def _sum_if_all(parts: tuple[PathwayPart, ...]) -> float | None:
    if parts and all(p.credits is not None for p in parts):
        return float(sum(p.credits or 0 for p in parts))
    return None


__all__ = ["pathways"]
