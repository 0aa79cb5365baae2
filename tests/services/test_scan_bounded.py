"""`scan` of a small QR code that holds a credential with 8 mutually referencing blank nodes: answered
"too complex to check" within a second or two (issue 9 §7), not after minutes."""

from __future__ import annotations

import time

from satchel import share
from satchel.model import CheckName, Outcome
from tests.vc.test_bounded_canonicalization import poison_presentation


def test_scan_of_a_poison_qr_code_is_bounded(recruiter):
    (text,) = share.encode_presentation(poison_presentation())
    assert len(text) < 1000  # one small frame
    png = share.render_png(text)
    started = time.perf_counter()
    result = recruiter.scan_image(png)
    assert time.perf_counter() - started < 3.0
    (inner,) = result.report.credentials
    assert inner.check(CheckName.SIGNATURE).message == "signature.too_complex"
    assert result.report.outcome is not Outcome.VERIFIED
