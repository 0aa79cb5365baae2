"""Window size classes: below this width every screen uses one column (phones, narrow windows)."""

from __future__ import annotations

NARROW_BELOW = 900  # logical pixels


def is_narrow(width: float | None) -> bool:
    """A phone or a narrow window; an unknown width counts as wide (the desktop default)."""
    return width is not None and 0 < width < NARROW_BELOW


RELAYOUT_STEP = 40  # a window dragged wider re-renders every 40 px, not on every pixel


def needs_relayout(old: float, new: float) -> bool:
    """Whether a resize changes the layout: a new size class, or a noticeably different width."""
    return is_narrow(old) != is_narrow(new) or abs(new - old) >= RELAYOUT_STEP
