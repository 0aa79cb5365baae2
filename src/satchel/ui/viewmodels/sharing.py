"""Share screen logic: which QR frame to show when a code is animated, the verifier's challenge, the
steps on a phone, and which chosen credentials will not verify (the learner is asked before sharing)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

FRAME_SECONDS = 0.35  # animated QR: slow enough for phone scanners, fast enough to finish quickly
NOT_VALID = ("failed", "revoked", "expired", "not_yet_valid")  # stored outcomes a recruiter sees as not valid
STEPS = ("choose", "options", "qr")  # the Share screen as a stepper on phones


def next_frame(index: int, total: int) -> int:
    return (index + 1) % total if total else 0


def challenge_value(text: str) -> str | None:
    """The verifier's challenge as typed (trimmed); None when left empty."""
    text = text.strip()
    return text or None


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
