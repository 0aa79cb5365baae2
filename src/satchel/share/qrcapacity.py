"""How much text a QR code of a given version and error-correction level holds."""

from __future__ import annotations

from functools import cache

from satchel.errors import UsageError

# qrcode's error-correction constants (L=1, M=0, Q=3, H=2); qrcode itself (and Pillow, which its package
# imports) is loaded only when a capacity is computed, so decoding and verifying never load it.
ECC_LEVELS = {"L": 1, "M": 0, "Q": 3, "H": 2}
ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
MIN_NUMERIC_TAIL = 24  # a text ending in at least this many digits gets a numeric segment for them


def ecc_level(ecc: str) -> int:
    try:
        return ECC_LEVELS[ecc.upper()]
    except (KeyError, AttributeError):
        raise UsageError(f"Unknown QR error-correction level {ecc!r}; use L, M, Q or H.") from None


def is_alphanumeric(text: str) -> bool:
    return all(char in ALPHANUMERIC for char in text)


def alphanumeric_capacity(version: int, ecc: str = "M") -> int:
    """Characters a QR code of ``version`` (1–40) holds in alphanumeric mode at level ``ecc``."""
    if not 1 <= version <= 40:
        raise UsageError(f"QR versions go from 1 to 40, not {version}.")
    return _capacity(version, ecc_level(ecc))


@cache
def _capacity(version: int, level: int) -> int:
    import qrcode.util

    count_bits: int = qrcode.util.length_in_bits(qrcode.util.MODE_ALPHA_NUM, version)  # qrcode ships no types
    bits = _data_bits(version, level) - 4 - count_bits
    return (bits // 11) * 2 + (1 if bits % 11 >= 6 else 0)


@cache
def _data_bits(version: int, level: int) -> int:
    import qrcode.base

    blocks = qrcode.base.rs_blocks(version, level)
    bits: int = sum(block.data_count for block in blocks) * 8  # qrcode ships no types
    return bits


def segments(text: str) -> list[tuple[str, str]]:
    """How Satchel draws ``text``: (part, mode) with mode ``numeric``, ``alphanumeric`` or ``byte``.
    An alphanumeric text that ends in a long run of digits (a codec C frame) gets two segments."""
    if not is_alphanumeric(text):
        return [(text, "byte")]
    head = text.rstrip("0123456789")
    if head and len(text) - len(head) >= MIN_NUMERIC_TAIL:
        return [(head, "alphanumeric"), (text[len(head):], "numeric")]
    return [(text, "alphanumeric")]


def fits(text: str, version: int, ecc: str = "M") -> bool:
    """Does ``text``, drawn as :func:`segments` says, fit a QR code of ``version`` at level ``ecc``?"""
    if not 1 <= version <= 40:
        raise UsageError(f"QR versions go from 1 to 40, not {version}.")
    import qrcode.util

    modes = {"numeric": qrcode.util.MODE_NUMBER, "alphanumeric": qrcode.util.MODE_ALPHA_NUM,
             "byte": qrcode.util.MODE_8BIT_BYTE}
    bits = 0
    for part, mode in segments(text):
        size = len(part.encode("utf-8")) if mode == "byte" else len(part)
        count_bits = qrcode.util.length_in_bits(modes[mode], version)
        if size >= 1 << count_bits:
            return False
        bits += 4 + count_bits + _payload_bits(size, mode)
    return bits <= _data_bits(version, ecc_level(ecc))


def smallest_version(text: str, ecc: str = "M") -> int:
    """The smallest QR version that holds ``text`` drawn as :func:`segments` says (41 when none does)."""
    return next((version for version in range(1, 41) if fits(text, version, ecc)), 41)


def _payload_bits(size: int, mode: str) -> int:
    if mode == "numeric":
        return 10 * (size // 3) + (0, 4, 7)[size % 3]
    if mode == "alphanumeric":
        return 11 * (size // 2) + 6 * (size % 2)
    return 8 * size
