"""Share screen logic: which QR frame to show when a code is animated, and the verifier's challenge."""

from __future__ import annotations

FRAME_SECONDS = 0.35  # animated QR: slow enough for phone scanners, fast enough to finish quickly


def next_frame(index: int, total: int) -> int:
    return (index + 1) % total if total else 0


def challenge_value(text: str) -> str | None:
    """The verifier's challenge as typed (trimmed); None when left empty."""
    text = text.strip()
    return text or None
