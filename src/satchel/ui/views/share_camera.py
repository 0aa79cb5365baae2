"""Share screen: the recruiter's challenge QR read with the camera.

The panel opens with the camera running and closes itself once a recruiter's challenge code is read (the Share
screen then fills the challenge, and the recruiter's domain when the code names one). Other QR codes in view are
named and ignored. On computers (and in a browser, which can only use the camera of the computer Satchel runs on)
it is recruiter mode's OpenCV loop, :func:`satchel.ui.viewmodels.recruiter.drive_live`; in the Android and iOS
apps, the phone camera's pictures (share_phone_camera.py; share.py picks one). Closing the panel or leaving the
screen stops the camera; when no camera can be used it says so and offers to read a picture of the code instead.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import flet as ft

from satchel.services.challenge_code import ChallengeCode
from satchel.ui import strings_recruiter  # noqa: F401 - registers the ui.recruiter.camera_* sentences used here
from satchel.ui.viewmodels.recruiter import CAMERAS, LiveView, camera_source, drive_live
from satchel.ui.viewmodels.sharing import challenge_camera_lines, offers_picture
from satchel.ui.views.common import Screen, use_screen
from satchel.ui.views.recruiter_camera import camera_preview
from satchel.ui.views.scan_loop import use_scan_loop
from satchel.ui.widgets.dropdown import named_dropdown
from satchel.ui.widgets.layout import notice

PREVIEW_HEIGHT = 260

OnCode = Callable[[ChallengeCode], None]  # the challenge read, with the recruiter's domain when given
OnPicture = Callable[..., Awaitable[Any]]


@ft.component
def ChallengeCamera(on_code: OnCode, on_close: Callable[[], None], on_picture: OnPicture):
    sc = use_screen()
    camera, set_camera = ft.use_state("0")

    def drive(set_view, still_running):
        app, source = sc.rt.app, camera_source(camera)
        return drive_live(lambda: app.challenge_live_scan(source), set_view, still_running)

    view, start, stop = use_scan_loop(drive, on_code)
    ft.use_effect(start, [])  # the camera opens with the panel

    active = view.phase in ("starting", "live")
    buttons: list[ft.Control] = [
        named_dropdown(sc.tr("recruiter.camera_choice"), value=camera, width=140, dense=True,
                       options=[ft.DropdownOption(key=str(n), text=sc.tr("recruiter.camera_option", n=n))
                                for n in CAMERAS],
                       on_select=lambda e: set_camera(e.control.value or "0"), disabled=active),
        start_stop_button(sc, view, start, stop),
        ft.TextButton(sc.tr("share.camera_close"), icon=ft.Icons.CLOSE, on_click=lambda _e: on_close()),
    ]
    width = min(400.0, sc.state.width - 48) if sc.state.narrow else 400.0
    body: list[ft.Control] = [ft.Row(buttons, spacing=8, run_spacing=8, wrap=True)]
    if active:  # only while the camera runs: a stopped or failed camera leaves no picture behind
        body.append(camera_preview(sc, view, width, PREVIEW_HEIGHT))
    body += guidance(sc, view, camera, web=ft.context.page.web, phone=False, on_picture=on_picture)
    return ft.Column(body, spacing=10)


def start_stop_button(sc: Screen, view: LiveView, start: Callable[..., Any], stop: Callable[..., Any]) -> ft.Control:
    """Stop while the camera runs; Try again once it stopped or gave up (nothing before it first started)."""
    if view.phase in ("starting", "live"):
        return ft.FilledButton(sc.tr("recruiter.camera_stop"), icon=ft.Icons.STOP_CIRCLE_OUTLINED, on_click=stop)
    return ft.FilledButton(sc.tr("recruiter.camera_retry"), icon=ft.Icons.CAMERA_ALT, on_click=start,
                           visible=view.phase not in ("idle", "done"))


def guidance(sc: Screen, view: LiveView, camera: str, *, web: bool, phone: bool,
             on_picture: OnPicture) -> list[ft.Control]:
    """What to do now (either camera), and the picture route when the camera gave up."""
    reason = sc.error_text(view.error) if view.error is not None else ""
    out: list[ft.Control] = []
    for key, params, level in challenge_camera_lines(view, camera, web=web, phone=phone, reason=reason):
        text = sc.tr(key, **params)
        out.append(ft.Text(text, size=13) if level == "text" else notice(text, level))
    if offers_picture(view):
        out.append(ft.OutlinedButton(sc.tr("share.camera_use_picture"), icon=ft.Icons.IMAGE_OUTLINED,
                                     on_click=on_picture))
    return out
