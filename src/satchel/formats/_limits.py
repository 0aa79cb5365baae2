"""The importers' caps: the shared ones of :mod:`satchel.limits` (the verifier applies the same)."""

from satchel.limits import (
    MAX_BYTES,
    MAX_DATA_URI_CHARS,
    MAX_DEPTH,
    MAX_IMAGE_BYTES,
    MAX_INT_DIGITS,
    describe_size,
    require_size,
)

__all__ = ["MAX_BYTES", "MAX_DATA_URI_CHARS", "MAX_DEPTH", "MAX_IMAGE_BYTES", "MAX_INT_DIGITS",
           "describe_size", "require_size"]
