"""SD-JWT (``jws~disclosure~…~[kb-jwt]``): put the disclosed claims back for display. Never verifies.

Only what the holder disclosed is shown; undisclosed digests (``_sd``, ``{"...": digest}``) are dropped.
Digests are matched with SHA-256 (the default ``_sd_alg``); with any other algorithm nothing is disclosed.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from satchel.errors import Malformed, TooDeep
from satchel.formats._json import parse_json_safely
from satchel.formats._jws import b64url_decode
from satchel.formats._limits import MAX_DEPTH

_MAX_TOTAL_DEPTH = 4 * MAX_DEPTH


def disclosed_payload(token: str, payload: dict[str, Any]) -> dict[str, Any]:
    """The issuer-signed ``payload`` with every disclosure carried by ``token`` substituted in."""
    parts = token.strip().split("~")[1:]
    disclosures = {} if payload.get("_sd_alg", "sha-256") != "sha-256" else _read_disclosures(parts)
    result = _substitute(payload, disclosures, 0)
    result.pop("_sd_alg", None)
    return result


def _read_disclosures(parts: list[str]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for part in parts:
        if not part or "." in part:  # empty tail, or the key-binding JWT
            continue
        decoded = parse_json_safely(b64url_decode(part, "disclosure"))
        if not isinstance(decoded, list) or len(decoded) not in (2, 3):
            raise Malformed("A disclosure in this SD-JWT is not a list of two or three items.")
        if len(decoded) == 3 and not isinstance(decoded[1], str):
            raise Malformed("A disclosure in this SD-JWT names its claim with something other than text.")
        digest = base64.urlsafe_b64encode(hashlib.sha256(part.encode("ascii")).digest()).rstrip(b"=")
        found[digest.decode("ascii")] = decoded
    return found


def _substitute(value: Any, disclosures: dict[str, list[Any]], depth: int) -> Any:
    if depth > _MAX_TOTAL_DEPTH:
        raise TooDeep("The disclosed claims of this SD-JWT are nested too deeply.")
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, sub in value.items():
            if key != "_sd":
                out[key] = _substitute(sub, disclosures, depth + 1)
        digests = value.get("_sd")
        for digest in digests if isinstance(digests, list) else []:
            disclosure = disclosures.pop(digest, None) if isinstance(digest, str) else None
            if disclosure is not None and len(disclosure) == 3 and disclosure[1] not in out:
                out[disclosure[1]] = _substitute(disclosure[2], disclosures, depth + 1)
        return out
    if isinstance(value, list):
        items = []
        for item in value:
            if isinstance(item, dict) and set(item) == {"..."}:
                digest = item["..."]
                disclosure = disclosures.pop(digest, None) if isinstance(digest, str) else None
                if disclosure is not None and len(disclosure) == 2:
                    items.append(_substitute(disclosure[1], disclosures, depth + 1))
                continue
            items.append(_substitute(item, disclosures, depth + 1))
        return items
    return value
