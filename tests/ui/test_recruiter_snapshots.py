"""The phone camera loop (``drive_snapshots``) against the real still-picture services: a scripted camera
hands over JPEG photos of real share QR codes (and blank ones), on a fake clock, as flet-camera would."""

from __future__ import annotations

import asyncio
import io
from dataclasses import dataclass
from enum import Enum

import pytest
from PIL import Image
from ui_harness import corpus_dir

from satchel.errors import ScanError
from satchel.services import Satchel
from satchel.ui.viewmodels import recruiter as vm

FILES = ("cred-valid-eddsa-rdfc-2022-ob3.json", "cred-valid-ecdsa-rdfc-2019-p256-ob3.json",
         "cred-valid-ed25519signature2020-v1-ob3.json")
CODE = "K7Q4-M2ZX"
PICTURE_SECONDS = 0.25  # how long the scripted camera takes per picture, on the fake clock


def _photo(png: bytes | None) -> bytes:
    """A phone-like JPEG: the QR code (if any) on a grey background with a margin."""
    canvas = Image.new("RGB", (1280, 720), (90, 90, 90))
    if png is not None:
        code = Image.open(io.BytesIO(png)).convert("RGB").resize((600, 600), Image.NEAREST)
        canvas.paste(code, (340, 60))
    out = io.BytesIO()
    canvas.save(out, "JPEG", quality=85)
    return out.getvalue()


@pytest.fixture(scope="module")
def wallet(tmp_path_factory):
    candidate = Satchel(tmp_path_factory.mktemp("candidate-phone") / "home")
    candidate.create_wallet("candidate passphrase sixteen")
    ids = [i for name in FILES
           for i in candidate.import_bytes((corpus_dir() / "peer" / name).read_bytes(), source="test").added]
    return candidate, ids


@pytest.fixture(scope="module")
def animated(wallet):
    candidate, ids = wallet
    bundle = candidate.share(ids, challenge=CODE)
    assert len(bundle.pngs) > 1, "three credentials should need an animated code"
    return [_photo(png) for png in bundle.pngs]


class Clock:
    def __init__(self):
        self.now = 500.0

    def __call__(self):
        return self.now


class ScriptedPhone:
    """Pictures (or exceptions) in order; records what was asked and how long the loop waited."""

    def __init__(self, clock, script, *, fail_open: BaseException | None = None):
        self.clock, self.script, self.fail_open = clock, list(script), fail_open
        self.opened, self.taken, self.waits = False, 0, []

    async def open(self):
        if self.fail_open is not None:
            raise self.fail_open
        self.opened = True

    async def take_picture(self):
        self.clock.now += PICTURE_SECONDS
        self.taken += 1
        item = self.script.pop(0)
        if isinstance(item, BaseException):
            raise item
        return item

    async def sleep(self, seconds):
        self.waits.append(seconds)
        self.clock.now += seconds


async def _inline(fn, *args):
    return fn(*args)


def _drive(phone, feed, keep_going=None):
    shown: list[vm.LiveView] = []
    keep = keep_going or (lambda: bool(phone.script))
    final = asyncio.run(vm.drive_snapshots(phone.open, phone.take_picture, feed, shown.append, keep,
                                           clock=phone.clock, run=_inline, sleep=phone.sleep))
    return final, shown


