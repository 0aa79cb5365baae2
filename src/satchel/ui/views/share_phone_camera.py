"""Share screen, Android and iOS apps: the recruiter's challenge QR read with the phone's camera (flet-camera),
a picture about every 300 ms, as recruiter mode does (:func:`satchel.ui.viewmodels.recruiter.drive_snapshots`).

Imported only when the app runs on a phone (``flet_camera`` comes with recruiter_phone_camera).
"""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from satchel.ui.viewmodels.recruiter import drive_snapshots
from satchel.ui.views.common import use_screen
from satchel.ui.views.recruiter_phone_camera import camera_control, open_back_camera, take_picture
from satchel.ui.views.scan_loop import use_scan_loop
from satchel.ui.views.share_camera import PREVIEW_HEIGHT, OnCode, OnPicture, guidance, start_stop_button


@ft.component
def PhoneChallengeCamera(on_code: OnCode, on_close: Callable[[], None], on_picture: OnPicture):
    sc = use_screen()
    holder = ft.use_ref(ft.Ref)  # .current: an ft.Ref to the camera control of the latest render

    def drive(set_view, still_running):
        still = sc.rt.app.challenge_still_scan()
        return drive_snapshots(lambda: open_back_camera(holder), lambda: take_picture(holder), still.feed,
                               set_view, still_running)

    view, start, stop = use_scan_loop(drive, on_code)
    ft.use_effect(start, [])  # the camera opens with the panel

    active = view.phase in ("starting", "live")
    buttons: list[ft.Control] = [
        start_stop_button(sc, view, start, stop),
        ft.TextButton(sc.tr("share.camera_close"), icon=ft.Icons.CLOSE, on_click=lambda _e: on_close()),
    ]
    body: list[ft.Control] = [ft.Row(buttons, spacing=8, run_spacing=8, wrap=True)]
    if active:  # the camera runs only while this is on screen; stopping removes it and frees the camera
        body.append(camera_control(sc, holder, PREVIEW_HEIGHT))
    body += guidance(sc, view, "", web=False, phone=True, on_picture=on_picture)
    return ft.Column(body, spacing=10)
