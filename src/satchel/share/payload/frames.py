"""Text framing of envelopes: one ``SAT1:`` frame, or numbered ``SAT1-P`` parts (docs/qr-format.md).

Single frame:  ``SAT1:`` + codec letter + base45(compressed body)
               (codec ``C``: ``SAT1:C`` + the body as decimal digits, drawn in QR numeric mode)
Part i of n:   ``SAT1-P<i>/<n>-<CHECK>:`` + base45(i-th slice of the envelope)
where CHECK is the first 4 bytes of SHA-256(envelope) in upper-case hex. Every character is in the
QR alphanumeric set, so codes are drawn in the dense alphanumeric mode (and a codec C frame's digits
in the denser numeric mode).
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass

import base45

from satchel.errors import PayloadRefused, ShareError, UsageError

from .digits import from_digits, to_digits
from .limits import MAX_DIGITS, MAX_PART_CHARS, MAX_PARTS

SINGLE_PREFIX = "SAT1:"
PART_PREFIX = "SAT1-P"
_PART_RE = re.compile(r"SAT1-P(\d{1,3})/(\d{1,3})-([0-9A-F]{8}):(.*)", re.DOTALL)
_CODEC_RE = re.compile(r"[A-Z]")
DECIMAL_CODECS = frozenset("C")  # codec letters whose single frames carry the body as decimal digits


def checksum(envelope: bytes) -> str:
    """First 4 bytes of SHA-256 of the whole envelope, as 8 upper-case hex digits."""
    return hashlib.sha256(envelope).digest()[:4].hex().upper()


def _b45decode(text: str, what: str) -> bytes:
    try:
        decoded: bytes = base45.b45decode(text)  # base45 ships no types
        return decoded
    except (ValueError, TypeError) as exc:
        raise PayloadRefused(f"This QR {what} is damaged: it is not valid base45 text.") from exc


def single_frame(envelope: bytes) -> str:
    """The one-frame text of an envelope (its codec letter stays readable in the prefix)."""
    codec = envelope[:1].decode("ascii")
    if codec in DECIMAL_CODECS:
        return SINGLE_PREFIX + codec + to_digits(envelope[1:])
    encoded: bytes = base45.b45encode(envelope[1:])  # base45 ships no types
    return SINGLE_PREFIX + codec + encoded.decode("ascii")


def parse_single_frame(text: str) -> bytes:
    """The envelope inside a ``SAT1:`` frame."""
    codec = text[len(SINGLE_PREFIX):len(SINGLE_PREFIX) + 1]
    most = MAX_DIGITS + 1 if codec in DECIMAL_CODECS else MAX_PART_CHARS  # + 1: the letter before the digits
    if len(text) > most + len(SINGLE_PREFIX):
        raise PayloadRefused("This QR code holds more text than any QR code can; it was refused.")
    if not _CODEC_RE.fullmatch(codec):
        raise PayloadRefused("This Satchel QR code has no valid encoding letter after its prefix.")
    data = text[len(SINGLE_PREFIX) + 1:]
    if codec in DECIMAL_CODECS:
        return codec.encode("ascii") + from_digits(data)
    return codec.encode("ascii") + _b45decode(data, "code")


def _bytes_per_part(chars: int) -> int:
    """How many bytes base45 fits in ``chars`` characters (3 chars per 2 bytes, 2 for a last byte)."""
    return (chars // 3) * 2 + (1 if chars % 3 == 2 else 0)


def split(payload: bytes, max_chars_per_frame: int) -> list[str]:
    """Cut an envelope into numbered parts, each at most ``max_chars_per_frame`` characters long."""
    if not payload:
        raise UsageError("There is nothing to split: the payload is empty.")
    check = checksum(payload)
    total = 1
    while True:
        header = len(f"{PART_PREFIX}{total}/{total}-{check}:")
        per_part = _bytes_per_part(max_chars_per_frame - header)
        if per_part < 1:
            raise UsageError(f"A frame of {max_chars_per_frame} characters cannot hold any data.")
        needed = math.ceil(len(payload) / per_part)
        if needed > MAX_PARTS:
            raise ShareError(f"This presentation needs {needed} QR frames; at most {MAX_PARTS} are allowed. "
                             "Share fewer credentials or use a file.")
        if needed <= total:
            break
        total = needed
    total = needed
    per_part = math.ceil(len(payload) / total)  # balanced parts: every frame gets the same QR version
    chunks = [payload[i * per_part:(i + 1) * per_part] for i in range(total)]
    return [f"{PART_PREFIX}{i}/{total}-{check}:" + base45.b45encode(chunk).decode("ascii")
            for i, chunk in enumerate(chunks, start=1)]


@dataclass(frozen=True)
class Part:
    index: int
    total: int
    check: str
    data: bytes


def parse_part(text: str) -> Part:
    """Read one ``SAT1-P`` part, refusing out-of-range numbers and oversized parts."""
    if len(text) > MAX_PART_CHARS:
        raise PayloadRefused("This QR part holds more text than any QR code can; it was refused.")
    match = _PART_RE.fullmatch(text)
    if not match:
        raise PayloadRefused("This is not a valid part of an animated Satchel QR code.")
    index, total = int(match.group(1)), int(match.group(2))
    if total > MAX_PARTS:
        raise PayloadRefused(f"This animated QR code claims {total} parts; at most {MAX_PARTS} are allowed.")
    if not 1 <= index <= total:
        raise PayloadRefused(f"This QR part is numbered {index} of {total}, which is impossible.")
    return Part(index, total, match.group(3), _b45decode(match.group(4), "part"))


def is_satchel_text(text: str) -> bool:
    return text.startswith(SINGLE_PREFIX) or text.startswith(PART_PREFIX)
