"""Hard caps applied to every incoming QR payload (docs/qr-format.md, "Caps")."""

from __future__ import annotations

MAX_DECOMPRESSED_BYTES = 2 * 1024 * 1024  # a presentation larger than 2 MiB is refused
MAX_PARTS = 64  # an animated bundle has at most 64 parts
MAX_PART_CHARS = 4296  # the most a QR code can hold in alphanumeric mode (version 40, ECC L)
MAX_DIGITS = 7089  # the most a QR code can hold in numeric mode (version 40, ECC L): a codec C frame's body
MAX_TEXT_CHARS = MAX_PARTS * MAX_PART_CHARS  # any text handed to the decoder
MAX_JSON_DEPTH = 64  # nesting of objects/arrays in the decoded presentation
