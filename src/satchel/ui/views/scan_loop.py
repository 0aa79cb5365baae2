"""One camera loop per panel, shared by the four camera panels (recruiter and Share screen, desktop and phone):
it runs while the panel is on screen, a second start is ignored, Stop or leaving the panel ends it, and a
code read ends it with ``on_done(result)``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import flet as ft

from satchel.ui.viewmodels.recruiter import LiveView

Drive = Callable[[Callable[[LiveView], None], Callable[[], bool]], Awaitable[LiveView]]


def use_scan_loop(drive: Drive, on_done: Callable[[Any], None]):
    """(view, start, stop): ``drive(set_view, still_running)`` runs the loop and returns its final view."""
    view, set_view = ft.use_state(LiveView("idle"))
    running = ft.use_ref(False)

    def stop_when_gone():
        def cleanup():
            running.current = False  # leaving the panel ends the loop; the loop then releases the camera
        return cleanup

    ft.use_effect(stop_when_gone, [])

    async def start(_e=None):
        if running.current:
            return
        running.current = True
        try:
            final = await drive(set_view, lambda: running.current)
        finally:
            running.current = False
        if final.phase == "done":
            on_done(final.result)

    def stop(_e=None):
        running.current = False

    return view, start, stop
