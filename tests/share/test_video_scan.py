"""Animated codes recorded to a video file scan through the same VideoCapture loop as a camera."""

from __future__ import annotations

import pathlib

import cv2
import numpy as np
import pytest
from share_helpers import CORPUS, presentation_with

from satchel.errors import PayloadRefused, ScanError
from satchel.share.payload import Assembler, decode_envelope, encode_presentation
from satchel.share.qrimage import render_frames, render_png
from satchel.share.scan import open_camera, scan_video


def _write_video(path: pathlib.Path, texts_pngs: list[bytes], repeats: int = 3, seed: int = 3) -> pathlib.Path:
    """An MJPG/AVI of 1280×720 frames: each QR shown ``repeats`` times, slightly moved, with sensor noise."""
    rng = np.random.default_rng(seed)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (1280, 720))
    assert writer.isOpened()
    for png in texts_pngs:
        code = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE)
        code = cv2.resize(code, None, fx=0.95, fy=0.95, interpolation=cv2.INTER_AREA)
        for _ in range(repeats):
            frame = np.full((720, 1280), 185, np.uint8)
            y, x = 20 + int(rng.integers(0, 20)), 300 + int(rng.integers(0, 60))
            frame[y:y + code.shape[0], x:x + code.shape[1]] = code
            noisy = (frame.astype(np.float32) + rng.normal(0, 12, frame.shape)).clip(0, 255).astype(np.uint8)
            writer.write(cv2.cvtColor(noisy, cv2.COLOR_GRAY2BGR))
    writer.release()
    return path


def test_a_video_of_an_animated_code_assembles_the_presentation(tmp_path):
    vp = presentation_with(8)
    frames = encode_presentation(vp)
    assert len(frames) >= 3
    video = _write_video(tmp_path / "bundle.avi", render_frames(frames[::-1]))
    seen = []
    envelope = scan_video(video, Assembler(), max_frames=200, on_progress=seen.append)
    assert decode_envelope(envelope) == vp
    assert seen[-1].complete and seen[-1].total == len(frames)
    assert [p.received for p in seen if p.received] == sorted(p.received for p in seen if p.received)


def test_a_capture_object_is_accepted_like_a_camera(tmp_path):
    vp = presentation_with(1)
    video = _write_video(tmp_path / "one.avi", render_frames(encode_presentation(vp)))
    capture = cv2.VideoCapture(str(video))
    assert decode_envelope(scan_video(capture, max_frames=50)) == vp
    capture.release()


def test_a_video_missing_a_part_names_it(tmp_path):
    frames = encode_presentation(presentation_with(5))
    video = _write_video(tmp_path / "partial.avi", render_frames([f for i, f in enumerate(frames) if i != 1]))
    with pytest.raises(ScanError, match=r"parts 2\)"):
        scan_video(video, max_frames=200)


def test_a_video_mixing_two_bundles_is_refused(tmp_path):
    a = encode_presentation(presentation_with(4))
    b = encode_presentation(presentation_with(6))
    video = _write_video(tmp_path / "mixed.avi", render_frames([a[0], b[1]]), repeats=1)
    with pytest.raises(PayloadRefused, match="another presentation"):
        scan_video(video, max_frames=50)


def test_a_vpqr_code_in_a_video_is_decoded_with_the_loader(tmp_path, context_loader):
    text = (CORPUS / "qr" / "vp-v1-compressed.txt").read_text(encoding="ascii")
    video = _write_video(tmp_path / "vpqr.avi", [render_png(text, scale=4)], repeats=2)
    result = scan_video(video, max_frames=10, vpqr_loader=context_loader)
    assert result["type"] == ["VerifiablePresentation"]


def test_missing_video_and_missing_camera_are_scan_errors(tmp_path):
    with pytest.raises(ScanError, match="does not exist"):
        scan_video(tmp_path / "nope.avi")
    with pytest.raises(ScanError, match="could not be opened"):
        (tmp_path / "junk.avi").write_bytes(b"not a video at all")
        scan_video(tmp_path / "junk.avi")
    with pytest.raises(ScanError, match="camera"):
        open_camera(97)
    with pytest.raises(ScanError, match="camera"):
        scan_video(97)
