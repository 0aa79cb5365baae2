"""Share screen logic: which QR frame to show when a code is animated, the verifier's challenge (and what
the camera panel says while it reads the recruiter's challenge code), the steps on a phone, and which
chosen credentials will not verify (the learner is asked before sharing)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from satchel.errors import ChallengeCodeRefused, ScanError
from satchel.services.challenge_code import ChallengeCode, read_challenge_code, verifier_domain
from satchel.ui.viewmodels.recruiter import NO_CODE_SECONDS, LiveView

FRAME_SECONDS = 0.35  # animated QR: slow enough for phone scanners, fast enough to finish quickly
# stored outcomes a recruiter sees as not valid
NOT_VALID = ("failed", "invalid", "revoked", "expired", "not_yet_valid")
STEPS = ("choose", "options", "qr")  # the Share screen as a stepper on phones


def next_frame(index: int, total: int) -> int:
    return (index + 1) % total if total else 0


def challenge_value(text: str) -> str | None:
    """The verifier's challenge as typed (trimmed); None when left empty."""
    text = text.strip()
    return text or None


def pasted_code(text: str) -> ChallengeCode | None:
    """A recruiter's whole challenge code pasted in the challenge field (``SATCHEL-CHALLENGE:…``, with its domain
    when it has one), read as the camera reads it; None for a challenge typed as such; ChallengeCodeRefused for
    a code that cannot be used."""
    return read_challenge_code(text)


def share_target(challenge_text: str, domain_text: str) -> tuple[str | None, str | None]:
    """(challenge, domain) a presentation is made for, from the Share screen's two fields. A whole challenge code
    left in the challenge field gives its challenge, and its domain when it names one (never the code's text as
    a challenge); ChallengeCodeRefused when that code cannot be used."""
    code = pasted_code(challenge_text)
    if code is None:
        return challenge_value(challenge_text), domain_value(domain_text)
    return code.code, code.domain or domain_value(domain_text)


def domain_value(text: str) -> str | None:
    """The verifier's domain as typed, as the presentation will be bound to it (services.challenge_code)."""
    return verifier_domain(text)


@dataclass(frozen=True)
class Picked:
    """One chosen credential as the Share screen lists it."""

    id: str
    name: str
    status: str  # a listing status key (verified, revoked, …)

    @property
    def not_valid(self) -> bool:
        return self.status in NOT_VALID


def not_valid(picked: Sequence[Picked]) -> tuple[Picked, ...]:
    """The chosen credentials a verifier will not accept as valid: the learner is warned before sharing."""
    return tuple(p for p in picked if p.not_valid)


def step_number(step: str) -> int:
    return STEPS.index(step) + 1 if step in STEPS else 1


# -- the recruiter's challenge read with the camera ----------------------------------------------------
Line = tuple[str, dict[str, Any], str]  # (ui key, parameters, level: text | info | warning | error)


def challenge_camera_lines(view: LiveView, camera: str, *, web: bool, phone: bool, reason: str = "") -> list[Line]:
    """What the challenge camera panel says under its buttons. ``camera`` is the camera chosen (computers),
    ``reason`` the sentence of an unexpected error. A camera that cannot be used is named for where the
    app runs: a browser can only use the camera of the computer Satchel runs on."""
    if view.phase == "starting":
        return [("recruiter.camera_starting", {}, "text")]
    if view.phase == "live":
        lines: list[Line] = [("share.camera_aim", {}, "text")]
        if view.other_code:
            lines.append(("share.camera_other_code", {}, "warning"))
        elif view.seconds >= NO_CODE_SECONDS:
            lines.append(("share.camera_no_code", {}, "info"))
        return lines
    if view.phase == "stopped":
        return [("recruiter.camera_stopped", {}, "text")]
    if view.phase == "ended":
        return [("recruiter.camera_ended", {}, "warning"), ("share.camera_picture_route", {}, "text")]
    if view.phase == "refused" and isinstance(view.error, ChallengeCodeRefused):  # the code, not the camera
        return [("share.camera_code_refused", {"reason": reason}, "error")]
    if view.phase in ("failed", "refused"):
        if not isinstance(view.error, ScanError):
            problem: Line = ("recruiter.camera_failed", {"reason": reason}, "error")
        elif phone:
            problem = ("recruiter.phone_camera_unavailable", {}, "error")
        elif web:
            problem = ("share.camera_none_web", {}, "error")
        else:
            problem = ("recruiter.camera_unavailable", {"n": camera}, "error")
        return [problem, ("share.camera_picture_route", {}, "text")]
    return []


def offers_picture(view: LiveView) -> bool:
    """The camera gave up (none, refused, ended): the panel offers to read a picture of the code instead."""
    return view.phase in ("failed", "refused", "ended")
