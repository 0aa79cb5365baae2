"""Decode untrusted JSON with caps on size and nesting (the vc layer's own small helper)."""

from __future__ import annotations

import json
from typing import Any

from satchel.errors import Malformed, TooDeep, TooLarge

MAX_JSON_BYTES = 2_000_000
MAX_DEPTH = 64


def loads(data: bytes | str, *, max_bytes: int = MAX_JSON_BYTES, max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON text; raise TooLarge, TooDeep or Malformed with a plain sentence."""
    if len(data) > max_bytes:
        raise TooLarge()
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise Malformed("The document is not UTF-8 text.") from exc
    if _nesting(data) > max_depth:
        raise TooDeep()
    try:
        return json.loads(data, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:
        raise Malformed("The document is not valid JSON.") from exc


def load_object(data: bytes | str, **caps: Any) -> dict[str, Any]:
    value = loads(data, **caps)
    if not isinstance(value, dict):
        raise Malformed("The document is not a JSON object.")
    return value


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _nesting(text: str) -> int:
    """The deepest bracket nesting, ignoring brackets inside strings."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest
