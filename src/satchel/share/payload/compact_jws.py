"""Codec C's compact JWS token (docs/qr-format.md, "Codec C", token ``0x05``).

A compact JWS (``header.payload.signature``, RFC 7515 §7.1: a VC-JWT, an SD-JWT's issuer JWT, a detached
Data Integrity ``jws``) is base64url text: deflate cannot see the JSON inside it nor match it against the
dictionary. The token carries the header and the payload as their decoded bytes *inline* in the deflate
input, each after its length, so deflate and dictionary 3 see their JSON; the signature goes to the table
as raw bytes. A JWS is packed only when every segment is canonical base64url without padding (decoding and
encoding it again gives the same characters), so the text comes back exactly. The decoded bytes are
carried as they are: they need not be JSON nor UTF-8.
"""

from __future__ import annotations

import base64
import binascii

from satchel.errors import PayloadRefused

NEW_COMPACT_JWS = 0x05
MAX_LENGTH_BYTES = 3  # a length is at most 2 MiB (< 2**21): three 7-bit groups

# Starts like a JSON object's base64url ("{" then a quote or a space: "ey"); three segments, not part of a
# longer base64url or dotted run.
PATTERN = rb"(?<![A-Za-z0-9_.\-])ey[A-Za-z0-9_\-]*\.[A-Za-z0-9_\-]*\.[A-Za-z0-9_\-]*(?![A-Za-z0-9_.\-])"


def split_canonical(value: bytes) -> tuple[bytes, bytes, bytes] | None:
    """The decoded header, payload and signature of a compact JWS, or None when a segment is not
    canonical base64url without padding (it would not come back the same)."""
    segments = value.split(b".")
    if len(segments) != 3:
        return None
    decoded = []
    for segment in segments:
        try:
            raw = base64.urlsafe_b64decode(segment + b"=" * (-len(segment) % 4))
        except (binascii.Error, ValueError):
            return None
        if base64url(raw) != segment:
            return None
        decoded.append(raw)
    header, payload, signature = decoded
    return header, payload, signature


def base64url(raw: bytes) -> bytes:
    return base64.urlsafe_b64encode(raw).rstrip(b"=")


def encoded_length(size: int) -> int:
    """Characters of base64url without padding for ``size`` bytes."""
    return (4 * size + 2) // 3


def write_length(size: int) -> bytes:
    """``size`` as an unsigned LEB128 number (7 bits a byte, low group first, high bit = more follows)."""
    out = bytearray()
    while True:
        group, size = size & 0x7F, size >> 7
        out.append(group | (0x80 if size else 0))
        if not size:
            return bytes(out)


def read_length(text: bytes, position: int) -> tuple[int, int]:
    """The LEB128 number at ``position`` and the position after it; refuses one cut short, written with
    more bytes than needed, or longer than three bytes."""
    size = 0
    for index in range(MAX_LENGTH_BYTES):
        if position + index >= len(text):
            raise PayloadRefused("This QR payload is damaged: a packed value is cut short.")
        byte = text[position + index]
        size |= (byte & 0x7F) << (7 * index)
        if not byte & 0x80:
            if byte == 0 and index > 0:
                raise PayloadRefused("This QR payload is damaged: a packed token's length is malformed.")
            return size, position + index + 1
    raise PayloadRefused("This QR payload is damaged: a packed token's length is malformed.")


def pack(value: bytes) -> tuple[bytes, bytes] | None:
    """(inline token bytes, table bytes) for a canonical compact JWS, or None."""
    parts = split_canonical(value)
    if parts is None:
        return None
    header, payload, signature = parts
    inline = (bytes((NEW_COMPACT_JWS,)) + write_length(len(header)) + header + write_length(len(payload)) + payload
              + write_length(len(signature)))
    return inline, signature


def unpack(text: bytes, position: int, rest: bytes, room: int) -> tuple[bytes, int, int]:
    """The JWS text of the token at ``position`` (its ``0x05`` byte), the position after the token and the
    table bytes used (from ``rest``). Refuses a token cut short and a text longer than ``room``."""
    header_size, start = read_length(text, position + 1)
    header, cursor = text[start:start + header_size], start + header_size
    if len(header) != header_size:
        raise PayloadRefused("This QR payload is damaged: a packed value is cut short.")
    payload_size, start = read_length(text, cursor)
    payload, cursor = text[start:start + payload_size], start + payload_size
    if len(payload) != payload_size:
        raise PayloadRefused("This QR payload is damaged: a packed value is cut short.")
    signature_size, cursor = read_length(text, cursor)
    signature = rest[:signature_size]
    if len(signature) != signature_size:
        raise PayloadRefused("This QR payload is damaged: a packed value is missing its bytes.")
    if encoded_length(header_size) + encoded_length(payload_size) + encoded_length(signature_size) + 2 > room:
        raise PayloadRefused("This QR payload expands to more than 2 MiB and was refused.")
    return b".".join((base64url(header), base64url(payload), base64url(signature))), cursor, signature_size
