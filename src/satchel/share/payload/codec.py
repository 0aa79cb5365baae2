"""The payload envelope: one codec byte, then a compressed presentation (docs/qr-format.md, "Envelope").

Codec ``A`` is JSON (UTF-8, compact separators, key order kept) compressed with raw deflate
(RFC 1951) and the preset dictionary 1. Codec ``B`` first packs the base58btc values into tokens and a
side table (``packing``), deflates the tokenised JSON with dictionary 2 and appends the table after
the deflate stream. Codec ``C`` (the default when it is the smallest) also packs Ed25519 keys and
UUIDs, and deflates with dictionary 3 in one block of a preset Huffman code whose header is left out
(``huffman``), parsed for the fewest bits (``lz77``). New dictionaries get new codec letters; old
letters keep decoding forever.
"""

from __future__ import annotations

import functools
import json
import zlib
from typing import Any

from satchel.errors import PayloadRefused, SatchelError
from satchel.strictjson import parse_json_safely

from ..dictionary import load_code_lengths, load_dictionary
from .huffman import PresetCode
from .limits import MAX_DECOMPRESSED_BYTES, MAX_JSON_DEPTH
from .lz77 import cheapest_parse
from .packing import pack_values, unpack_values

CODEC_DICTIONARIES = {b"A": 1, b"B": 2, b"C": 3}  # codec letter -> preset dictionary id
PACKED_CODECS = frozenset({b"B", b"C"})  # codecs whose values are packed after the deflate stream
EXTENDED_PACKING = frozenset({b"C"})  # codecs that also pack Ed25519 keys and UUIDs
PRESET_CODE_CODECS = frozenset({b"C"})  # codecs whose deflate block uses the dictionary's preset code
BEST = None  # compress_presentation(codec=BEST): the smallest envelope among C and B
MAX_PRESET_CODE_INPUT = 256 * 1024  # larger presentations use codec B (the pure-Python parser is slow)


def compact_json(vp: dict[str, Any]) -> bytes:
    """The presentation's compact JSON text, as every codec carries it."""
    if not isinstance(vp, dict):
        raise TypeError("A presentation must be a JSON object (dict).")
    text = json.dumps(vp, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    if len(text) > MAX_DECOMPRESSED_BYTES:
        raise PayloadRefused("This presentation is larger than 2 MiB and cannot be shared as a QR code.")
    return text


def compress_presentation(vp: dict[str, Any], *, codec: bytes | None = BEST) -> bytes:
    """Serialise ``vp`` compactly and compress it into an envelope (codec byte + compressed body).

    With no ``codec``, the smallest of codec C (when the presentation is small enough for it and its
    envelope decodes back to the same JSON) and codec B."""
    if codec is not BEST:
        if codec not in CODEC_DICTIONARIES:
            raise ValueError(f"Unknown codec {codec!r}; known: {sorted(CODEC_DICTIONARIES)}.")
        return _compress(compact_json(vp), codec)
    return min(candidate_envelopes(vp), key=len)


def candidate_envelopes(vp: dict[str, Any]) -> list[bytes]:
    """The envelopes the default encoder chooses from: codec B, and codec C when the presentation is
    small enough for it and its envelope decodes back to the same JSON."""
    text = compact_json(vp)
    envelopes = [_compress(text, b"B")]
    if len(text) <= MAX_PRESET_CODE_INPUT:
        candidate = _compress(text, b"C")
        if _decodes_to(candidate, text):
            envelopes.append(candidate)
    return envelopes


def _compress(text: bytes, codec: bytes) -> bytes:
    dictionary_id = CODEC_DICTIONARIES[codec]
    table = b""
    if codec in PACKED_CODECS:
        text, table = pack_values(text, extended=codec in EXTENDED_PACKING)
    dictionary = load_dictionary(dictionary_id)
    if codec in PRESET_CODE_CODECS:
        code = preset_code(dictionary_id)
        steps = cheapest_parse(text, dictionary, code.literal_lengths, code.length_costs(), code.distance_cost)
        return codec + code.encode(text, steps) + table
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, zdict=dictionary)
    return codec + compressor.compress(text) + compressor.flush() + table


def _decodes_to(envelope: bytes, text: bytes) -> bool:
    try:
        return _inflate_envelope(envelope) == text
    except PayloadRefused:
        return False


@functools.cache
def preset_code(dictionary_id: int) -> PresetCode:
    return PresetCode.from_bytes(load_code_lengths(dictionary_id))


def decompress_presentation(envelope: bytes) -> dict[str, Any]:
    """Inflate an envelope (bounded) and parse the presentation JSON (bounded depth)."""
    return parse_presentation_json(_inflate_envelope(envelope))


def _inflate_envelope(envelope: bytes) -> bytes:
    """The compact JSON inside an envelope, values unpacked (at most 2 MiB)."""
    if len(envelope) < 2:
        raise PayloadRefused("This QR payload is empty.")
    codec, body = envelope[:1], envelope[1:]
    dictionary_id = CODEC_DICTIONARIES.get(codec)
    if dictionary_id is None:
        raise PayloadRefused(f"This QR payload uses an unknown encoding ({codec!r}); "
                             "it may come from a newer version of Satchel.")
    if codec in PRESET_CODE_CODECS:
        body = preset_code(dictionary_id).omitted_prefix() + body
    text, trailer = _inflate_bounded(body, load_dictionary(dictionary_id))
    if codec in PACKED_CODECS:
        return unpack_values(text, trailer, MAX_DECOMPRESSED_BYTES, extended=codec in EXTENDED_PACKING)
    if trailer:
        raise PayloadRefused("This QR payload has unexpected bytes after its compressed data.")
    return text


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
