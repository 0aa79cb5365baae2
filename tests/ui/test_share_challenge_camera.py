"""Share screen: the recruiter's challenge QR read with the camera. The camera loops the panels run
(``drive_live`` on computers, ``drive_snapshots`` on phones) against the real challenge scans, with a video
and a scripted phone camera showing real rendered codes; and what the panel says in each state."""

from __future__ import annotations

import asyncio

import pytest

from satchel.errors import ChallengeCodeRefused, ScanError
from satchel.services import LearnerWallet, recruiter
from satchel.services.challenge_code import ChallengeCode
from satchel.ui.strings import tr
from satchel.ui.viewmodels import recruiter as vm
from satchel.ui.viewmodels.sharing import challenge_camera_lines, offers_picture
from tests.services.test_challenge_scan import other_code, photo, video

CODE = "K7Q4-M2ZX"


class Spy:
    """A challenge scan that records whether the camera was released."""

    def __init__(self, scan):
        self.scan, self.steps, self.closed = scan, 0, False

    def step(self):
        self.steps += 1
        return self.scan.step()

    def close(self):
        self.closed = True
        self.scan.close()


def _drive_live(open_scan, keep_going=lambda: True):
    shown: list[vm.LiveView] = []
    final = asyncio.run(vm.drive_live(open_scan, shown.append, keep_going))
    return final, shown


def test_the_webcam_loop_ignores_another_code_then_hands_over_the_challenge(tmp_path):
    clip = video(tmp_path / "webcam.avi", [None, other_code(), recruiter.challenge_qr(CODE), None])
    spy = Spy(LearnerWallet(tmp_path / "home").challenge_live_scan(str(clip)))
    final, shown = _drive_live(lambda: spy)
    assert final.phase == "done" and final.result == ChallengeCode(CODE) and final.preview is None
    assert spy.closed  # the camera is released as soon as the code is read
    assert spy.steps < 12  # it stopped reading frames there, before the end of the video
    others = [v for v in shown if v.other_code]
    assert others and all(v.phase == "live" for v in others)
    lines = challenge_camera_lines(others[0], "0", web=False, phone=False)
    assert ("share.camera_other_code", {}, "warning") in lines
    assert any(v.preview and v.preview.startswith(b"\xff\xd8") for v in shown)


def test_the_webcam_loop_hands_over_the_recruiters_domain_with_the_challenge(tmp_path):
    clip = video(tmp_path / "domain.avi", [None, recruiter.challenge_qr(CODE, "jobs.example.org")])
    final, _ = _drive_live(lambda: LearnerWallet(tmp_path / "home").challenge_live_scan(str(clip)))
    assert final.phase == "done" and final.result == ChallengeCode(CODE, "jobs.example.org")


def test_a_hostile_challenge_code_stops_the_camera_and_says_why_not_that_the_camera_failed(tmp_path):
    from satchel import share
    hostile = share.render_png(f"SATCHEL-CHALLENGE:{CODE};domain=jobs.example.org/../admin", ecc="M", scale=8)
    spy = Spy(LearnerWallet(tmp_path / "home").challenge_live_scan(str(video(tmp_path / "bad.avi", [hostile]))))
    final, _ = _drive_live(lambda: spy)
    assert final.phase == "refused" and isinstance(final.error, ChallengeCodeRefused) and spy.closed
    lines = challenge_camera_lines(final, "0", web=True, phone=False, reason="REASON")
    assert lines == [("share.camera_code_refused", {"reason": "REASON"}, "error")]
    assert tr(*lines[0][:1], "fr", **lines[0][1]).startswith("Le code du recruteur a été lu mais n'a pas été utilisé")


def test_a_stop_releases_the_camera_and_leaves_no_picture(tmp_path):
    clip = video(tmp_path / "long.avi", [None] * 10)
    spy = Spy(LearnerWallet(tmp_path / "home").challenge_live_scan(str(clip)))
    final, shown = _drive_live(lambda: spy, keep_going=lambda: spy.steps < 3)
    assert final.phase == "stopped" and final.preview is None and spy.closed and spy.steps == 3
    assert shown[-1] == final and not offers_picture(final)


