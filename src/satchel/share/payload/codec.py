"""The payload envelope: one codec byte, then a compressed presentation (docs/qr-format.md, "Envelope").

Codec ``A`` is JSON (UTF-8, compact separators, key order kept) compressed with raw deflate
(RFC 1951) and the preset dictionary 1. Codec ``B`` (the default since dictionary 2) first packs the
base58btc values into tokens and a side table (``packing``), deflates the tokenised JSON with
dictionary 2 and appends the table after the deflate stream. New dictionaries get new codec letters;
old letters keep decoding forever.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from satchel.errors import PayloadRefused, SatchelError
from satchel.strictjson import parse_json_safely

from ..dictionary import load_dictionary
from .limits import MAX_DECOMPRESSED_BYTES, MAX_JSON_DEPTH
from .packing import pack_values, unpack_values

CODEC_DICTIONARIES = {b"A": 1, b"B": 2}  # codec letter -> preset dictionary id
PACKED_CODECS = frozenset({b"B"})  # codecs whose base58btc values are packed after the deflate stream
DEFAULT_CODEC = b"B"


def compress_presentation(vp: dict[str, Any], *, codec: bytes = DEFAULT_CODEC) -> bytes:
    """Serialise ``vp`` compactly and compress it into an envelope (codec byte + raw deflate)."""
    if not isinstance(vp, dict):
        raise TypeError("A presentation must be a JSON object (dict).")
    text = json.dumps(vp, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    if len(text) > MAX_DECOMPRESSED_BYTES:
        raise PayloadRefused("This presentation is larger than 2 MiB and cannot be shared as a QR code.")
    dictionary_id = CODEC_DICTIONARIES.get(codec)
    if dictionary_id is None:
        raise ValueError(f"Unknown codec {codec!r}; known: {sorted(CODEC_DICTIONARIES)}.")
    table = b""
    if codec in PACKED_CODECS:
        text, table = pack_values(text)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY,
                                  zdict=load_dictionary(dictionary_id))
    return codec + compressor.compress(text) + compressor.flush() + table


def decompress_presentation(envelope: bytes) -> dict[str, Any]:
    """Inflate an envelope (bounded) and parse the presentation JSON (bounded depth)."""
    if len(envelope) < 2:
        raise PayloadRefused("This QR payload is empty.")
    codec, body = envelope[:1], envelope[1:]
    dictionary_id = CODEC_DICTIONARIES.get(codec)
    if dictionary_id is None:
        raise PayloadRefused(f"This QR payload uses an unknown encoding ({codec!r}); "
                             "it may come from a newer version of Satchel.")
    text, trailer = _inflate_bounded(body, load_dictionary(dictionary_id))
    if codec in PACKED_CODECS:
        text = unpack_values(text, trailer, MAX_DECOMPRESSED_BYTES)
    elif trailer:
        raise PayloadRefused("This QR payload has unexpected bytes after its compressed data.")
    return parse_presentation_json(text)


def _inflate_bounded(body: bytes, zdict: bytes) -> tuple[bytes, bytes]:
    """The inflated bytes (at most 2 MiB) and whatever follows the end of the deflate stream."""
    inflater = zlib.decompressobj(wbits=-15, zdict=zdict)
    try:
        out = inflater.decompress(body, MAX_DECOMPRESSED_BYTES + 1)
    except zlib.error as exc:
        raise PayloadRefused("This QR payload is damaged: its compressed data is invalid.") from exc
    if len(out) > MAX_DECOMPRESSED_BYTES or inflater.unconsumed_tail:
        raise PayloadRefused("This QR payload expands to more than 2 MiB and was refused.")
    if not inflater.eof:
        raise PayloadRefused("This QR payload is truncated: its compressed data ends too early.")
    return out, inflater.unused_data


def parse_presentation_json(data: bytes) -> dict[str, Any]:
    """Parse decompressed JSON into a dict with the one strict reader import and verification use
    (duplicate keys, NaN, deep nesting refused), as PayloadRefused."""
    try:
        value = parse_json_safely(data, max_depth=MAX_JSON_DEPTH)
    except SatchelError as exc:
        raise PayloadRefused(f"This QR payload does not contain valid JSON: {exc.message}") from None
    if not isinstance(value, dict):
        raise PayloadRefused("This QR payload does not contain a JSON object.")
    check_depth(value)
    return value


def check_depth(value: Any, limit: int = MAX_JSON_DEPTH) -> None:
    """Refuse documents nested deeper than ``limit`` objects/arrays (iterative, no recursion)."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            raise PayloadRefused(f"This QR payload is nested more than {limit} levels deep and was refused.")
        if isinstance(node, dict):
            stack.extend((child, depth + 1) for child in node.values() if isinstance(child, (dict, list)))
        elif isinstance(node, list):
            stack.extend((child, depth + 1) for child in node if isinstance(child, (dict, list)))
