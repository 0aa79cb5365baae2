"""The learner reads a recruiter's challenge QR with a camera: from a video (the OpenCV loop a webcam goes
through) and from phone pictures, against real rendered codes. Other QR codes are reported, never used."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pytest
from PIL import Image

from satchel import share
from satchel.errors import ChallengeCodeRefused, ScanError
from satchel.services import recruiter
from satchel.services.challenge_code import ChallengeCode

CODE = "K7Q4-M2ZX"


def photo(png: bytes | None, size: tuple[int, int] = (1280, 720)) -> bytes:
    """A phone-like JPEG: the QR code (if any) on a grey background with a margin."""
    canvas = Image.new("RGB", size, (90, 90, 90))
    if png is not None:
        side = min(size) - 120
        code = Image.open(io.BytesIO(png)).convert("RGB").resize((side, side), Image.NEAREST)
        canvas.paste(code, ((size[0] - side) // 2, 60))
    out = io.BytesIO()
    canvas.save(out, "JPEG", quality=85)
    return out.getvalue()


def video(path, pngs, repeat: int = 3):
    """An MJPG video showing each picture (None: an empty frame) ``repeat`` times, as a webcam would."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (960, 720))
    assert writer.isOpened()
    for png in pngs:
        frame = cv2.imdecode(np.frombuffer(photo(png, (960, 720)), np.uint8), cv2.IMREAD_COLOR)
        for _ in range(repeat):
            writer.write(frame)
    writer.release()
    return path


def other_code() -> bytes:
    return share.render_png("https://example.org/jobs/42", ecc="M", scale=8)


def test_a_video_with_another_code_then_the_challenge_gives_the_challenge(tmp_path):
    scan = _learner(tmp_path).challenge_live_scan(str(video(tmp_path / "c.avi", [None, other_code(),
                                                                                recruiter.challenge_qr(CODE)])))
    updates = []
    while not updates or (updates[-1].result is None and not updates[-1].ended):
        updates.append(scan.step())
    scan.close()
    assert updates[-1].result == ChallengeCode(CODE) and not updates[-1].ended
    assert any(u.other_code for u in updates) and not updates[0].other_code  # the blank frame: nothing
    assert all(u.preview_jpeg.startswith(b"\xff\xd8") for u in updates)  # JPEG previews for the screen
    assert all(u.result is None for u in updates[:-1])


def test_a_video_without_a_challenge_ends_without_one(tmp_path):
    scan = _learner(tmp_path).challenge_live_scan(str(video(tmp_path / "o.avi", [other_code()], repeat=2)))
    updates = [scan.step() for _ in range(3)]
    scan.close()
    assert [u.other_code for u in updates] == [True, True, False] and updates[-1].ended
    assert all(u.result is None for u in updates)


def test_no_such_camera_or_video_is_a_scan_error(tmp_path):
    with pytest.raises(ScanError):
        _learner(tmp_path).challenge_live_scan(str(tmp_path / "missing.avi"))


def test_phone_pictures(tmp_path):
    still = _learner(tmp_path).challenge_still_scan()
    blank, other, challenge = still.feed(photo(None)), still.feed(photo(other_code())), \
        still.feed(photo(recruiter.challenge_qr(CODE)))
    assert (blank.result, blank.other_code) == (None, False)
    assert (other.result, other.other_code) == (None, True)
    assert (challenge.result, challenge.other_code, challenge.preview_jpeg) == (ChallengeCode(CODE), False, None)
    with pytest.raises(ScanError):  # not a picture at all: every picture of this camera would be refused
        still.feed(b"not an image")


def test_a_code_with_the_recruiters_domain_gives_both(tmp_path):
    still = _learner(tmp_path).challenge_still_scan()
    read = still.feed(photo(recruiter.challenge_qr(CODE, "jobs.example.org")))
    assert read.result == ChallengeCode(CODE, "jobs.example.org") and not read.other_code


def test_a_code_with_a_hostile_domain_stops_the_scan_with_its_reason(tmp_path):
    hostile = share.render_png("SATCHEL-CHALLENGE:K7Q4-M2ZX;domain=evil.example/steal?x=1", ecc="M", scale=8)
    scan = _learner(tmp_path).challenge_live_scan(str(video(tmp_path / "h.avi", [hostile])))
    with pytest.raises(ChallengeCodeRefused) as refused:
        scan.step()
    scan.close()
    assert refused.value.code == "challenge_domain" and "evil.example/steal?x=1" in str(refused.value)
    with pytest.raises(ChallengeCodeRefused):  # the phone's pictures too
        _learner(tmp_path).challenge_still_scan().feed(photo(hostile))


def _learner(tmp_path):
    from satchel.services import LearnerWallet
    return LearnerWallet(tmp_path / "home")
