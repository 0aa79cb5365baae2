"""Baked PNG badges: walk the real chunk structure (length, type, data, CRC) and read the badge text.

OB 3.0 bakes into an ``iTXt`` chunk with keyword ``openbadgecredential``; OB 2.0 uses ``openbadges`` (older
tools used ``tEXt``). ``zTXt`` and compressed ``iTXt`` are inflated with a size cap. When both keywords are
present the OB 3.0 credential wins; for each keyword the first chunk counts (as the baking specs say).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

from satchel.errors import Malformed, NoCredentialFound, TooLarge
from satchel.formats._baked import as_baked, credential_from_baked_text
from satchel.formats._limits import MAX_BYTES, MAX_IMAGE_BYTES, require_size
from satchel.model.credential import CredentialFormat, ParsedCredential

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
OB3_KEYWORD = "openbadgecredential"
OB2_KEYWORD = "openbadges"
_TEXT_CHUNKS = {b"tEXt", b"zTXt", b"iTXt"}
_MAX_CHUNK_LENGTH = 2**31 - 1


def parse_baked_png(data: bytes) -> ParsedCredential:
    """The credential baked into a PNG image (``raw`` = the whole image)."""
    require_size(len(data), MAX_IMAGE_BYTES, "a badge image")
    found: dict[str, str] = {}
    for chunk_type, body in iter_chunks(data):
        if chunk_type in _TEXT_CHUNKS:
            keyword = _keyword(body)
            if keyword in (OB3_KEYWORD, OB2_KEYWORD) and keyword not in found:
                found[keyword] = _chunk_text(chunk_type, body)
    if OB3_KEYWORD in found:
        inner = credential_from_baked_text(found[OB3_KEYWORD], ob3=True, image_kind="PNG")
    elif OB2_KEYWORD in found:
        inner = credential_from_baked_text(found[OB2_KEYWORD], ob3=False, image_kind="PNG")
    else:
        raise NoCredentialFound("This PNG image has no badge baked into it.")
    return as_baked(inner, data, CredentialFormat.BAKED_PNG, "image/png")


def iter_chunks(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """Yield (type, data) for every chunk up to IEND, checking lengths, names and CRCs on the way."""
    if not data.startswith(PNG_SIGNATURE):
        raise Malformed("This is not a PNG image (its first bytes are wrong).")
    pos, size, first = len(PNG_SIGNATURE), len(data), True
    while True:
        if pos + 12 > size:
            raise Malformed("This PNG image is cut short: it ends before its end marker.")
        length = int.from_bytes(data[pos : pos + 4], "big")
        chunk_type = data[pos + 4 : pos + 8]
        if length > _MAX_CHUNK_LENGTH:
            raise Malformed("This PNG image is damaged (a chunk has an impossible length).")
        if not chunk_type.isalpha():
            raise Malformed("This PNG image is damaged (a chunk has an invalid name).")
        name = chunk_type.decode("ascii")
        end = pos + 8 + length
        if end + 4 > size:
            raise Malformed(f"This PNG image is cut short: its {name} chunk is incomplete.")
        body = data[pos + 8 : end]
        if zlib.crc32(body, zlib.crc32(chunk_type)) != int.from_bytes(data[end : end + 4], "big"):
            raise Malformed(f"This PNG image is damaged: the checksum of its {name} chunk does not match.")
        if first and chunk_type != b"IHDR":
            raise Malformed("This PNG image is damaged: it does not start with a header chunk.")
        first = False
        yield chunk_type, body
        if chunk_type == b"IEND":
            return
        pos = end + 4


def _keyword(body: bytes) -> str | None:
    keyword, sep, _ = body.partition(b"\0")
    return keyword.decode("latin-1").lower() if sep else None


def _chunk_text(chunk_type: bytes, body: bytes) -> str:
    _, _, rest = body.partition(b"\0")
    if chunk_type == b"tEXt":
        return rest.decode("latin-1")
    if chunk_type == b"zTXt":
        if not rest or rest[0] != 0:
            raise Malformed("The badge text in this PNG image uses an unknown compression method.")
        return _inflate(rest[1:]).decode("latin-1")
    if len(rest) < 2:
        raise Malformed("The badge chunk in this PNG image is damaged (it is too short).")
    compressed, method, rest = rest[0], rest[1], rest[2:]
    _language, sep1, rest = rest.partition(b"\0")
    _translated, sep2, text = rest.partition(b"\0")
    if not (sep1 and sep2) or compressed not in (0, 1):
        raise Malformed("The badge chunk in this PNG image is damaged (its header is incomplete).")
    if compressed:
        if method != 0:
            raise Malformed("The badge text in this PNG image uses an unknown compression method.")
        text = _inflate(text)
    try:
        return text.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Malformed(f"The badge text in this PNG image is not valid UTF-8 (at byte {exc.start}).") from None


def _inflate(compressed: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(compressed, MAX_BYTES + 1)
    except zlib.error:
        raise Malformed("The compressed badge text in this PNG image is damaged.") from None
    if len(text) > MAX_BYTES or inflater.unconsumed_tail:
        raise TooLarge("The badge inside this PNG image unpacks to more than 4 MB.")
    if not inflater.eof:
        raise Malformed("The compressed badge text in this PNG image is incomplete.")
    return text
