"""The camera scan on Android and iOS: the phone's own camera preview (flet-camera) with a scanning frame,
a picture taken about every 300 ms and read by the still-picture service, same guidance as on computers.

The loop is :func:`satchel.ui.viewmodels.recruiter.drive_snapshots`; ``flet_camera`` is imported here
only, and this module only when the app runs on a phone.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import flet as ft
import flet_camera as fc

from satchel.errors import ScanError
from satchel.ui.viewmodels.recruiter import drive_snapshots, pick_camera
from satchel.ui.views.common import use_screen
from satchel.ui.views.recruiter_camera import FRAME_SIZE, scan_guidance
from satchel.ui.views.scan_loop import use_scan_loop
from satchel.ui.widgets.layout import notice

PREVIEW_HEIGHT = 360
MOUNT_SECONDS = 3.0  # the preview control must reach the phone before the camera can be opened


async def mounted_camera(holder: ft.Ref) -> fc.Camera:
    """The camera control once it is on the page (it appears with the "starting" view)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + MOUNT_SECONDS
    while True:
        camera = holder.current
        if camera is not None:
            try:
                _ = camera.page
                return camera
            except RuntimeError:
                pass
        if loop.time() >= deadline:
            raise ScanError("The camera preview could not be shown.")
        await asyncio.sleep(0.05)


async def open_back_camera(holder: Any) -> None:
    """Open the back camera (else any) of the camera control in ``holder`` (a ``use_ref`` of an ft.Ref)."""
    camera = await mounted_camera(holder.current)
    choice = pick_camera(await camera.get_available_cameras())
    await camera.initialize(choice, fc.ResolutionPreset.HIGH, enable_audio=False)


async def take_picture(holder: Any) -> bytes:
    camera = holder.current.current  # always the control of the latest render
    if camera is None:
        raise ScanError("The camera preview is gone.")
    return await camera.take_picture()


def camera_control(sc: Any, holder: Any, height: float = PREVIEW_HEIGHT) -> ft.Control:
    """The phone camera's own preview with the scanning frame over it; ``holder.current`` gets its ref."""
    return ft.Container(
        fc.Camera(ref=holder.current, preview_enabled=True, height=height, tooltip=sc.tr("recruiter.camera_preview"),
                  content=ft.Container(ft.Container(width=FRAME_SIZE, height=FRAME_SIZE, border_radius=16,
                                                    border=ft.Border.all(3, ft.Colors.WHITE)),
                                       alignment=ft.Alignment.CENTER)),
        bgcolor="#202124", border_radius=12, clip_behavior=ft.ClipBehavior.ANTI_ALIAS, height=height)


@ft.component
def PhoneCameraPanel(challenge: str | None, domain: str | None, on_result: Callable[[Any], None]):
    sc = use_screen()
    holder = ft.use_ref(ft.Ref)  # .current: an ft.Ref to the camera control of the latest render

    def drive(set_view, still_running):
        still = sc.rt.app.still_scan(challenge=challenge, domain=domain)
        return drive_snapshots(lambda: open_back_camera(holder), lambda: take_picture(holder), still.feed,
                               set_view, still_running)

    view, start, stop = use_scan_loop(drive, on_result)

    active = view.phase in ("starting", "live")
    controls: list[ft.Control] = [
        ft.FilledButton(sc.tr("recruiter.camera_stop"), icon=ft.Icons.STOP_CIRCLE_OUTLINED, on_click=stop)
        if active else
        ft.FilledButton(sc.tr("recruiter.camera_retry" if view.phase in ("failed", "refused") else
                              "recruiter.camera_start"), icon=ft.Icons.CAMERA_ALT, on_click=start)]
    if active:  # the camera runs only while this is on screen; stopping removes it and frees the camera
        controls.append(camera_control(sc, holder))
    if view.phase == "failed":
        controls.append(notice(sc.tr("recruiter.phone_camera_unavailable"), "error"))
        if view.error is not None and not isinstance(view.error, ScanError):
            controls.append(ft.Text(sc.tr("recruiter.camera_failed", reason=sc.error_text(view.error)), size=13))
        controls.append(ft.Text(sc.tr("recruiter.phone_camera_help"), size=13))
    else:
        controls += scan_guidance(sc, view, None)
    return ft.Column(controls, spacing=10)
