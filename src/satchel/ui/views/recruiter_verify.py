"""Recruiter mode, Verify tab: give a challenge, then read the candidate's QR (camera, image) or file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import flet as ft

from satchel.fsutil import atomic_write
from satchel.services.challenge_code import ChallengeCode
from satchel.services.reading import read_capped
from satchel.ui.runtime import private_dir
from satchel.ui.theme import QR_BACKGROUND
from satchel.ui.viewmodels.notes import Note
from satchel.ui.viewmodels.recruiter import is_image_path, uses_phone_camera
from satchel.ui.views.common import use_screen, use_text
from satchel.ui.views.recruiter_camera import CameraPanel
from satchel.ui.views.recruiter_domain import DomainSetting
from satchel.ui.widgets.icon_button import icon_button
from satchel.ui.widgets.layout import busy, heading, notice, page_body, section

IMAGE_EXTENSIONS = ["png", "jpg", "jpeg", "gif", "webp", "bmp"]
PRESENTATION_EXTENSIONS = ["json", "jsonld", "txt"]


def _verify_file_bytes(app: Any, data: bytes, name: str, challenge: str | None, domain: str | None):
    """A presentation file picked in the browser arrives as bytes: verify it from a private temp copy."""
    with private_dir() as folder:
        path = folder / (Path(name).name or "presentation.json")
        atomic_write(path, data)  # 0600 before any byte is written
        return app.verify_presentation_file(path, challenge=challenge, domain=domain)


def _camera_panel(challenge: str | None, domain: str | None, on_result: Callable[[Any], None]) -> ft.Control:
    """The phone's own camera control in the Android and iOS apps; the OpenCV capture everywhere else
    (including a phone's browser, whose web client has no camera extension)."""
    page = ft.context.page
    if uses_phone_camera(getattr(page.platform, "value", page.platform), page.web):
        from satchel.ui.views.recruiter_phone_camera import (
            PhoneCameraPanel,  # flet_camera: phones only
        )
        return PhoneCameraPanel(challenge, domain, on_result)
    return CameraPanel(challenge, domain, on_result)


@ft.component
def VerifyPanel(challenge: str | None, challenge_png: bytes | None, on_new_challenge: Callable[..., Any],
                on_result: Callable[[Any], None], domain: str | None = None,
                on_domain: Callable[[str | None], None] = lambda _domain: None):
    """``domain``: the recruiter's own (recruiter_domain.py), expected in every presentation verified here."""
    sc = use_screen()
    app = sc.rt.app
    working, set_working = ft.use_state(False)
    problem, set_problem = ft.use_state(None)  # a Note: recruiter mode switches its language on this screen
    path_in = use_text()

    async def verify(call: Callable[[], Any]) -> None:
        set_problem(None)
        set_working(True)
        try:
            result = await sc.rt.call(call)
        except Exception as err:  # noqa: BLE001 - no code in the picture, not a presentation …
            set_problem(Note.failure(err))
            return
        finally:
            set_working(False)
        on_result(result)

    async def open_image(_e=None):
        files = await ft.FilePicker().pick_files(
            dialog_title=sc.tr("recruiter.open_image"), with_data=True, allow_multiple=True,
            file_type=ft.FilePickerFileType.CUSTOM, allowed_extensions=IMAGE_EXTENSIONS)
        if files:
            images = [f.bytes or b"" for f in files]  # an animated code: one picture per part
            await verify(lambda: app.scan_images(images, challenge=challenge, domain=domain))

    async def open_presentation(_e=None):
        files = await ft.FilePicker().pick_files(
            dialog_title=sc.tr("recruiter.open_vp"), with_data=True,
            file_type=ft.FilePickerFileType.CUSTOM, allowed_extensions=PRESENTATION_EXTENSIONS)
        if files:
            data, name = files[0].bytes or b"", files[0].name
            await verify(lambda: _verify_file_bytes(app, data, name, challenge, domain))

    async def open_path(_e=None):
        typed = path_in.text.strip()
        if not typed:
            return
        path = Path(typed).expanduser()

        def run():
            if is_image_path(typed):
                return app.scan_image(read_capped(path), challenge=challenge, domain=domain)  # never whole
            return app.verify_presentation_file(path, challenge=challenge, domain=domain)
        if not path.is_file():
            set_problem(Note.said("error", "recruiter.path_unreadable", path=typed))
            return
        await verify(run)

    async def copy_code(_e=None):  # with a domain, the whole code: pasted in Share, it fills both fields
        await ft.Clipboard().set(ChallengeCode(challenge, domain).text() if challenge and domain else challenge or "")
        sc.toast(sc.tr("common.copied"))

    narrow = sc.state.narrow
    if challenge:
        parts: list[ft.Control] = [
            ft.Container(ft.Image(src=challenge_png, width=150, height=150, fit=ft.BoxFit.CONTAIN,
                                  semantics_label=sc.tr("recruiter.challenge_qr", code=challenge)),
                         bgcolor=QR_BACKGROUND, padding=8, border_radius=8),
            ft.Column([
                ft.Row([ft.Text(challenge, size=40, weight=ft.FontWeight.BOLD, font_family="monospace"),
                        icon_button(ft.Icons.CONTENT_COPY, sc.tr("recruiter.challenge_copy"), copy_code)]),
                *([ft.Text(sc.tr("recruiter.challenge_domain", domain=domain), size=15, weight=ft.FontWeight.W_600),
                   ft.Text(sc.tr("recruiter.challenge_domain_hint", domain=domain), size=13)] if domain else []),
                ft.Text(sc.tr("recruiter.challenge_hint"), size=13),
                ft.TextButton(sc.tr("recruiter.challenge_new"), icon=ft.Icons.REFRESH, on_click=on_new_challenge),
            ], spacing=6, expand=not narrow, tight=True),
        ]
        challenge_body: list[ft.Control] = [
            ft.Column(parts, spacing=12) if narrow else
            ft.Row(parts, vertical_alignment=ft.CrossAxisAlignment.START, spacing=20)]
    else:
        challenge_body = [
            ft.Text(sc.tr("recruiter.challenge_hint"), size=13),
            ft.FilledButton(sc.tr("recruiter.challenge_make"), icon=ft.Icons.PASSWORD, on_click=on_new_challenge),
            ft.Text(sc.tr("recruiter.challenge_skip"), size=12, italic=True),
        ]

    sources: list[ft.Control] = [
        _camera_panel(challenge, domain, on_result),
        ft.Row([
            ft.OutlinedButton(sc.tr("recruiter.open_image"), icon=ft.Icons.IMAGE_OUTLINED, on_click=open_image,
                              disabled=working, tooltip=sc.tr("recruiter.open_image_hint")),
            ft.OutlinedButton(sc.tr("recruiter.open_vp"), icon=ft.Icons.DESCRIPTION_OUTLINED,
                              on_click=open_presentation, disabled=working, tooltip=sc.tr("recruiter.open_vp_hint")),
        ], wrap=True, spacing=8, run_spacing=8),
        (ft.Column if narrow else ft.Row)([
            ft.TextField(label=sc.tr("recruiter.path_label"), key=path_in.key, value=path_in.text,
                         on_change=path_in.on_change, on_submit=open_path, dense=True, expand=not narrow,
                         disabled=working),
            ft.OutlinedButton(sc.tr("recruiter.path_open"), icon=ft.Icons.FOLDER_OPEN, on_click=open_path,
                              disabled=working)]),
    ]
    if working:
        sources.append(busy(sc.tr("recruiter.verifying")))
    if problem:
        sources.append(notice(sc.note(problem), "error"))
    return page_body(
        heading(sc.tr("recruiter.title")),
        DomainSetting(domain, on_domain),
        ft.Divider(),
        section(sc.tr("recruiter.challenge_title"), *challenge_body),
        ft.Divider(),
        section(sc.tr("recruiter.scan_title"), *sources),
    )
