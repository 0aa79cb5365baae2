"""Untrusted JSON for the verifier: the one strict reader (:mod:`satchel.strictjson`) with the one set of
caps (:mod:`satchel.limits`) the importers use too, so import and verification never disagree on a
document (duplicate keys are refused by both, a 3 MB token is read by both)."""

from __future__ import annotations

from typing import Any

from satchel.errors import Malformed
from satchel.limits import MAX_BYTES, MAX_DEPTH
from satchel.strictjson import parse_json_safely

MAX_JSON_BYTES = MAX_BYTES


def loads(data: bytes | str, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON text; raise TooLarge, TooDeep or Malformed with a plain sentence."""
    return parse_json_safely(data, max_depth=max_depth, max_bytes=max_bytes)


def load_object(data: bytes | str, **caps: Any) -> dict[str, Any]:
    value = loads(data, **caps)
    if not isinstance(value, dict):
        raise Malformed("The document is not a JSON object.")
    return value
