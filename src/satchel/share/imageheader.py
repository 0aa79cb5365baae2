"""What an image will cost to decode, read from its header alone, before any decoder sees it.

A decoder trusts the header: a 150 KB PNG can declare 30,000 × 30,000 pixels (about 1.8 GB once
decoded), and a 161-byte one can declare a 2 GB chunk that the reader then tries to buffer. So every
picture given to ``scan`` (a file, a photo, a phone camera's snapshot) is read here first: the container is
walked chunk by chunk / segment by segment (every declared length must fit inside the file), the
dimensions and bit depth give the decoded size, and anything over :data:`MAX_PIXELS` or
:data:`MAX_DECODED_BYTES` is refused in one sentence. Only the formats listed in :data:`FORMATS` reach the
decoder at all.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from satchel.errors import ScanError
from satchel.limits import MAX_PIXELS

MAX_DECODED_BYTES = 256 * 1024 * 1024  # the decoded picture, before it is turned to grayscale
MAX_CHUNKS = 100_000  # PNG chunks / GIF blocks walked; real files have a few thousand at most
FORMATS = "PNG, JPEG, GIF, BMP or WebP"

_PNG = b"\x89PNG\r\n\x1a\n"
_PNG_BITS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
# Channels OpenCV hands back for each PNG colour type (palette and grey+alpha may come back with alpha).
_PNG_CHANNELS = {0: 1, 2: 3, 3: 4, 4: 4, 6: 4}
# JPEG start-of-frame markers (C4 DHT, C8 JPG and CC DAC share the range but are not frames).
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_PROGRESSIVE = {0xC2, 0xC6, 0xCA, 0xCE}


@dataclass(frozen=True)
class ImageHeader:
    kind: str  # "PNG", "JPEG", "GIF", "BMP", "WebP"
    width: int
    height: int
    decoded_bytes: int  # what the decoder will allocate for the picture (and its working buffers)


def _damaged(kind: str, why: str) -> ScanError:
    return ScanError(f"This {kind} image is damaged ({why}); Satchel does not decode it.",
                     code="image_damaged", kind=kind)


def check_image(data: bytes) -> ImageHeader:
    """The header of ``data`` if it is safe to decode; ScanError (one sentence) otherwise."""
    header = read_header(data)
    if header.width * header.height <= 0:
        raise _damaged(header.kind, "it declares no pixels")
    check_pixels(header.width, header.height, header.decoded_bytes)
    return header


def check_pixels(width: int, height: int, decoded_bytes: int = 0) -> None:
    """Refuse a picture (or a camera/video frame size) over the caps, in one sentence."""
    if width * height > MAX_PIXELS or decoded_bytes > MAX_DECODED_BYTES:
        raise ScanError(f"This image is too large to scan: {width} × {height} pixels "
                        f"(at most {MAX_PIXELS // 1_000_000} megapixels). Use a screenshot or a smaller photo.",
                        code="image_too_large", width=width, height=height, megapixels=MAX_PIXELS // 1_000_000)


def read_header(data: bytes) -> ImageHeader:
    if data.startswith(_PNG):
        return _png(data)
    if data.startswith(b"\xff\xd8"):
        return _jpeg(data)
    if data.startswith((b"GIF87a", b"GIF89a")):
        return _gif(data)
    if data.startswith(b"BM"):
        return _bmp(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp(data)
    raise ScanError(f"This file is not an image Satchel can read ({FORMATS}).", code="image_format")


def _png(data: bytes) -> ImageHeader:
    pos, size, header, chunks = len(_PNG), len(data), None, 0
    while True:
        if pos + 8 > size:
            raise _damaged("PNG", "it ends before its last chunk")
        length, kind = struct.unpack_from(">I4s", data, pos)
        if length > size - pos - 12:
            raise _damaged("PNG", f"a chunk declares {length:,} bytes but the file holds {size:,}")
        chunks += 1
        if chunks > MAX_CHUNKS:
            raise _damaged("PNG", "it is cut into too many chunks")
        if header is None:
            if kind != b"IHDR" or length != 13:
                raise _damaged("PNG", "it does not start with its header")
            width, height, bits, colour = struct.unpack_from(">IIBB", data, pos + 8)
            if bits not in _PNG_BITS.get(colour, ()):
                raise _damaged("PNG", f"bit depth {bits} with colour type {colour}")
            depth = _PNG_CHANNELS[colour] * (2 if bits == 16 else 1)
            header = ImageHeader("PNG", width, height, width * height * depth)
        pos += 12 + length
        if kind == b"IEND":
            return header


def _jpeg(data: bytes) -> ImageHeader:
    pos, size = 2, len(data)
    while pos + 4 <= size:
        if data[pos] != 0xFF:
            raise _damaged("JPEG", "a segment does not start with a marker")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
            pos += 2
            continue
        if marker in (0xD9, 0xDA):
            break  # end of image, or start of scan before any frame header
        (length,) = struct.unpack_from(">H", data, pos + 2)
        if length < 2 or pos + 2 + length > size:
            raise _damaged("JPEG", f"a segment declares {length:,} bytes beyond the end of the file")
        if marker in _SOF:
            if length < 8:
                raise _damaged("JPEG", "its frame header is too short")
            precision, height, width, components = struct.unpack_from(">BHHB", data, pos + 4)
            if height == 0 or components == 0:
                raise _damaged("JPEG", "it declares no height or no colour components")
            sample = 2 if precision > 8 else 1
            output = min(components, 3) * sample
            # Progressive images keep every coefficient (2 bytes per sample per component) until the end.
            working = components * 2 if marker in _PROGRESSIVE else 0
            return ImageHeader("JPEG", width, height, width * height * (output + working))
        pos += 2 + length
    raise _damaged("JPEG", "it has no frame header")


def _gif(data: bytes) -> ImageHeader:
    size = len(data)
    if size < 13:
        raise _damaged("GIF", "it ends inside its header")
    width, height, flags = struct.unpack_from("<HHB", data, 6)
    pos = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    blocks = 0
    while pos < size:
        blocks += 1
        if blocks > MAX_CHUNKS:
            raise _damaged("GIF", "it is cut into too many blocks")
        introducer = data[pos]
        if introducer == 0x3B:  # trailer
            break
        if introducer == 0x21:  # extension: label, then sub-blocks
            pos = _gif_sub_blocks(data, pos + 2)
        elif introducer == 0x2C:  # image descriptor: the frame may be larger than the screen
            if pos + 10 > size:
                raise _damaged("GIF", "it ends inside a frame header")
            left, top, frame_w, frame_h, frame_flags = struct.unpack_from("<HHHHB", data, pos + 1)
            width, height = max(width, left + frame_w), max(height, top + frame_h)
            pos += 10 + (3 * 2 ** ((frame_flags & 7) + 1) if frame_flags & 0x80 else 0)
            pos = _gif_sub_blocks(data, pos + 1)  # after the LZW code size
        else:
            raise _damaged("GIF", "it holds an unknown block")
    return ImageHeader("GIF", width, height, width * height * 4)


def _gif_sub_blocks(data: bytes, pos: int) -> int:
    while True:
        if pos >= len(data):
            raise _damaged("GIF", "it ends inside a block")
        length = data[pos]
        pos += 1 + length
        if length == 0:
            return pos


def _bmp(data: bytes) -> ImageHeader:
    if len(data) < 26:
        raise _damaged("BMP", "it ends inside its header")
    (dib,) = struct.unpack_from("<I", data, 14)
    if dib == 12:  # OS/2 BITMAPCOREHEADER
        width, height, _, bits = struct.unpack_from("<HHHH", data, 18)
    elif dib >= 40 and len(data) >= 30:
        width, height, _, bits = struct.unpack_from("<iiHH", data, 18)
    else:
        raise _damaged("BMP", "its header has an unknown size")
    width, height = abs(width), abs(height)
    return ImageHeader("BMP", width, height, width * height * (4 if bits == 32 else 3))


def _webp(data: bytes) -> ImageHeader:
    if len(data) < 30:
        raise _damaged("WebP", "it ends inside its header")
    kind = data[12:16]
    if kind == b"VP8X":
        width = 1 + int.from_bytes(data[24:27], "little")
        height = 1 + int.from_bytes(data[27:30], "little")
    elif kind == b"VP8L":
        bits = int.from_bytes(data[21:25], "little")
        width, height = 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)
    elif kind == b"VP8 ":
        width = int.from_bytes(data[26:28], "little") & 0x3FFF
        height = int.from_bytes(data[28:30], "little") & 0x3FFF
    else:
        raise _damaged("WebP", "its first chunk is unknown")
    return ImageHeader("WebP", width, height, width * height * 4)
