"""What the detail screen says about selective disclosure: which fields this credential lets you hide when you
share it (SD-JWT VC claims, ecdsa-sd-2023 fields), and which its issuer made mandatory. Pure: no flet."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Hideable:
    kind: str  # "sd-jwt" or "ecdsa-sd"
    fields: tuple[str, ...]  # readable paths: "achievement › name"
    mandatory: tuple[str, ...]


def readable(pointer: str) -> str:
    """``/credentialSubject/achievement/name`` → ``credentialSubject › achievement › name``."""
    return " › ".join(p.replace("~1", "/").replace("~0", "~") for p in pointer.strip("/").split("/"))


def hideable(record: Any) -> Hideable | None:
    """None when the credential cannot hide anything (it is always shown whole)."""
    extra = record.display.extra or {}
    fields = extra.get("disclosable")
    if not isinstance(fields, list):
        return None
    mandatory = extra.get("mandatory") if isinstance(extra.get("mandatory"), list) else []
    kind = "sd-jwt" if record.format == "sd-jwt-vc" else "ecdsa-sd"
    return Hideable(kind, tuple(readable(f) for f in fields if isinstance(f, str)),
                    tuple(readable(m) for m in mandatory if isinstance(m, str)))
