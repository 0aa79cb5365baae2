"""The time-stamps a JAdES seal carries: ``adoTst`` (protected header, over the payload, made before the
seal) and ``sigTst`` (unprotected ``etsiU`` entries, over the signature value, made after it).

Each token is an RFC 3161 time-stamp (satchel.crypto.timestamp). A token whose authority's signature or
imprint does not match is a seal that was changed after it was time-stamped: the seal's signature check
fails. A valid ``sigTst`` proves the seal existed at its time, and that time (rather than the ``sigT`` the
seal claims) is the one its certificate must have been valid at. Whether the time-stamping authority is
a qualified one is not decided here.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from satchel.errors import InvalidKey

MAX_TOKENS = 8


@dataclass(frozen=True)
class SealTimestamp:
    kind: str  # "adoTst" (over the payload) or "sigTst" (over the signature)
    time: datetime
    authority: str
    matches: bool  # the authority's signature is valid and the imprint is the hash of what it covers

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "time": self.time.isoformat(), "authority": self.authority,
                "matches": self.matches}


def seal_timestamps(header: dict[str, Any], unprotected: dict[str, Any], payload: bytes,
                    signature_text: str) -> list[SealTimestamp]:
    """Every time-stamp of a seal, checked. Raises InvalidKey when one cannot be read."""
    from satchel.crypto.timestamp import read_timestamp

    found: list[SealTimestamp] = []
    wanted = [("adoTst", token, payload) for token in _tokens(header.get("adoTst"))]
    for entry in _etsi_u(unprotected):
        wanted += [("sigTst", token, signature_text.encode("ascii")) for token in _tokens(entry.get("sigTst"))]
    for kind, token, covered in wanted[:MAX_TOKENS]:
        stamp = read_timestamp(token)
        found.append(SealTimestamp(kind, stamp.gen_time, stamp.authority,
                                   stamp.signature_valid and stamp.covers(covered)))
    return found


def proven_signing_time(stamps: list[SealTimestamp]) -> datetime | None:
    """The earliest time a valid signature time-stamp attests the seal existed at, if any."""
    times = [s.time for s in stamps if s.kind == "sigTst" and s.matches]
    return min(times) if times else None


def _tokens(value: Any) -> list[bytes]:
    tokens = value.get("tstTokens") if isinstance(value, dict) else None
    found = []
    for token in tokens if isinstance(tokens, list) else []:
        text = token.get("val") if isinstance(token, dict) else None
        if isinstance(text, str):
            try:
                found.append(base64.b64decode(text, validate=True))
            except (binascii.Error, ValueError) as exc:
                raise InvalidKey("A time-stamp of the seal is not valid base64.") from exc
    return found


def _etsi_u(unprotected: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``etsiU`` entries: base64url-encoded JSON objects (or plain objects, which some tools write)."""
    entries = unprotected.get("etsiU")
    found = []
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict):
            found.append(entry)
        elif isinstance(entry, str):
            try:
                value = json.loads(base64.urlsafe_b64decode(entry + "=" * (-len(entry) % 4)))
            except (binascii.Error, ValueError) as exc:
                raise InvalidKey("An unsigned property of the seal cannot be read.") from exc
            if isinstance(value, dict):
                found.append(value)
    return found


__all__ = ["SealTimestamp", "proven_signing_time", "seal_timestamps"]
