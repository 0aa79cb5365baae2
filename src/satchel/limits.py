"""The one set of caps every importer and the verifier apply before doing any real work, and the
sentences that name them. Importable from every layer (like ``errors``)."""

from __future__ import annotations

import math

from satchel.errors import TooLarge

MAX_BYTES = 4 * 1024 * 1024  # a credential, presentation or token as text
MAX_IMAGE_BYTES = 16 * 1024 * 1024  # a badge image (PNG or SVG) with a credential baked in
MAX_DEPTH = 64  # nesting of JSON arrays/objects
MAX_INT_DIGITS = 4300  # Python's own int <-> str conversion limit
MAX_DATA_URI_CHARS = 512 * 1024  # an image given inline as a data: URI, kept for display
MAX_CREDENTIALS_IN_PRESENTATION = 100  # credentials in one presentation, for import and verification alike
MAX_PIXELS = 40_000_000  # a picture scanned for a QR code: a 40-megapixel photo is the largest decoded


def describe_size(size: int) -> str:
    """``52428800`` -> ``"50.0 MB"`` (binary megabytes, as file managers show them)."""
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    megabytes = size / (1024 * 1024)
    if megabytes < 10:  # near a cap, round up so "4.01 MB" never reads as "4.0 MB"
        return f"{math.ceil(megabytes * 100) / 100:.2f} MB"
    return f"{megabytes:.1f} MB"


def require_size(size: int, limit: int, what: str = "a credential") -> None:
    """Refuse anything over ``limit`` bytes before reading it."""
    if size > limit:
        raise TooLarge(
            f"The file is {describe_size(size)}; {what} is at most {limit // (1024 * 1024)} MB.",
            size=size,
            limit=limit,
        )
