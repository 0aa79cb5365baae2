"""Read QR codes from images, video files and cameras (OpenCV for pixels, zxing-cpp for decoding).

A video file and a webcam go through the same ``cv2.VideoCapture`` loop. Photos get a fast pass
first; when it finds nothing, contrast/sharpness/threshold clean-ups (see photo.py) are tried, then
OpenCV's own detector as a last resort.
"""

from __future__ import annotations

import os
import pathlib
from collections.abc import Callable
from typing import Any

import cv2
import numpy as np
import zxingcpp

from satchel.errors import ScanError

from .imageheader import check_pixels
from .payload.assembler import Assembler, Progress
from .payload.frames import is_satchel_text
from .payload.vpqr import ContextLoader, decode_vpqr, is_vpqr_text
from .photo import ImageInput, enhanced_variants, to_gray

VideoSource = int | str | os.PathLike[str] | cv2.VideoCapture
_QR_FORMATS = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


def _zxing(gray: np.ndarray, binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(gray, formats=_QR_FORMATS, binarizer=binarizer) if r.valid]


def _opencv(gray: np.ndarray) -> list[str]:
    try:
        found, texts, _, _ = cv2.QRCodeDetector().detectAndDecodeMulti(gray)
    except cv2.error:
        return []
    return [text for text in texts if text] if found else []


def scan_frame(frame: np.ndarray) -> list[str]:
    """The fast pass only (one zxing-cpp call): for live video, where the next frame comes soon."""
    return _zxing(to_gray(frame))


def scan_gray(gray: np.ndarray) -> list[str]:
    """Every QR text found in a grayscale image, trying photo clean-ups when the first pass fails."""
    texts = _zxing(gray)
    if texts:
        return texts
    texts = _zxing(gray, zxingcpp.Binarizer.GlobalHistogram)
    for variant in enhanced_variants(gray):
        if texts:
            break
        texts = _zxing(variant)
    return texts or _opencv(gray)


def scan_image(image: ImageInput) -> list[str]:
    """The texts of the QR codes in an image (PNG/JPEG/… bytes, a path, or an array).

    Raises ScanError when the image cannot be read or holds no readable QR code.
    """
    texts = list(dict.fromkeys(scan_gray(to_gray(image))))
    if not texts:
        raise ScanError("No readable QR code was found in this image. Try a sharper, closer, evenly lit photo.")
    return texts


def open_camera(index: int = 0) -> cv2.VideoCapture:
    """Open camera ``index`` and check that it delivers frames (ScanError when absent or refused)."""
    capture = cv2.VideoCapture(index)
    if not capture.isOpened():
        capture.release()
        raise ScanError(f"No camera was found (camera {index}), or Satchel was not allowed to use it.")
    _check_frame_size(capture)
    ok, _ = capture.read()
    if not ok:
        capture.release()
        raise ScanError(f"Camera {index} gives no picture; it may be in use by another app or access was refused.")
    return capture


def open_video(source: VideoSource) -> cv2.VideoCapture:
    """A capture for a camera index or a video file path (the same reading loop serves both)."""
    if isinstance(source, cv2.VideoCapture):
        return source
    if isinstance(source, int):
        return open_camera(source)
    path = pathlib.Path(source)
    if not path.is_file():
        raise ScanError(f"The video {path.name} does not exist.")
    capture = cv2.VideoCapture(str(path))
    if not capture.isOpened():
        raise ScanError(f"The video {path.name} could not be opened (unknown format or damaged file).")
    _check_frame_size(capture)
    return capture


def _check_frame_size(capture: cv2.VideoCapture) -> None:
    """A video or camera whose frames exceed the picture caps is refused before a frame is decoded."""
    width = int(capture.get(cv2.CAP_PROP_FRAME_WIDTH) or 0)
    height = int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT) or 0)
    try:
        check_pixels(width, height)
    except ScanError:
        capture.release()
        raise


def scan_video(source: VideoSource, assembler: Assembler | None = None, *, max_frames: int = 900,
               on_progress: Callable[[Progress], Any] | None = None,
               vpqr_loader: ContextLoader | None = None) -> bytes | dict[str, Any]:
    """Read frames until a Satchel presentation is complete; returns its envelope bytes.

    A DCC VPQR code (``VP1-``) is returned decoded (a dict) when ``vpqr_loader`` is given. Other QR
    codes are ignored. Refused parts (another bundle, damaged) raise PayloadRefused; running out of
    frames raises ScanError naming the missing parts.
    """
    assembler = assembler or Assembler()
    capture = open_video(source)
    owned = not isinstance(source, cv2.VideoCapture)
    try:
        for _ in range(max_frames):
            ok, frame = capture.read()
            if not ok:
                break
            result = _feed(scan_frame(frame) or _slow_pass(frame), assembler, on_progress, vpqr_loader)
            if result is not None:
                return result
    finally:
        if owned:
            capture.release()
    progress = assembler.progress()
    if progress.total:
        missing = ", ".join(str(i) for i in progress.missing)
        raise ScanError(f"The video ended before every QR part was read: {len(progress.missing)} of "
                        f"{progress.total} missing (parts {missing}).")
    raise ScanError("No Satchel or VPQR code was found in the video.")


def _slow_pass(frame: np.ndarray) -> list[str]:
    gray = to_gray(frame)
    return _zxing(cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8)).apply(gray))


def _feed(texts: list[str], assembler: Assembler, on_progress: Callable[[Progress], Any] | None,
          vpqr_loader: ContextLoader | None) -> bytes | dict[str, Any] | None:
    for text in texts:
        if is_vpqr_text(text):
            if vpqr_loader is None:
                raise ScanError("This is a VPQR code; reading it needs the JSON-LD contexts (no loader given).")
            return decode_vpqr(text, vpqr_loader)
        if not is_satchel_text(text):
            continue
        progress = assembler.add(text)
        if on_progress is not None:
            on_progress(progress)
        if progress.complete:
            return assembler.result()
    return None
