"""Turning rows into :class:`CredentialRecord` values and display fields into JSON and back."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import Any

from satchel.model import CredentialRecord, DisplayFields

SEPARATOR = "\x1f"  # joins tags / collection names inside one SQL result column

# The rows holding the same credential as row "c" (itself included): its copies, received as JSON, baked
# PNG, baked SVG… (one content key). A card's tags and collections are those of all its copies.
COPIES_OF_C = "(SELECT c.id UNION SELECT d.id FROM credentials d WHERE d.content_key = c.content_key)"

# The columns every record query selects, in this order ("c" = credentials, "p" = credential_payloads).
RECORD_COLUMNS = f"""
    c.id, c.sha256, c.format, c.signed_form, c.source, c.added_at, c.outcome, c.verified_at,
    p.display_json, p.report_json, p.image,
    (SELECT group_concat(t.tag, '{SEPARATOR}') FROM tags t WHERE t.credential_id IN {COPIES_OF_C}),
    (SELECT group_concat(k.name, '{SEPARATOR}') FROM collection_items ci
        JOIN collections k ON k.id = ci.collection_id WHERE ci.credential_id IN {COPIES_OF_C})
"""

_DISPLAY_FIELDS = {f.name for f in dataclasses.fields(DisplayFields)}


def display_to_json(display: DisplayFields) -> str:
    """Every display field but ``image``, which has its own column (it is often a large data: URI)."""
    data = dataclasses.asdict(display)
    data.pop("image", None)
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)


def display_from_json(text: str, image: str | None = None) -> DisplayFields:
    data: dict[str, Any] = json.loads(text)
    known = {key: value for key, value in data.items() if key in _DISPLAY_FIELDS}
    known["image"] = image
    for key in ("alignments", "related"):
        known[key] = tuple(known.get(key) or ())
    known["extra"] = dict(known.get("extra") or {})
    return DisplayFields(**known)


def _split(joined: str | None) -> tuple[str, ...]:
    if not joined:
        return ()
    return tuple(sorted(set(joined.split(SEPARATOR)), key=str.casefold))


def record_from_row(row: Sequence[Any], raw: bytes = b"") -> CredentialRecord:
    (cid, sha, fmt, signed_form, source, added_at, outcome, verified_at,
     display_json, report_json, image, tags, collections) = row[:13]
    return CredentialRecord(
        id=cid,
        sha256=sha,
        format=fmt,
        signed_form=signed_form,
        source=source,
        added_at=added_at,
        display=display_from_json(display_json, image),
        raw=bytes(raw),
        tags=_split(tags),
        collections=_split(collections),
        outcome=outcome,
        verified_at=verified_at,
        report_json=report_json,
    )


def enum_text(value: object) -> str:
    """An enum member's value, or the string itself (callers may pass either)."""
    return str(getattr(value, "value", value))
