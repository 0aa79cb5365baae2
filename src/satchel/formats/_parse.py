"""Recognise what arrived (PNG, SVG, JSON, a token in a text file) and hand it to the right reader."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from satchel.errors import ImportRefused, Malformed, UnsupportedFormat
from satchel.formats._clr import clr_parts, is_clr
from satchel.formats._credentials import (
    credential_from_object,
    credential_from_token,
    display_fields,
    is_presentation,
    vp_from_jwt_payload,
)
from satchel.formats._jades import credential_from_jades, looks_like_jades
from satchel.formats._json import parse_json_safely
from satchel.formats._jws import looks_like_compact_jws, split_compact_jws
from satchel.formats._limits import MAX_BYTES, MAX_IMAGE_BYTES, require_size
from satchel.formats._link import is_link_record, link_from_object
from satchel.formats._png import PNG_SIGNATURE, parse_baked_png
from satchel.formats._presentations import (
    enveloped_content,
    enveloped_token,
    presentation_from_object,
    presentation_from_token,
)
from satchel.model.credential import ParsedCredential, ParsedPresentation

_BOM = b"\xef\xbb\xbf"
_WEB_ADDRESS = re.compile(rb"https?://\S+")
_OTHER_IMAGES = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"RIFF", "WebP"),
    (b"BM", "BMP"),
)


@dataclass(frozen=True)
class Parsed:
    """What one input held: its credentials, and the presentation when the input was a VP.

    A presentation's embedded credentials appear both in ``presentation.credentials`` and in ``credentials``.
    """

    credentials: tuple[ParsedCredential, ...]
    presentation: ParsedPresentation | None = None
    record: ParsedCredential | None = None  # a learner record (CLR 2.0) whose parts follow it in credentials


def parse(data: bytes, *, filename: str | None = None, display: bool = True) -> Parsed:
    """Bytes in -> Parsed, or an ImportRefused subclass with one plain sentence. Nothing else escapes.

    ``display=False`` is for verifying only: VC, VC-JWT and OB 2.0 credentials then come with empty
    display fields (never shown), which spares extracting them."""
    try:
        with display_fields(display):
            return _with_record_parts(_parse(_as_bytes(data), (filename or "").lower()))
    except ImportRefused:
        raise
    except Exception as exc:  # a bug must still reach the learner as a refusal, never as a crash
        raise Malformed("Satchel could not read this file; it may be damaged.", internal=True) from exc


def _as_bytes(data: bytes | bytearray | memoryview | str) -> bytes:
    if isinstance(data, str):
        return data.encode("utf-8", "surrogatepass")
    return bytes(data)


def _parse(data: bytes, filename: str) -> Parsed:
    if data.startswith(PNG_SIGNATURE):
        return _single(parse_baked_png(data))
    head = data[:4096].removeprefix(_BOM).lstrip()
    if head.startswith(b"<"):
        from satchel.formats._svg import parse_baked_svg  # the XML reader loads for SVG files only

        return _single(parse_baked_svg(data))
    for magic, kind in _OTHER_IMAGES:
        if data.startswith(magic):
            require_size(len(data), MAX_IMAGE_BYTES, "a badge image")
            raise UnsupportedFormat(f"This is a {kind} image; only PNG and SVG images can hold a badge.")
    require_size(len(data), MAX_BYTES)
    if not data.strip():
        raise Malformed("The file is empty.")
    if filename.endswith(".png"):
        raise Malformed("This is not a PNG image (its first bytes are wrong).")
    if filename.endswith(".svg"):
        raise Malformed("This is not an SVG image (it does not start with XML).")
    if head.startswith((b"{", b"[")):
        return _from_json(data)
    return _from_text(data)


def _with_record_parts(parsed: Parsed) -> Parsed:
    """A learner record (CLR 2.0) brings the credentials it holds, each as its own entry after it."""
    if parsed.presentation is not None or len(parsed.credentials) != 1 or not is_clr(parsed.credentials[0].document):
        return parsed
    record, parts = clr_parts(parsed.credentials[0])
    return Parsed(credentials=(record, *parts), record=record)


def _single(credential: ParsedCredential) -> Parsed:
    return Parsed(credentials=(credential,))


def _from_json(data: bytes) -> Parsed:
    value = parse_json_safely(data)
    if not isinstance(value, dict):
        raise UnsupportedFormat("This JSON file holds a list, not a credential; add its credentials one at a time.")
    enveloped = enveloped_content(value)
    if enveloped is not None:
        kind, content = enveloped
        if kind == "token":
            return _from_token(enveloped_token(content), data)
        inner = parse_json_safely(content)
        if not isinstance(inner, dict):
            raise UnsupportedFormat("This enveloped credential is not a JSON object.")
        return _from_object(inner, data)
    if looks_like_jades(value):
        return _single(credential_from_jades(value, data))
    return _from_object(value, data)


def _from_object(obj: dict[str, Any], raw: bytes) -> Parsed:
    if is_link_record(obj):
        return _single(link_from_object(obj, raw))
    if is_presentation(obj):
        return _with_presentation(presentation_from_object(obj, raw))
    return _single(credential_from_object(obj, raw))


def _from_text(data: bytes) -> Parsed:
    try:
        text = data.removeprefix(_BOM).decode("ascii").strip()
    except UnicodeDecodeError:
        raise UnsupportedFormat("Satchel does not recognise this file as a credential.") from None
    if looks_like_compact_jws(text):
        return _from_token(text, data)
    if _WEB_ADDRESS.fullmatch(text.encode("ascii")):
        raise UnsupportedFormat("This file only holds a web address; add the credential from that link instead.")
    raise UnsupportedFormat("Satchel does not recognise this file as a credential.")


def _from_token(token: str, raw: bytes) -> Parsed:
    _, payload, _, _ = split_compact_jws(token)
    if vp_from_jwt_payload(payload) is not None:
        presentation = presentation_from_token(token, raw)
        if presentation is not None:
            return _with_presentation(presentation)
    return _single(credential_from_token(token, raw))


def _with_presentation(presentation: ParsedPresentation) -> Parsed:
    return Parsed(credentials=presentation.credentials, presentation=presentation)
