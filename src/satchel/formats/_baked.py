"""What a baked badge image carries: JSON, a compact JWS/JWT, or (OB 2.0 hosted) the assertion's URL."""

from __future__ import annotations

import dataclasses
import re

from satchel.errors import Malformed, NoCredentialFound, UnsupportedFormat
from satchel.formats._credentials import credential_from_object, credential_from_token, hosted_ob2
from satchel.formats._json import parse_json_safely
from satchel.formats._jws import looks_like_compact_jws
from satchel.model.credential import CredentialFormat, ParsedCredential

_URL = re.compile(r"https?://[^\s<>\"']{1,2040}")


def credential_from_baked_text(text: str, *, ob3: bool, image_kind: str) -> ParsedCredential:
    """The credential inside a badge image's text (``raw`` is the text; the caller swaps in the image)."""
    content = text.strip()
    if not content:
        raise NoCredentialFound(f"The badge baked into this {image_kind} image is empty.")
    raw = content.encode("utf-8")
    if content.startswith("{"):
        value = parse_json_safely(content)
        if not isinstance(value, dict):
            raise Malformed(f"The badge baked into this {image_kind} image is not a JSON object.")
        return credential_from_object(value, raw)
    if looks_like_compact_jws(content):
        return credential_from_token(content, raw)
    if _URL.fullmatch(content):
        if ob3:
            raise UnsupportedFormat(
                f"This {image_kind} image only holds a web address, not an Open Badges 3.0 credential."
            )
        return hosted_ob2(content, raw)
    raise Malformed(f"The badge baked into this {image_kind} image is neither JSON, a signed token nor a web address.")


def as_baked(inner: ParsedCredential, image: bytes, fmt: CredentialFormat, media_type: str) -> ParsedCredential:
    """The embedded credential, kept as the whole image so that export gives the file back byte for byte."""
    return dataclasses.replace(inner, raw=image, format=fmt, media_type=media_type)
