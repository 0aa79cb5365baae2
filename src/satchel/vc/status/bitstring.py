"""Decoding status lists: base64url (multibase ``u`` for Bitstring) of a gzip'd bitstring, MSB first."""

from __future__ import annotations

import base64
import binascii
import zlib

from satchel.errors import Malformed

MAX_LIST_BYTES = 16 * 1024 * 1024  # 128 million entries; far above any real list


def decode_list(encoded: object, *, multibase: bool) -> bytes:
    """The raw bitstring. ``multibase`` lists start with ``u`` (Bitstring Status List); StatusList2021
    lists are plain base64url (a leading ``u`` is tolerated only when the rest decodes)."""
    if not isinstance(encoded, str) or not encoded:
        raise Malformed("The status list has no encodedList.")
    text = encoded
    if multibase:
        if not text.startswith("u"):
            raise Malformed("The status list is not multibase base64url (it must start with 'u').")
        text = text[1:]
    try:
        packed = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        if not multibase and text.startswith("u"):
            return decode_list(text, multibase=True)
        raise Malformed("The status list is not valid base64url.") from exc
    return _gunzip(packed)


def _gunzip(packed: bytes) -> bytes:
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        raw = inflater.decompress(packed, MAX_LIST_BYTES + 1)
    except zlib.error as exc:
        raise Malformed("The status list is not gzip-compressed.") from exc
    if len(raw) > MAX_LIST_BYTES or inflater.unconsumed_tail:
        raise Malformed("The status list is too large.")
    if not inflater.eof:
        raise Malformed("The status list is truncated.")
    return raw


def bit_at(bits: bytes, index: int) -> bool:
    """Bit ``index``, counting from the most significant bit of the first byte."""
    if index < 0 or index >= len(bits) * 8:
        raise Malformed(f"The status index {index} is outside the list ({len(bits) * 8} entries).")
    return bool(bits[index // 8] & (0x80 >> (index % 8)))
