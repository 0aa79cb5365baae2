"""A one-line progress bar on stderr for long commands (`satchel verify --all`).

Drawn only on a terminal, at most every ``interval`` seconds (and always at the end), so piping the
output or running under a test gets no control characters.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

WIDTH = 30


class ProgressBar:
    def __init__(self, label: str, out: TextIO | None = None, *, interval: float = 0.1,
                 force: bool = False) -> None:
        self.out = out or sys.stderr
        self.label = label
        self.interval = interval
        self.enabled = force or bool(getattr(self.out, "isatty", lambda: False)())
        self._last = 0.0
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self._last < self.interval:
            return
        self._last = now
        self.out.write("\r" + render(self.label, done, total))
        self._drawn = True
        if done >= total:
            self.finish()
        self.out.flush()

    def finish(self) -> None:
        if self._drawn:
            self.out.write("\n")
            self._drawn = False


def render(label: str, done: int, total: int, width: int = WIDTH) -> str:
    filled = width if total <= 0 else min(width, width * done // total)
    percent = 100 if total <= 0 else 100 * done // total
    return f"{label} [{'#' * filled}{'-' * (width - filled)}] {done}/{total} ({percent} %)"