def test_blank_pictures_then_an_animated_code_give_advice_parts_and_a_genuine_but_unbound_verdict(animated, tmp_path):
    blank = _photo(None)
    phone = ScriptedPhone(Clock(), [blank] * 30 + animated * 2)
    recruiter = Satchel(tmp_path / "recruiter")
    final, shown = _drive(phone, recruiter.still_scan(challenge=CODE).feed)
    assert final.phase == "done", final
    verdict = vm.verdict(final.result.report, "en")
    # Genuine and answering the challenge, but the credentials in this recording were issued to another
    # identifier than the presenter's key: never "the candidate holds these credentials" (issue 9 §5).
    assert final.result.report.outcome.value == "verified"
    assert (verdict.level, verdict.key, verdict.code) == ("warning", "recruiter.verdict.not_bound", CODE), \
        final.result.report.to_dict()
    assert [v.phase for v in shown[:2]] == ["starting", "live"] and shown[-1] == final
    assert any(v.hint == ("recruiter.camera_no_code", {}) for v in shown)  # 30 blanks ≈ 9 s without a code
    parts = [v for v in shown if v.hint and v.hint[0] == "recruiter.camera_parts"]
    assert {v.total for v in parts} == {len(animated)}
    assert [v.received for v in parts] == sorted(v.received for v in parts)  # progress only grows
    assert vm.parts_fraction(parts[-1].received, parts[-1].total) < 1.0
    assert all(v.preview is None for v in shown)  # the camera control draws its own preview
    assert phone.waits and all(w == pytest.approx(vm.SNAPSHOT_SECONDS - PICTURE_SECONDS) for w in phone.waits)
    assert phone.taken < 30 + 2 * len(animated)  # stops taking pictures once the code is complete
    assert recruiter.history_entries()[0]["challenge"] == CODE


def test_a_stop_ends_the_loop_without_taking_more_pictures(tmp_path):
    phone = ScriptedPhone(Clock(), [_photo(None)] * 10)
    final, shown = _drive(phone, Satchel(tmp_path / "r").still_scan().feed, keep_going=lambda: phone.taken < 3)
    assert final.phase == "stopped" and shown[-1] == final
    assert phone.taken == 3 and len(phone.script) == 7  # the stop was seen before the next picture


def test_no_camera_or_refused_permission_fails_before_any_picture(tmp_path):
    for problem in (ScanError("This phone reports no camera."), RuntimeError("CameraAccessDenied")):
        phone = ScriptedPhone(Clock(), [_photo(None)], fail_open=problem)
        final, shown = _drive(phone, Satchel(tmp_path / "r").still_scan().feed)
        assert final.phase == "failed" and final.error is problem and shown == [vm.LiveView("starting"), final]
        assert phone.taken == 0


def test_a_camera_that_keeps_failing_is_reported_but_one_hiccup_is_not(animated, tmp_path):
    broken = RuntimeError("Camera is closed")
    phone = ScriptedPhone(Clock(), [_photo(None), broken, b"", broken, _photo(None)])
    final, _ = _drive(phone, Satchel(tmp_path / "r").still_scan().feed)
    assert final.phase == "failed" and final.error is broken and phone.taken == 4

    phone = ScriptedPhone(Clock(), [broken, *animated, broken, *animated])
    final, _ = _drive(phone, Satchel(tmp_path / "r2").still_scan(challenge=CODE).feed)
    assert final.phase == "done" and final.result.report.holder


def test_a_code_that_cannot_be_verified_is_refused(tmp_path):
    def feed(_picture):
        raise ScanError("The QR code does not hold a presentation.")
    phone = ScriptedPhone(Clock(), [_photo(None)] * 3)
    final, shown = _drive(phone, feed)
    assert final.phase == "refused" and isinstance(final.error, ScanError) and shown[-1] == final


@dataclass
class Description:
    name: str
    lens_direction: object


class Lens(Enum):
    FRONT = "front"
    BACK = "back"


def test_the_back_camera_is_preferred_and_no_camera_is_a_clear_error():
    front, back = Description("0", Lens.FRONT), Description("1", Lens.BACK)
    assert vm.pick_camera([front, back]) is back
    assert vm.pick_camera([front]) is front
    assert vm.pick_camera([Description("2", "back"), front]).name == "2"
    with pytest.raises(ScanError, match="no camera"):
        vm.pick_camera([])


def test_only_the_phone_apps_use_the_phone_camera_control():
    assert vm.uses_phone_camera("android", False) and vm.uses_phone_camera("ios", False)
    assert not vm.uses_phone_camera("android", True)  # a phone's browser: the web client has no camera control
    assert not vm.uses_phone_camera("linux", False) and not vm.uses_phone_camera(None, False)
