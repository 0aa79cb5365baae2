"""The learner's side of a recruiter's challenge: its QR code read from a camera for the Share screen.

On computers the camera is read frame by frame (OpenCV, as in recruiter mode: :class:`ChallengeLiveScan`); on
phones the camera control hands over pictures (:class:`ChallengeStillScan`). Only a recruiter's challenge code
(``SATCHEL-CHALLENGE:…``, services.challenge_code: the challenge and, when the recruiter set one, their domain) is
taken: any other QR code in view is reported as such and never used, and a challenge code that cannot be used (a
domain that is not a host name …) stops the scan with its reason. Both are driven by the UI's camera loops, like
recruiter mode's scans.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from satchel import share
from satchel.services.challenge_code import ChallengeCode, first_usable


@dataclass(frozen=True)
class ChallengeUpdate:
    preview_jpeg: bytes | None  # camera picture for the preview (None from a phone, or when the source ended)
    result: ChallengeCode | None  # the recruiter's challenge (and domain), once read
    other_code: bool  # a QR code is in view, but it is not a recruiter's challenge
    ended: bool = False  # the video ended or the camera stopped
    received: int = 0  # a challenge code has a single part: no progress to show
    total: int = 0


def _update(texts: Sequence[str], preview: bytes | None) -> ChallengeUpdate:
    """A usable challenge code in view wins; a refused one alone raises its ChallengeCodeRefused (the camera
    loop then stops and names why); any other code is reported as such."""
    found = first_usable(texts)
    return ChallengeUpdate(preview, found, bool(texts) and found is None)


class ChallengeLiveScan:
    """A camera (index) or video file (path), stepped from a worker thread; ScanError if there is none."""

    def __init__(self, source: int | str) -> None:
        self._frames = share.CameraFrames(source)

    def step(self) -> ChallengeUpdate:
        frame = self._frames.read()
        if frame.ended:
            return ChallengeUpdate(None, None, False, ended=True)
        return _update(frame.texts, frame.preview_jpeg)

    def close(self) -> None:
        self._frames.close()


class ChallengeStillScan:
    """Pictures from a camera control that hands them over one by one (flet-camera on Android/iOS)."""

    def feed(self, image: bytes) -> ChallengeUpdate:
        return _update(share.picture_texts(image), None)