def test_no_camera_says_so_for_where_the_app_runs_and_offers_a_picture(tmp_path):
    app = LearnerWallet(tmp_path / "home")
    final, _ = _drive_live(lambda: app.challenge_live_scan(str(tmp_path / "no-such-camera.avi")))
    assert final.phase == "failed" and isinstance(final.error, ScanError) and offers_picture(final)
    web = challenge_camera_lines(final, "0", web=True, phone=False)
    assert web == [("share.camera_none_web", {}, "error"), ("share.camera_picture_route", {}, "text")]
    assert challenge_camera_lines(final, "1", web=False, phone=False)[0] == \
        ("recruiter.camera_unavailable", {"n": "1"}, "error")
    assert challenge_camera_lines(final, "", web=False, phone=True)[0][0] == "recruiter.phone_camera_unavailable"
    odd = vm.LiveView("failed", error=RuntimeError("driver crashed"))
    assert challenge_camera_lines(odd, "0", web=True, phone=False, reason="x")[0] == \
        ("recruiter.camera_failed", {"reason": "x"}, "error")


def test_advice_comes_only_after_a_while_without_any_code():
    early, late = vm.LiveView("live", seconds=2), vm.LiveView("live", seconds=int(vm.NO_CODE_SECONDS) + 1)
    assert challenge_camera_lines(early, "0", web=False, phone=False) == [("share.camera_aim", {}, "text")]
    assert ("share.camera_no_code", {}, "info") in challenge_camera_lines(late, "0", web=False, phone=False)
    ended = vm.LiveView("ended")
    assert offers_picture(ended) and challenge_camera_lines(ended, "0", web=False, phone=False)[0][2] == "warning"


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


class ScriptedPhone:
    """Pictures in order, as flet-camera hands them over; records how many were taken."""

    def __init__(self, clock, script):
        self.clock, self.script, self.taken = clock, list(script), 0

    async def open(self):
        return None

    async def take_picture(self):
        self.clock.now += 0.25
        self.taken += 1
        return self.script.pop(0)

    async def sleep(self, seconds):
        self.clock.now += seconds


async def _inline(fn, *args):
    return fn(*args)


def _drive_phone(phone, feed, keep_going):
    shown: list[vm.LiveView] = []
    final = asyncio.run(vm.drive_snapshots(phone.open, phone.take_picture, feed, shown.append, keep_going,
                                           clock=phone.clock, run=_inline, sleep=phone.sleep))
    return final, shown


def test_the_phone_loop_reads_the_challenge_after_blank_and_other_pictures(tmp_path):
    script = [photo(None)] * 3 + [photo(other_code())] * 2 + [photo(recruiter.challenge_qr(CODE))] + [photo(None)] * 5
    phone = ScriptedPhone(Clock(), script)
    final, shown = _drive_phone(phone, LearnerWallet(tmp_path / "home").challenge_still_scan().feed,
                                lambda: bool(phone.script))
    assert final.phase == "done" and final.result == ChallengeCode(CODE)
    assert phone.taken == 6  # no picture after the code was read
    assert [v.other_code for v in shown if v.phase == "live"].count(True) >= 1
    assert all(v.preview is None for v in shown)  # the camera control draws its own preview


def test_the_phone_loop_stops_on_request(tmp_path):
    phone = ScriptedPhone(Clock(), [photo(None)] * 10)
    final, _ = _drive_phone(phone, LearnerWallet(tmp_path / "home").challenge_still_scan().feed,
                            lambda: phone.taken < 2)
    assert final.phase == "stopped" and phone.taken == 2


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_camera_sentence_exists_in_both_languages(lang):
    import satchel.ui.views.share_camera  # noqa: F401 - the panel registers what it says
    views = [vm.LiveView(p, seconds=30, other_code=True) for p in ("starting", "live", "stopped", "ended")]
    views += [vm.LiveView("failed", error=ScanError("none")), vm.LiveView("refused", error=ValueError()),
              vm.LiveView("refused", error=ChallengeCodeRefused(code="challenge_domain", domain="x"))]
    for view in views:
        for phone in (False, True):
            for key, params, _level in challenge_camera_lines(view, "0", web=True, phone=phone, reason="r"):
                assert not tr(key, lang, **params).startswith("ui.")
    for key in ("share.challenge_camera", "share.camera_close", "share.camera_use_picture"):
        assert not tr(key, lang).startswith("ui.")
