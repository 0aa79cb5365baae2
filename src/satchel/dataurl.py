"""``data:`` URLs (RFC 2397), as VC 2.0 enveloped credentials and presentations use them.

One small pure decoder shared by the importers (``satchel.formats``) and the verifier (``satchel.vc``),
which sit on the same layer and so cannot import each other.
"""

from __future__ import annotations

import binascii
from urllib.parse import unquote_to_bytes

from satchel.errors import Malformed


def decode_data_url(url: object, *, what: str = "This enveloped credential") -> tuple[str, bytes]:
    """``data:<media type>[;params][;base64],<data>`` -> (lower-case media type, decoded bytes).

    Raises Malformed with one sentence naming ``what`` (the object whose address it is)."""
    if not isinstance(url, str) or not url.startswith("data:"):
        raise Malformed(f"{what}'s address is not a data: address.")
    header, comma, data = url[5:].partition(",")
    if not comma:
        raise Malformed(f"{what}'s data: address has no content.")
    params = [part.strip().lower() for part in header.split(";")]
    media_type = params[0]
    if "base64" in params[1:]:
        try:
            return media_type, binascii.a2b_base64(unquote_to_bytes(data), strict_mode=True)
        except (binascii.Error, ValueError):
            raise Malformed(f"The base64 content of {what[0].lower() + what[1:]} is damaged.") from None
    return media_type, unquote_to_bytes(data)


def media_kind(media_type: str) -> str | None:
    """"token" for any *jwt media type, "json" for JSON ones (``application/vc+ld+json``…), else None."""
    if "jwt" in media_type:
        return "token"
    if "json" in media_type or media_type in ("application/vc", "application/vp"):
        return "json"
    return None
