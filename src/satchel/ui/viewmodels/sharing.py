"""Share screen logic: the selection, and which QR frame to show when a code is animated."""

from __future__ import annotations

from dataclasses import dataclass

FRAME_SECONDS = 0.35  # animated QR: slow enough for phone scanners, fast enough to finish quickly


@dataclass(frozen=True)
class Selection:
    ids: tuple[str, ...] = ()

    def toggled(self, cred_id: str) -> Selection:
        if cred_id in self.ids:
            return Selection(tuple(i for i in self.ids if i != cred_id))
        return Selection(self.ids + (cred_id,))

    def __contains__(self, cred_id: object) -> bool:
        return cred_id in self.ids

    def __len__(self) -> int:
        return len(self.ids)


def next_frame(index: int, total: int) -> int:
    return (index + 1) % total if total else 0


def challenge_value(text: str) -> str | None:
    """The verifier's challenge as typed (trimmed); None when left empty."""
    text = text.strip()
    return text or None
