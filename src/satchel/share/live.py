"""A live scan: one frame at a time from a camera or a video, for a preview with progress.

:class:`CameraFrames` reads the frames (the same ``cv2.VideoCapture`` loop as
:func:`satchel.share.scan.scan_video`) with the QR texts found in each and a preview picture;
:class:`LiveScanner` assembles Satchel presentations from them (the UI shows ``preview_jpeg`` as the camera
picture and the progress of an animated code). A recruiter's challenge code is read from the same frames
(services.challenge_scan). :func:`picture_texts` is the same for pictures a phone camera hands over.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from satchel.errors import ScanError

from .payload.assembler import Assembler, Progress
from .payload.vpqr import ContextLoader
from .scan import VideoSource, _feed, _slow_pass, open_video, scan_frame, scan_image

PREVIEW_WIDTH = 640


@dataclass(frozen=True)
class LiveStep:
    preview_jpeg: bytes | None  # the frame as JPEG, scaled for a preview (None when the source ended)
    progress: Progress  # parts of an animated code received so far
    result: bytes | dict[str, Any] | None  # a complete Satchel envelope, or a decoded VPQR document
    ended: bool  # the video ended (or the camera stopped delivering frames)


@dataclass(frozen=True)
class Frame:
    preview_jpeg: bytes | None  # the frame as JPEG, scaled for a preview (None when the source ended)
    texts: tuple[str, ...]  # the texts of the QR codes read in this frame
    ended: bool  # the video ended (or the camera stopped delivering frames)


class CameraFrames:
    """Frames from a camera (index) or a video file, one at a time, each with the QR texts read in it."""

    def __init__(self, source: VideoSource, *, preview_width: int = PREVIEW_WIDTH) -> None:
        self._capture = open_video(source)  # ScanError when there is no camera / no such video
        self._width = preview_width
        self._frames = 0

    def read(self) -> Frame:
        ok, frame = self._capture.read()
        if not ok:
            return Frame(None, (), True)
        self._frames += 1
        texts = scan_frame(frame)
        if not texts and self._frames % 3 == 0:  # the slower clean-up pass on every third frame
            texts = _slow_pass(frame)
        return Frame(_preview(frame, self._width), tuple(texts), False)

    def close(self) -> None:
        self._capture.release()

    def __enter__(self) -> CameraFrames:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LiveScanner:
    def __init__(self, source: VideoSource, *, vpqr_loader: ContextLoader | None = None,
                 preview_width: int = PREVIEW_WIDTH) -> None:
        self._frames = CameraFrames(source, preview_width=preview_width)
        self._assembler = Assembler()
        self._loader = vpqr_loader

    def step(self) -> LiveStep:
        frame = self._frames.read()
        if frame.ended:
            return LiveStep(None, self._assembler.progress(), None, True)
        result = _feed(list(frame.texts), self._assembler, None, self._loader)
        return LiveStep(frame.preview_jpeg, self._assembler.progress(), result, False)

    def close(self) -> None:
        self._frames.close()

    def __enter__(self) -> LiveScanner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def picture_texts(image: bytes) -> list[str]:
    """The QR texts in one camera picture; none when it holds no readable code (the next picture may).
    ScanError when every picture of this camera would be refused (too large, an unknown format)."""
    try:
        return scan_image(image)
    except ScanError as exc:
        if exc.code in ("image_too_large", "image_format"):
            raise  # say so once rather than keep trying
        return []


class StillFeed:
    """Camera pictures handed over one by one (a phone camera control's snapshots): the same parts
    assembly as :class:`LiveScanner`, for frame sources that are not an OpenCV capture."""

    def __init__(self, *, vpqr_loader: ContextLoader | None = None) -> None:
        self._assembler = Assembler()
        self._loader = vpqr_loader

    def feed(self, image: bytes) -> LiveStep:
        result = _feed(picture_texts(image), self._assembler, None, self._loader)
        return LiveStep(None, self._assembler.progress(), result, False)


def _preview(frame: np.ndarray, width: int) -> bytes:
    height, current = frame.shape[:2]
    if current > width:
        frame = cv2.resize(frame, (width, int(height * width / current)), interpolation=cv2.INTER_AREA)
    ok, data = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 75])
    return data.tobytes() if ok else b""
