"""Compact JWS / JWT structure: split and decode, never verify (that is satchel.vc's job)."""

from __future__ import annotations

import base64
import re
from typing import Any

from satchel.errors import Malformed
from satchel.formats._json import parse_json_safely
from satchel.formats._limits import MAX_BYTES, require_size

_B64URL = re.compile(r"[A-Za-z0-9_-]*")
# header.payload.signature (signature may be empty: "alg": "none" tokens parse, the verifier refuses them),
# optionally followed by SD-JWT disclosures and a key-binding JWT: ~d1~d2~[kb-jwt]
_COMPACT = re.compile(r"eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*(?:~[A-Za-z0-9_.-]*)*")


def looks_like_compact_jws(text: str) -> bool:
    """True if ``text`` has the shape of a compact JWS/JWT (or SD-JWT); nothing is decoded."""
    return bool(_COMPACT.fullmatch(text))


def b64url_decode(part: str, what: str) -> bytes:
    """Strict base64url without padding (RFC 7515 §2): only the canonical encoding is accepted."""
    if not _B64URL.fullmatch(part) or len(part) % 4 == 1:
        raise Malformed(f"The {what} of this signed token is not valid base64url.")
    decoded = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
    if base64.urlsafe_b64encode(decoded).rstrip(b"=").decode("ascii") != part:
        raise Malformed(f"The {what} of this signed token is not valid base64url.")
    return decoded


def split_compact_jws(text: str | bytes) -> tuple[dict[str, Any], dict[str, Any], bytes, bytes]:
    """``header.payload.signature`` -> (header, payload, signing_input, signature). Does NOT verify.

    For an SD-JWT (``jws~disclosure~…``) the issuer-signed JWS before the first ``~`` is split.
    """
    if isinstance(text, (bytes, bytearray, memoryview)):
        require_size(len(text), MAX_BYTES)
        try:
            text = bytes(text).decode("ascii")
        except UnicodeDecodeError:
            raise Malformed("This signed token contains characters a token never has.") from None
    require_size(len(text), MAX_BYTES)
    token = text.strip().split("~", 1)[0]
    parts = token.split(".")
    if len(parts) != 3:
        raise Malformed(f"A signed token has three parts separated by dots; this one has {len(parts)}.")
    header_part, payload_part, signature_part = parts
    if not header_part or not payload_part:
        raise Malformed("This signed token has an empty header or content.")
    header = _json_object(b64url_decode(header_part, "header"), "header")
    check_crit(header)
    payload = _json_object(b64url_decode(payload_part, "content"), "content")
    signature = b64url_decode(signature_part, "signature")
    return header, payload, f"{header_part}.{payload_part}".encode("ascii"), signature


def check_crit(header: dict[str, Any]) -> None:
    """RFC 7515 §4.1.11: ``crit`` is a non-empty list of names, each present in the header."""
    if "crit" not in header:
        return
    crit = header["crit"]
    if (not isinstance(crit, list) or not crit
            or not all(isinstance(name, str) and name and name in header for name in crit)):
        raise Malformed("The header of this signed token has an invalid 'crit' list "
                        "(it must name the extensions it uses, and cannot be empty).")


def _json_object(decoded: bytes, what: str) -> dict[str, Any]:
    try:
        value = parse_json_safely(decoded)
    except Malformed as exc:
        raise Malformed(f"The {what} of this signed token is not readable JSON.", detail=exc.message) from None
    if not isinstance(value, dict):
        raise Malformed(f"The {what} of this signed token is not a JSON object.")
    return value
