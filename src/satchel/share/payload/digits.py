"""Bytes as decimal digits, for QR numeric mode (codec C frames; docs/qr-format.md, "Codec C").

A QR code stores digits at 10 bits per 3 (3.33 bits a digit) and base45 text at 11 bits per 2
characters: carried as digits, a byte costs 8.1 bits instead of 8.25. The bytes are cut into groups of
7 from the start; each group is its big-endian integer written with a fixed number of digits, zero
padded: 17 for 7 bytes, and 3, 5, 8, 10, 13 or 15 for a last group of 1 to 6 bytes.
"""

from __future__ import annotations

from satchel.errors import PayloadRefused

GROUP_BYTES = 7
DIGITS_FOR = {1: 3, 2: 5, 3: 8, 4: 10, 5: 13, 6: 15, 7: 17}  # fewest digits that hold every k-byte value
BYTES_FOR = {digits: count for count, digits in DIGITS_FOR.items()}


def to_digits(data: bytes) -> str:
    groups = (data[start:start + GROUP_BYTES] for start in range(0, len(data), GROUP_BYTES))
    return "".join(str(int.from_bytes(group, "big")).zfill(DIGITS_FOR[len(group)]) for group in groups)


def from_digits(text: str) -> bytes:
    """The bytes written by :func:`to_digits`; refuses other characters, impossible lengths and groups
    too large for their byte count."""
    if text and not (text.isascii() and text.isdigit()):
        raise PayloadRefused("This QR code is damaged: its data is not decimal digits.")
    full = DIGITS_FOR[GROUP_BYTES]
    tail = len(text) % full
    if tail and tail not in BYTES_FOR:
        raise PayloadRefused("This QR code is damaged: its digits do not make whole bytes.")
    out = bytearray()
    for start in range(0, len(text), full):
        group = text[start:start + full]
        count = BYTES_FOR[len(group)]
        value = int(group)
        if value >= 1 << (8 * count):
            raise PayloadRefused("This QR code is damaged: a group of digits is too large.")
        out += value.to_bytes(count, "big")
    return bytes(out)
