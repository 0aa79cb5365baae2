"""Presentations out: QR payloads (single and animated), QR images, QR scanning, exports.

The payload functions load nothing heavy. Images (qrcode/Pillow), scanning (OpenCV, zxing-cpp) and
the PDF (fpdf2) are imported on first use, so ``import satchel.share`` stays cheap.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

from .imageheader import MAX_PIXELS
from .payload import (
    Assembler,
    ContextLoader,
    Progress,
    decode_envelope,
    decode_payload,
    decode_vpqr,
    encode_presentation,
    is_payload,
    split,
)

# OpenCV's own ceiling on decoded pixels, as a second line behind imageheader.check_image (its default is
# 2^30 pixels). OpenCV reads it once, when it is loaded, so it is set here, before any module of this
# package (the only one that imports cv2) can load it.
os.environ.setdefault("OPENCV_IO_MAX_IMAGE_PIXELS", str(MAX_PIXELS))

_LAZY = {
    "render_png": "qrimage", "render_frames": "qrimage", "qr_version": "qrimage",
    "animated_gif": "qrimage", "animated_png": "qrimage", "terminal_text": "qrimage",
    "scan_image": "scan", "scan_frame": "scan", "scan_video": "scan", "open_camera": "scan",
    "PdfItem": "pdf", "presentation_pdf": "pdf",
    "linkedin_add_url": "linkedin",
    "LiveScanner": "live", "LiveStep": "live", "StillFeed": "live",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'satchel.share' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


__all__ = [
    "Assembler", "ContextLoader", "Progress", "decode_envelope", "decode_payload", "decode_vpqr",
    "encode_presentation", "is_payload", "split", *_LAZY,
]
