"""What the detail screen says about selective disclosure: which fields this credential lets you hide when you
share it (SD-JWT VC claims, ecdsa-sd-2023 fields), and which its issuer made mandatory. Pure: no flet."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from satchel.model.disclosure import pointer_label


@dataclass(frozen=True)
class Hideable:
    kind: str  # "sd-jwt" or "ecdsa-sd"
    fields: tuple[str, ...]  # readable paths: "achievement › name"
    mandatory: tuple[str, ...]


def readable(pointer: str) -> str:
    """``/credentialSubject/achievement/name`` → ``credentialSubject › achievement › name``."""
    return pointer_label(pointer)


def hideable(record: Any) -> Hideable | None:
    """None when the credential cannot hide anything (it is always shown whole)."""
    extra = record.display.extra or {}
    fields = extra.get("disclosable")
    if not isinstance(fields, list):
        return None
    stated = extra.get("mandatory")
    mandatory = stated if isinstance(stated, list) else []
    kind = "sd-jwt" if record.format == "sd-jwt-vc" else "ecdsa-sd"
    return Hideable(kind, tuple(readable(f) for f in fields if isinstance(f, str)),
                    tuple(readable(m) for m in mandatory if isinstance(m, str)))


def pointers(record: Any) -> list[str]:
    fields = (record.display.extra or {}).get("disclosable")
    return [f for f in fields if isinstance(f, str)] if isinstance(fields, list) else []


def is_hidden(pointer: str, hidden: set[str]) -> bool:
    """Hidden itself, or inside a hidden field (hiding ``/achievement`` hides ``/achievement/name``)."""
    return any(pointer == h or pointer.startswith(h + "/") for h in hidden)


def revealed(record: Any, hidden: set[str]) -> list[str] | None:
    """The pointers to reveal for one credential, or None to show it whole (nothing hidden). A field is not
    passed when something inside it is hidden: revealing it would reveal that too."""
    if not hidden:
        return None
    return [p for p in pointers(record)
            if not is_hidden(p, hidden) and not any(h.startswith(p + "/") for h in hidden)]


def reveal_map(records: list[Any], hidden: dict[str, set[str]]) -> dict[str, list[str]] | None:
    """``reveal`` for Satchel.share: per credential id, only for those with something hidden."""
    chosen = {r.id: r_ for r in records if (r_ := revealed(r, hidden.get(r.id, set()))) is not None}
    return chosen or None


def preview(record: Any, hidden: set[str]) -> tuple[list[str], list[str]]:
    """(what the recruiter will see, what stays hidden) among the fields this credential can hide."""
    shown: list[str] = []
    withheld: list[str] = []
    for pointer in pointers(record):
        (withheld if is_hidden(pointer, hidden) else shown).append(readable(pointer))
    return shown, withheld
