"""How much text a QR code of a given version and error-correction level holds."""

from __future__ import annotations

import qrcode.base
import qrcode.constants
import qrcode.util

from satchel.errors import UsageError

ECC_LEVELS = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}
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
    blocks = qrcode.base.rs_blocks(version, ecc_level(ecc))
    bits = sum(block.data_count for block in blocks) * 8
    bits -= 4 + qrcode.util.length_in_bits(qrcode.util.MODE_ALPHA_NUM, version)
    return (bits // 11) * 2 + (1 if bits % 11 >= 6 else 0)
