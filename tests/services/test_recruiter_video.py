"""Issue #6: a video of an animated QR goes through the same OpenCV capture path as a webcam."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from satchel import share
from satchel.model import CheckName, CheckStatus, Outcome

SKILLS = ["Data Literacy", "Teamwork", "Public Speaking", "Python Basics", "SQL Queries"]


def _photo_like(png: bytes, rng: np.random.Generator, size=(1280, 720)) -> np.ndarray:
    """The code as a webcam sees a phone screen: smaller, tilted in perspective, noisy, dimmer."""
    code = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_COLOR)
    w, h = size
    side = int(h * 0.8)
    code = cv2.resize(code, (side, side), interpolation=cv2.INTER_AREA)
    canvas = np.full((h, w, 3), 90, np.uint8)
    x0, y0 = (w - side) // 2, (h - side) // 2
    src = np.float32([[0, 0], [side, 0], [side, side], [0, side]])
    jitter = rng.uniform(-0.035, 0.035, (4, 2)) * side
    dst = np.float32([[x0, y0], [x0 + side, y0], [x0 + side, y0 + side], [x0, y0 + side]]) + jitter
    warp = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    frame = cv2.warpPerspective(code, warp, (w, h), dst=canvas.copy(), borderMode=cv2.BORDER_TRANSPARENT)
    frame = (frame.astype(np.float32) * 0.8 + 25 + rng.normal(0, 9, frame.shape)).clip(0, 255)
    return cv2.GaussianBlur(frame.astype(np.uint8), (3, 3), 0)


def _video(path, pngs, loops=3, repeat=2, seed=7):
    rng = np.random.default_rng(seed)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (1280, 720))
    assert writer.isOpened()
    for _ in range(loops):
        for png in pngs:
            for _ in range(repeat):
                writer.write(_photo_like(png, rng))
    writer.release()
    return path


@pytest.fixture
def bundle_pngs(satchel, issue):
    ids = []
    for name in SKILLS:
        ids += satchel.import_bytes(issue(name), source="test").added
    bundle = satchel.share(ids, challenge="interview-77", domain="jobs.example.org")
    assert len(bundle.pngs) > 1, "the bundle should be animated"
    return bundle


def test_video_of_an_animated_share_verifies(recruiter, bundle_pngs, tmp_path):
    video = _video(tmp_path / "animated.avi", bundle_pngs.pngs)
    seen = []
    result = recruiter.scan_video(str(video), challenge="interview-77", domain="jobs.example.org",
                                  on_progress=lambda got, total: seen.append((got, total)))
    assert result.report.outcome is Outcome.VERIFIED, [c.to_dict() for c in result.report.failed()]
    assert len(result.report.credentials) == len(SKILLS)
    assert seen and seen[-1][0] == seen[-1][1]  # progress reached every part


def test_video_of_a_tampered_bundle_fails_naming_the_check(recruiter, bundle_pngs, tmp_path):
    vp = bundle_pngs.vp
    vp["verifiableCredential"][2]["credentialSubject"]["achievement"]["name"] = "Neurosurgery"
    frames = share.encode_presentation(vp)
    video = _video(tmp_path / "tampered.avi", [share.render_png(f) for f in frames])
    report = recruiter.scan_video(str(video), challenge="interview-77", domain="jobs.example.org").report
    assert report.outcome is Outcome.FAILED
    assert report.check(CheckName.HOLDER).status is CheckStatus.FAILED
    bad = [r for r in report.credentials if r.check(CheckName.SIGNATURE).status is CheckStatus.FAILED]
    assert len(bad) == 1


def test_live_scan_previews_frames_and_reports_progress(recruiter, bundle_pngs, tmp_path):
    video = _video(tmp_path / "live.avi", bundle_pngs.pngs, loops=2)
    live = recruiter.live_scan(str(video), challenge="interview-77", domain="jobs.example.org")
    updates = []
    try:
        while True:
            update = live.step()
            updates.append(update)
            if update.result or update.ended:
                break
    finally:
        live.close()
    assert updates[0].preview_jpeg.startswith(b"\xff\xd8")  # a JPEG for the preview
    assert any(0 < u.received < u.total for u in updates)  # a progress bar had something to show
    assert updates[-1].result is not None and updates[-1].result.report.passed


def test_live_scan_of_a_missing_camera_is_a_clear_error(recruiter):
    from satchel.errors import ScanError
    with pytest.raises(ScanError) as err:
        recruiter.live_scan(7)
    assert "camera" in str(err.value).lower()


def test_challenge_codes_history_and_exports(recruiter, satchel, issue, tmp_path):
    code = recruiter.new_challenge()
    assert len(code) == 9 and code[4] == "-" and code != recruiter.new_challenge()
    assert share.scan_image(recruiter.challenge_qr(code)) == [f"SATCHEL-CHALLENGE:{code}"]
    ids = satchel.import_bytes(issue("Data Literacy"), source="t").added
    vp, _ = satchel.present(ids, challenge=code)
    vp_file = tmp_path / "candidate.json"
    vp_file.write_text(__import__("json").dumps(vp))
    result = recruiter.verify_presentation_file(vp_file, challenge=code)
    assert result.report.passed
    assert recruiter.history_entries()[0]["challenge"] == code
    recruiter.export_history_json(tmp_path / "history.json")
    assert b'"outcome": "verified"' in (tmp_path / "history.json").read_bytes()
    recruiter.export_report_pdf(result.report, tmp_path / "report.pdf", lang="fr")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    recruiter.clear_history()
    assert recruiter.history_entries() == []


def test_still_pictures_from_a_phone_camera_assemble_an_animated_code(recruiter, bundle_pngs):
    feed = recruiter.still_scan(challenge="interview-77", domain="jobs.example.org")
    rng = np.random.default_rng(3)
    blank = cv2.imencode(".png", np.full((480, 640, 3), 200, np.uint8))[1].tobytes()
    assert feed.feed(blank).total == 0  # nothing in view yet: no error, no progress
    update = None
    for png in list(bundle_pngs.pngs) * 2:
        photo = cv2.imencode(".jpg", _photo_like(png, rng))[1].tobytes()
        update = feed.feed(photo)
        if update.result:
            break
    assert update.result is not None and update.result.report.passed


def test_the_whole_history_exports_as_one_pdf(recruiter, satchel, issue, tmp_path):
    from satchel.errors import ShareError
    with pytest.raises(ShareError):
        recruiter.export_history_pdf(tmp_path / "empty.pdf")
    for name in ("Data Literacy", "Teamwork"):
        ids = satchel.import_bytes(issue(name), source="t").added
        recruiter.scan_images(list(satchel.share(ids, challenge="c").pngs), challenge="c")
    recruiter.export_history_pdf(tmp_path / "history.pdf", lang="fr")
    data = (tmp_path / "history.pdf").read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 2
