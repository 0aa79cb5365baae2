"""How much text a QR code of a given version and error-correction level holds."""

from __future__ import annotations

from functools import cache

from satchel.errors import UsageError

# qrcode's error-correction constants (L=1, M=0, Q=3, H=2); qrcode itself (and Pillow, which its package
# imports) is loaded only when a capacity is computed, so decoding and verifying never load it.
ECC_LEVELS = {"L": 1, "M": 0, "Q": 3, "H": 2}
ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


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
    import qrcode.base
    import qrcode.util

    blocks = qrcode.base.rs_blocks(version, level)
    bits: int = sum(block.data_count for block in blocks) * 8  # qrcode ships no types
    bits -= 4 + qrcode.util.length_in_bits(qrcode.util.MODE_ALPHA_NUM, version)
    return (bits // 11) * 2 + (1 if bits % 11 >= 6 else 0)
