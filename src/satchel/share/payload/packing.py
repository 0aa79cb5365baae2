"""Value packing for codecs ``B`` and ``C`` (docs/qr-format.md, "Envelope" and "Codec C").

Multibase base58btc strings (``z…``: did:key identifiers, Data Integrity ``proofValue``\\ s) are
random text that deflate cannot shrink below about 6 bits per character; as raw bytes they take
5.86 bits per character. Before deflate, each such string in the compact JSON is replaced by a
short token and its bytes go to a side table that is stored after the deflate stream:

- ``0x01 L``: a new value; the next ``L`` bytes of the table (1 ≤ L ≤ 255), written back as
  ``"z" + base58btc(bytes)``;
- ``0x02 i``: the same text as the ``i``-th new value (0-based, i ≤ 255).

Codec ``C`` adds two one-byte tokens, each also a new value that ``0x02 i`` can repeat:

- ``0x03``: an Ed25519 did:key multibase; the next 32 bytes of the table, written back as
  ``"z" + base58btc(0xED 0x01 + bytes)`` (the multicodec prefix is implied);
- ``0x04``: a UUID; the next 16 bytes of the table, written back as lower-case hex in the
  8-4-4-4-12 form (``urn:uuid:`` ids, and UUIDs inside URLs);
- ``0x05``: a compact JWS; its decoded header and payload follow the token inline, each after its
  length, then the signature's length; the signature's bytes are in the table (``compact_jws``).

Compact JSON never contains the bytes 0x01–0x05 (``json.dumps`` escapes control characters), so
tokens cannot be confused with text. A string is packed only when writing it back gives it exactly,
so the transformation is lossless.
"""

from __future__ import annotations

import re

import base58

from satchel.errors import PayloadRefused

from . import compact_jws

NEW_VALUE = 0x01
REPEAT_VALUE = 0x02
NEW_ED25519_KEY = 0x03  # codec C only
NEW_UUID = 0x04  # codec C only
NEW_COMPACT_JWS = compact_jws.NEW_COMPACT_JWS  # codec C only
MIN_PACKED_CHARS = 24  # shorter strings gain too little over deflate to pay for their token
MAX_VALUES = 256  # a repeat token indexes the new values with one byte
MAX_VALUE_BYTES = 255  # a new-value token gives the length in one byte
ED25519_PREFIX = b"\xed\x01"  # multicodec ed25519-pub
ED25519_KEY_BYTES = 32
UUID_BYTES = 16

# A base58btc multibase value inside a JSON string: after a quote, a colon ("did:key:z…"),
# a hash (verification method fragment) or a slash, and ending at a quote, a hash or a slash.
_BASE58 = rb'(?<=[":#/])z[1-9A-HJ-NP-Za-km-z]{%d,}(?=["#/])' % (MIN_PACKED_CHARS - 1)
_VALUE_RE = re.compile(_BASE58)
_UUID = rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_EXTENDED_RE = re.compile(rb"(?P<uuid>%s)|(?P<jws>%s)|%s" % (_UUID, compact_jws.PATTERN, _BASE58))
_TOKEN_RE = re.compile(rb"[\x01\x02]")
_EXTENDED_TOKEN_RE = re.compile(rb"[\x01-\x05]")


def pack_values(text: bytes, *, extended: bool = False) -> tuple[bytes, bytes]:
    """Replace packable values in compact JSON ``text`` by tokens; returns (tokenised text, table).

    ``extended`` (codec C) also packs Ed25519 did:key values without their prefix, UUIDs and compact JWSs."""
    forbidden = (NEW_VALUE, REPEAT_VALUE, NEW_ED25519_KEY, NEW_UUID, NEW_COMPACT_JWS) if extended else (
        NEW_VALUE, REPEAT_VALUE)
    if any(byte in text for byte in forbidden):
        raise ValueError("Compact JSON cannot contain the bytes 0x01 to 0x05.")
    index: dict[bytes, int] = {}
    table = bytearray()
    out = bytearray()
    position = 0
    for match in (_EXTENDED_RE if extended else _VALUE_RE).finditer(text):
        value = match.group()
        if extended and match.lastgroup == "uuid":
            token = _uuid_token(value, index, table)
        elif extended and match.lastgroup == "jws":
            token = _jws_token(value, index, table)
        else:
            token = _token_for(value, index, table, extended)
        if token is None:
            continue
        out += text[position:match.start()] + token
        position = match.end()
    out += text[position:]
    return bytes(out), bytes(table)


