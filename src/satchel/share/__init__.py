"""Presentations out: QR payloads (single and animated), QR images, QR scanning, exports.

Every name is imported on first use: the payload functions (which load nothing heavy), images
(qrcode/Pillow), scanning (OpenCV, zxing-cpp) and the PDF (fpdf2), so ``import satchel.share`` stays
cheap (``satchel verify FILE`` of a JSON credential loads none of them).
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any

from satchel.limits import MAX_PIXELS

# OpenCV's own ceiling on decoded pixels, as a second line behind imageheader.check_image (its default is
# 2^30 pixels). OpenCV reads it once, when it is loaded, so it is set here, before any module of this
# package (the only one that imports cv2) can load it.
os.environ.setdefault("OPENCV_IO_MAX_IMAGE_PIXELS", str(MAX_PIXELS))

_LAZY = {
    "Assembler": "payload", "ContextLoader": "payload", "Progress": "payload", "decode_envelope": "payload",
    "decode_payload": "payload", "decode_vpqr": "payload", "encode_presentation": "payload",
    "is_payload": "payload", "split": "payload",
    "render_png": "qrimage", "render_frames": "qrimage", "qr_version": "qrimage",
    "animated_gif": "qrimage", "animated_png": "qrimage", "terminal_text": "qrimage",
    "scan_image": "scan", "scan_frame": "scan", "scan_video": "scan", "open_camera": "scan",
    "PdfItem": "pdf", "presentation_pdf": "pdf",
    "linkedin_add_url": "linkedin",
    "LiveScanner": "live", "LiveStep": "live", "StillFeed": "live", "CameraFrames": "live", "Frame": "live",
    "picture_texts": "live",
}

if TYPE_CHECKING:  # the lazy names, with their real types for the type checker ("as": re-exported)
    from .linkedin import linkedin_add_url as linkedin_add_url
    from .live import CameraFrames as CameraFrames
    from .live import Frame as Frame
    from .live import LiveScanner as LiveScanner
    from .live import LiveStep as LiveStep
    from .live import StillFeed as StillFeed
    from .live import picture_texts as picture_texts
    from .payload import Assembler as Assembler
    from .payload import ContextLoader as ContextLoader
    from .payload import Progress as Progress
    from .payload import decode_envelope as decode_envelope
    from .payload import decode_payload as decode_payload
    from .payload import decode_vpqr as decode_vpqr
    from .payload import encode_presentation as encode_presentation
    from .payload import is_payload as is_payload
    from .payload import split as split
    from .pdf import PdfItem as PdfItem
    from .pdf import presentation_pdf as presentation_pdf
    from .qrimage import animated_gif as animated_gif
    from .qrimage import animated_png as animated_png
    from .qrimage import qr_version as qr_version
    from .qrimage import render_frames as render_frames
    from .qrimage import render_png as render_png
    from .qrimage import terminal_text as terminal_text
    from .scan import open_camera as open_camera
    from .scan import scan_frame as scan_frame
    from .scan import scan_image as scan_image
    from .scan import scan_video as scan_video


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'satchel.share' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


__all__ = [*_LAZY]
