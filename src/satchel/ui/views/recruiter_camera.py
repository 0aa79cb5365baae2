"""The live camera scan: preview with a scanning frame, parts of an animated code, stop and retry.

The loop itself is :func:`satchel.ui.viewmodels.recruiter.drive_live` (camera work in a worker thread);
this component only shows its successive :class:`LiveView` states and never leaves a frozen picture.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import flet as ft

from satchel.errors import ScanError
from satchel.ui.viewmodels.recruiter import CAMERAS, LiveView, camera_source, drive_live, parts_fraction
from satchel.ui.views.common import use_screen
from satchel.ui.views.scan_loop import use_scan_loop
from satchel.ui.widgets.dropdown import named_dropdown
from satchel.ui.widgets.layout import notice

PREVIEW_WIDTH, PREVIEW_HEIGHT = 480, 300
FRAME_SIZE = 220  # the square drawn over the preview: where the code should be


@ft.component
def CameraPanel(challenge: str | None, domain: str | None, on_result: Callable[[Any], None]):
    sc = use_screen()
    camera, set_camera = ft.use_state("0")

    def drive(set_view, still_running):
        app, source = sc.rt.app, camera_source(camera)
        return drive_live(lambda: app.live_scan(source, challenge=challenge, domain=domain), set_view, still_running)

    view, start, stop = use_scan_loop(drive, on_result)

    active = view.phase in ("starting", "live")
    controls: list[ft.Control] = [ft.Row([
        named_dropdown(sc.tr("recruiter.camera_choice"), value=camera, width=160, dense=True,
                       options=[ft.DropdownOption(key=str(n), text=sc.tr("recruiter.camera_option", n=n))
                                for n in CAMERAS],
                       on_select=lambda e: set_camera(e.control.value or "0"), disabled=active),
        ft.FilledButton(sc.tr("recruiter.camera_stop"), icon=ft.Icons.STOP_CIRCLE_OUTLINED, on_click=stop)
        if active else
        ft.FilledButton(sc.tr("recruiter.camera_retry" if view.phase in ("failed", "ended", "refused") else
                              "recruiter.camera_start"), icon=ft.Icons.CAMERA_ALT, on_click=start),
    ], spacing=12, wrap=True)]
    if active:  # only while the camera runs: a stopped or failed camera leaves no picture behind
        controls.append(camera_preview(sc, view))
    controls += _guidance(sc, view, camera)
    return ft.Column(controls, spacing=10)


def camera_preview(sc, view: LiveView, width: float = PREVIEW_WIDTH, height: float = PREVIEW_HEIGHT) -> ft.Control:
    """The camera picture with the scanning frame over it (also the Share screen's challenge scan)."""
    if view.preview:
        picture: ft.Control = ft.Image(src=view.preview, width=width, height=height,
                                       fit=ft.BoxFit.COVER, gapless_playback=True,
                                       semantics_label=sc.tr("recruiter.camera_preview"))
    else:  # no picture right now: say so instead of keeping the last one
        icon = ft.Icons.HOURGLASS_TOP if view.phase in ("starting", "live") else ft.Icons.VIDEOCAM_OFF
        picture = ft.Container(ft.Icon(icon, size=48, color=ft.Colors.WHITE_70,
                                       semantics_label=sc.tr("recruiter.camera_preview")),
                               width=width, height=height, alignment=ft.Alignment.CENTER)
    layers: list[ft.Control] = [picture]
    if view.phase in ("starting", "live"):
        frame = min(FRAME_SIZE, height - 40)
        layers.append(ft.Container(width=frame, height=frame, border_radius=16,
                                   border=ft.Border.all(3, ft.Colors.WHITE)))
    return ft.Container(ft.Stack(layers, alignment=ft.Alignment.CENTER, width=width, height=height),
                        bgcolor="#202124", border_radius=12, clip_behavior=ft.ClipBehavior.ANTI_ALIAS,
                        width=width, height=height)


def _guidance(sc, view: LiveView, camera: str) -> list[ft.Control]:
    if view.phase == "failed":
        if isinstance(view.error, ScanError):  # no such camera, no picture, or access refused
            problem = sc.tr("recruiter.camera_unavailable", n=camera)
        else:
            problem = sc.tr("recruiter.camera_failed", reason=sc.error_text(view.error) if view.error else "")
        return [notice(problem, "error"), ft.Text(sc.tr("recruiter.camera_help"), size=13)]
    if view.phase == "ended":
        return [notice(sc.tr("recruiter.camera_ended"), "warning"), ft.Text(sc.tr("recruiter.camera_help"), size=13)]
    return scan_guidance(sc, view, PREVIEW_WIDTH)


def scan_guidance(sc, view: LiveView, width: float | None) -> list[ft.Control]:
    """What to do while scanning, parts read so far, or why the scan stopped (any camera)."""
    if view.phase == "starting":
        return [ft.Text(sc.tr("recruiter.camera_starting"))]
    if view.phase == "live":
        out: list[ft.Control] = [ft.Text(sc.tr("recruiter.camera_aim"))]
        fraction = parts_fraction(view.received, view.total)
        hint = view.hint
        if fraction is not None:
            out.insert(0, ft.ProgressBar(value=fraction, width=width,
                                         semantics_label=sc.tr(hint[0], **hint[1]) if hint else None))
        if hint:
            out.append(notice(sc.tr(hint[0], **hint[1]), "info" if fraction is not None else "warning"))
        return out
    if view.phase == "refused":
        return [notice(sc.tr("recruiter.code_refused", reason=sc.error_text(view.error) if view.error else ""),
                       "error")]
    if view.phase == "stopped":
        return [ft.Text(sc.tr("recruiter.camera_stopped"))]
    return []
