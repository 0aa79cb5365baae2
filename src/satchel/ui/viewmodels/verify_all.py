""""Verify all": drive Satchel.verify_all in the worker thread and show its progress (no flet here)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

POLL_SECONDS = 0.15


@dataclass(frozen=True)
class VerifyAllView:
    phase: str  # idle | running | done | failed
    done: int = 0
    total: int = 0
    summary: Any = None  # satchel.services.bulk.VerifyAllSummary when done
    error: BaseException | None = None

    @property
    def fraction(self) -> float | None:
        """Share done, or None while the total is not known yet (an indeterminate bar)."""
        return self.done / self.total if self.total else None

    def message(self) -> tuple[str, dict[str, Any]]:
        """(string key, parameters) of the sentence under the button."""
        if self.phase == "running":
            return "verify_all.running", {"done": self.done, "total": self.total}
        if self.phase == "done" and self.summary is not None:
            others = len(self.summary.not_verified)
            if self.summary.cancelled:
                return "verify_all.stopped", {"done": self.done, "total": self.total}
            if others:
                return "verify_all.done_some", {"total": self.total, "others": others}
            return "verify_all.done_all", {"total": self.total}
        return "verify_all.hint", {}


async def drive_verify_all(verify_all: Callable[..., Any], show: Callable[[VerifyAllView], None],
                           keep_going: Callable[[], bool], *,
                           run: Callable[[Callable[[], Any]], Awaitable[Any]],
                           poll: float = POLL_SECONDS) -> VerifyAllView:
    """Run ``verify_all(on_progress=..., cancelled=...)`` through ``run`` (the worker thread) and
    ``show`` its progress every ``poll`` seconds while it runs; returns (and shows) the last view."""
    progress = [0, 0]

    def on_progress(done: int, total: int) -> None:  # called in the worker thread
        progress[:] = [done, total]

    job = asyncio.ensure_future(run(lambda: verify_all(on_progress=on_progress,
                                                       cancelled=lambda: not keep_going())))
    current = VerifyAllView("running")
    show(current)
    while not job.done():
        await asyncio.wait({job}, timeout=poll)
        new = VerifyAllView("running", progress[0], progress[1])
        if new != current and not job.done():
            current = new
            show(current)
    try:
        summary = job.result()
    except Exception as err:  # noqa: BLE001 - e.g. the wallet was locked meanwhile: one sentence
        final = VerifyAllView("failed", error=err)
    else:
        final = VerifyAllView("done", summary.done, summary.total, summary)
    show(final)
    return final
