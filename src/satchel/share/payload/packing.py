"""Base58btc value packing for codec ``B`` (docs/qr-format.md, "Envelope", codec B).

Multibase base58btc strings (``z…``: did:key identifiers, Data Integrity ``proofValue``\\ s) are
random text that deflate cannot shrink below about 6 bits per character; as raw bytes they take
5.86 bits per character. Before deflate, each such string in the compact JSON is replaced by a
two-byte token and its bytes go to a side table that is stored after the deflate stream:

- ``0x01 L``: a new value; the next ``L`` bytes of the table (1 ≤ L ≤ 255), written back as
  ``"z" + base58btc(bytes)``;
- ``0x02 i``: the same text as the ``i``-th new value (0-based, i ≤ 255).

Compact JSON never contains the bytes 0x01 and 0x02 (``json.dumps`` escapes control characters), so
tokens cannot be confused with text. A string is packed only when base58 decoding then encoding gives
it back exactly, so the transformation is lossless.
"""

from __future__ import annotations

import re

import base58

from satchel.errors import PayloadRefused

NEW_VALUE = 0x01
REPEAT_VALUE = 0x02
MIN_PACKED_CHARS = 24  # shorter strings gain too little over deflate to pay for their token
MAX_VALUES = 256  # a repeat token indexes the new values with one byte
MAX_VALUE_BYTES = 255  # a new-value token gives the length in one byte

# A base58btc multibase value inside a JSON string: after a quote, a colon ("did:key:z…"),
# a hash (verification method fragment) or a slash, and ending at a quote, a hash or a slash.
_VALUE_RE = re.compile(rb'(?<=[":#/])z[1-9A-HJ-NP-Za-km-z]{%d,}(?=["#/])' % (MIN_PACKED_CHARS - 1))


def pack_values(text: bytes) -> tuple[bytes, bytes]:
    """Replace base58btc values in compact JSON ``text`` by tokens; returns (tokenised text, table)."""
    if NEW_VALUE in text or REPEAT_VALUE in text:
        raise ValueError("Compact JSON cannot contain the bytes 0x01 or 0x02.")
    index: dict[bytes, int] = {}
    table = bytearray()
    out = bytearray()
    position = 0
    for match in _VALUE_RE.finditer(text):
        value = match.group()
        token = _token_for(value, index, table)
        if token is None:
            continue
        out += text[position:match.start()] + token
        position = match.end()
    out += text[position:]
    return bytes(out), bytes(table)


def _token_for(value: bytes, index: dict[bytes, int], table: bytearray) -> bytes | None:
    known = index.get(value)
    if known is not None:
        return bytes((REPEAT_VALUE, known))
    if len(index) >= MAX_VALUES:
        return None
    raw = base58.b58decode(value[1:])
    if not 1 <= len(raw) <= MAX_VALUE_BYTES or b"z" + base58.b58encode(raw) != value:
        return None
    index[value] = len(index)
    table += raw
    return bytes((NEW_VALUE, len(raw)))


def unpack_values(text: bytes, table: bytes, max_bytes: int) -> bytes:
    """Put the packed values back into ``text``; refuses malformed tokens, unused table bytes and
    results longer than ``max_bytes``."""
    values: list[bytes] = []
    out = bytearray()
    read = 0
    position = 0
    for token in _TOKEN_RE.finditer(text):
        if len(token.group()) < 2:
            raise PayloadRefused("This QR payload is damaged: a packed value is cut short.")
        kind, argument = token.group()
        if kind == NEW_VALUE:
            value = _new_value(table[read:read + argument], argument, len(values))
            read += argument
            values.append(value)
        elif argument < len(values):
            value = values[argument]
        else:
            raise PayloadRefused("This QR payload is damaged: it repeats a value it never gave.")
        out += text[position:token.start()]
        out += value
        position = token.end()
        if len(out) > max_bytes:
            raise PayloadRefused("This QR payload expands to more than 2 MiB and was refused.")
    out += text[position:]
    if len(out) > max_bytes:
        raise PayloadRefused("This QR payload expands to more than 2 MiB and was refused.")
    if read != len(table):
        raise PayloadRefused("This QR payload has unexpected bytes after its compressed data.")
    return bytes(out)


_TOKEN_RE = re.compile(rb"[\x01\x02](?s:.)?")


def _new_value(raw: bytes, length: int, count: int) -> bytes:
    if length == 0 or len(raw) != length:
        raise PayloadRefused("This QR payload is damaged: a packed value is missing its bytes.")
    if count >= MAX_VALUES:
        raise PayloadRefused("This QR payload packs more values than the format allows.")
    value = b"z" + base58.b58encode(raw)
    if len(value) < MIN_PACKED_CHARS:
        raise PayloadRefused("This QR payload is damaged: a packed value is too short.")
    return value
