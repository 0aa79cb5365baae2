"""The QR capacity table loads qrcode only when a capacity is computed; its ECC codes are qrcode's."""

from __future__ import annotations

import qrcode.constants

from satchel.share.qrcapacity import ECC_LEVELS, alphanumeric_capacity


def test_ecc_levels_are_qrcodes_constants():
    assert ECC_LEVELS == {"L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
                          "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H}


def test_known_capacities():  # ISO/IEC 18004 table 7, alphanumeric mode
    assert alphanumeric_capacity(1, "L") == 25
    assert alphanumeric_capacity(20, "M") == 970
    assert alphanumeric_capacity(40, "L") == 4296
    assert alphanumeric_capacity(40, "H") == 1852