def _token_for(value: bytes, index: dict[bytes, int], table: bytearray, extended: bool) -> bytes | None:
    known = index.get(value)
    if known is not None:
        return bytes((REPEAT_VALUE, known))
    if len(index) >= MAX_VALUES:
        return None
    raw = base58.b58decode(value[1:])
    if not 1 <= len(raw) <= MAX_VALUE_BYTES or b"z" + base58.b58encode(raw) != value:
        return None
    index[value] = len(index)
    if extended and len(raw) == len(ED25519_PREFIX) + ED25519_KEY_BYTES and raw.startswith(ED25519_PREFIX):
        table += raw[len(ED25519_PREFIX):]
        return bytes((NEW_ED25519_KEY,))
    table += raw
    return bytes((NEW_VALUE, len(raw)))


def _uuid_token(value: bytes, index: dict[bytes, int], table: bytearray) -> bytes | None:
    known = index.get(value)
    if known is not None:
        return bytes((REPEAT_VALUE, known))
    if len(index) >= MAX_VALUES:
        return None
    index[value] = len(index)
    table += bytes.fromhex(value.replace(b"-", b"").decode("ascii"))
    return bytes((NEW_UUID,))


def _jws_token(value: bytes, index: dict[bytes, int], table: bytearray) -> bytes | None:
    known = index.get(value)
    if known is not None:
        return bytes((REPEAT_VALUE, known))
    if len(value) < MIN_PACKED_CHARS or len(index) >= MAX_VALUES:
        return None
    packed = compact_jws.pack(value)
    if packed is None:
        return None
    inline, signature = packed
    index[value] = len(index)
    table += signature
    return inline


def unpack_values(text: bytes, table: bytes, max_bytes: int, *, extended: bool = False) -> bytes:
    """Put the packed values back into ``text``; refuses malformed tokens, unused table bytes and
    results longer than ``max_bytes``."""
    values: list[bytes] = []
    out = bytearray()
    read = 0
    position = 0
    tokens = _EXTENDED_TOKEN_RE if extended else _TOKEN_RE
    while (token := tokens.search(text, position)) is not None:
        out += text[position:token.start()]
        kind = text[token.start()]
        if kind == NEW_COMPACT_JWS:
            _check_count(len(values))
            value, position, used = compact_jws.unpack(text, token.start(), table[read:], max_bytes - len(out))
            read += used
            values.append(value)
        elif kind == REPEAT_VALUE:
            value, position = _repeat(text[token.start():token.start() + 2], values), token.start() + 2
        else:
            step = 2 if kind == NEW_VALUE else 1
            value, used = _new_value(kind, text[token.start():token.start() + step], table[read:], len(values))
            read += used
            values.append(value)
            position = token.start() + step
        out += value
        if len(out) > max_bytes:
            raise PayloadRefused("This QR payload expands to more than 2 MiB and was refused.")
    out += text[position:]
    if len(out) > max_bytes:
        raise PayloadRefused("This QR payload expands to more than 2 MiB and was refused.")
    if read != len(table):
        raise PayloadRefused("This QR payload has unexpected bytes after its compressed data.")
    return bytes(out)


def _repeat(token: bytes, values: list[bytes]) -> bytes:
    if len(token) < 2:
        raise PayloadRefused("This QR payload is damaged: a packed value is cut short.")
    if token[1] >= len(values):
        raise PayloadRefused("This QR payload is damaged: it repeats a value it never gave.")
    return values[token[1]]


def _check_count(count: int) -> None:
    if count >= MAX_VALUES:
        raise PayloadRefused("This QR payload packs more values than the format allows.")


def _new_value(kind: int, token: bytes, rest: bytes, count: int) -> tuple[bytes, int]:
    """The text of a new packed value and how many table bytes it used."""
    _check_count(count)
    if kind == NEW_VALUE:
        if len(token) < 2:
            raise PayloadRefused("This QR payload is damaged: a packed value is cut short.")
        length = token[1]
        raw = rest[:length]
    else:
        length = ED25519_KEY_BYTES if kind == NEW_ED25519_KEY else UUID_BYTES
        raw = rest[:length]
    if length == 0 or len(raw) != length:
        raise PayloadRefused("This QR payload is damaged: a packed value is missing its bytes.")
    if kind == NEW_UUID:
        digits = raw.hex().encode("ascii")
        return b"-".join((digits[:8], digits[8:12], digits[12:16], digits[16:20], digits[20:])), length
    value = b"z" + base58.b58encode(ED25519_PREFIX + raw if kind == NEW_ED25519_KEY else raw)
    if len(value) < MIN_PACKED_CHARS:
        raise PayloadRefused("This QR payload is damaged: a packed value is too short.")
    return value, length
