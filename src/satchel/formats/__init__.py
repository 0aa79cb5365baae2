"""Parsing what arrives: pure functions from bytes to parsed credentials, or a typed error.

    parse(data, filename=None, display=True) -> Parsed   any supported file (JSON, JWT text, PNG, SVG)
    parse_json_safely(data, max_depth=64) -> object   strict, capped JSON (used by vc, share, services)
    extract_display(document, signed_form=, fmt=)     what a list/detail page shows; never fails
    split_compact_jws(text) -> (header, payload, signing_input, signature)   structure only, no verification
    make_link_record(url, title, issuer=, pdf=) -> bytes   a link-only credential record (issuer's website)

Every refusal is a satchel.errors.ImportRefused subclass (TooLarge, TooDeep, Malformed, UnsafeContent,
NoCredentialFound, UnsupportedFormat) whose message is one plain sentence. No I/O, no network.
"""

from typing import TYPE_CHECKING, Any

from satchel.formats._json import nesting_depth, parse_json_safely
from satchel.formats._jws import looks_like_compact_jws, split_compact_jws
from satchel.formats._limits import MAX_BYTES, MAX_DEPTH, MAX_IMAGE_BYTES
from satchel.formats._link import make_link_record, pdf_of
from satchel.formats._parse import Parsed, parse

if TYPE_CHECKING:  # loaded on first use: a verification does not extract display fields
    from satchel.formats._display import extract_display as extract_display


def __getattr__(name: str) -> Any:
    if name == "extract_display":
        from satchel.formats._display import extract_display
        return extract_display
    raise AttributeError(f"module 'satchel.formats' has no attribute {name!r}")


__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_IMAGE_BYTES",
    "Parsed",
    "extract_display",
    "looks_like_compact_jws",
    "make_link_record",
    "nesting_depth",
    "parse",
    "parse_json_safely",
    "pdf_of",
    "split_compact_jws",
]
