"""Share: pick credentials, optionally answer a verifier's challenge, show the QR, save or copy files.

Wide windows show the list and the options side by side; phones walk through three steps
(choose → options → QR). Credentials a verifier will not accept (failed, revoked, expired, not yet
valid) are named and the learner is asked before anything is signed."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from satchel.services.challenge_code import ChallengeCode
from satchel.services.recruiter import challenge_in_image
from satchel.ui.viewmodels.disclosure import reveal_map
from satchel.ui.viewmodels.listing import record_status
from satchel.ui.viewmodels.recruiter import uses_phone_camera
from satchel.ui.viewmodels.sharing import Picked, not_valid, pasted_code, share_target, step_number
from satchel.ui.views.add import IMAGE_EXTENSIONS
from satchel.ui.views.common import Screen, use_screen, use_text
from satchel.ui.views.credentials import CredentialList
from satchel.ui.views.share_camera import ChallengeCamera, OnCode, OnPicture
from satchel.ui.views.share_disclosure import field_choices, use_recalled
from satchel.ui.widgets.layout import busy, heading, notice
from satchel.ui.widgets.qr_player import QrPlayer
from satchel.ui.widgets.status_chip import status_chip


@ft.component
def ShareView():
    sc = use_screen()
    s = sc.state
    challenge_in, domain_in = use_text(), use_text()
    working, set_working = ft.use_state(False)
    problem, set_problem = ft.use_state(None)
    picked, set_picked = ft.use_state(())
    records, set_records = ft.use_state([])  # the selected credentials (for the fields they let you hide)
    hidden, set_hidden = ft.use_state({})  # id -> pointers the holder chose to hide
    step, set_step = ft.use_state(lambda: "qr" if s.bundle is not None else "choose")
    scanning, set_scanning = ft.use_state(False)  # the camera panel reading the recruiter's challenge QR
    bundle = s.bundle

    async def load_picked():
        app, ids = sc.rt.app, list(s.selection)

        def read() -> tuple[tuple[Picked, ...], list]:
            out, records = [], []
            for i in ids:
                record = app.get(i)
                records.append(record)
                out.append(Picked(i, record.display.name or record.display.achievement_name
                                  or sc.tr("card.no_name"), record_status(record)))
            return tuple(out), records
        try:
            read_picked, read_records = await sc.rt.call(read)
            set_picked(read_picked)
            set_records(read_records)
        except Exception as err:  # noqa: BLE001 - deleted or locked meanwhile
            set_problem(sc.error_text(err))

    ft.use_effect(load_picked, [s.selection, s.revision])
    chosen_records = [r for r in records if r.id in s.selection]

    def recalled_changed() -> None:
        s.bundle = None  # a QR made with other choices must not stay on screen
    recalled = use_recalled(sc.rt.app, sc.rt.call, chosen_records, domain_in.value, set_hidden, recalled_changed)

    def toggle(cred_id: str, pointer: str) -> None:
        mine = set(hidden.get(cred_id, set()))
        mine.symmetric_difference_update({pointer})
        set_hidden({**hidden, cred_id: mine})
        s.bundle = None  # a QR made with other choices must not stay on screen

    async def make(_e=None):
        set_problem(None)
        set_scanning(False)  # the camera is not left running behind the code
        set_working(True)
        try:
            app, ids = sc.rt.app, list(s.selection)
            given, domain = share_target(challenge_in.text, domain_in.text)  # a pasted code: both
            reveal = reveal_map([r for r in records if r.id in ids], hidden)
            made = await sc.rt.call(lambda: app.share(ids, challenge=given, domain=domain, reveal=reveal))
            s.bundle_names = tuple((p.id, p.name) for p in picked)
            s.bundle_challenge = given
            s.bundle_domain = domain
            s.bundle_not_valid = len(not_valid(picked))
            s.bundle = made
            set_step("qr")
        except Exception as err:  # noqa: BLE001 - any failure is shown as one sentence, the screen goes on
            set_problem(sc.error_text(err))
        finally:
            set_working(False)

    async def create(_e=None):
        if not s.selection:
            set_problem(sc.tr("share.none"))
            return
        bad = not_valid(picked)
        if not bad:
            await make()
            return
        page = ft.context.page

        async def confirmed(_e=None):
            page.pop_dialog()
            await make()
        page.show_dialog(ft.AlertDialog(
            modal=True, title=ft.Text(sc.tr("share.warn_title")),
            content=ft.Column([ft.Text(sc.tr("share.warn_body")),
                               *[ft.Text(sc.tr("share.warn_item", name=p.name, status=sc.tr(f"chip.{p.status}")))
                                 for p in bad]], tight=True, spacing=6),
            actions=[ft.TextButton(sc.tr("common.cancel"), on_click=lambda _e: page.pop_dialog()),
                     ft.FilledButton(sc.tr("share.warn_go"), on_click=confirmed)]))

    async def read_challenge(_e=None):
        """The recruiter's challenge QR, from a photo or screenshot (a phone's picker can take the photo)."""
        files = await ft.FilePicker().pick_files(
            dialog_title=sc.tr("share.challenge_scan"), with_data=True,
            file_type=ft.FilePickerFileType.CUSTOM, allowed_extensions=IMAGE_EXTENSIONS)
        if not files:
            return
        try:
            code = await sc.rt.call(challenge_in_image, files[0].bytes or b"")
        except Exception as err:  # noqa: BLE001 - no code in the picture
            set_problem(sc.error_text(err))
            return
        challenge_found(code)

    def challenge_found(found: ChallengeCode) -> None:
        """A recruiter's challenge read from a picture, the camera or pasted: it fills the challenge field, and the
        domain field when the code names the recruiter's domain (its remembered choices then come back); the
        camera closes."""
        set_problem(None)
        set_scanning(False)
        s.bundle = None  # a QR made for another challenge or domain must not stay on screen
        challenge_in.replace(found.code)
        if found.domain:
            domain_in.replace(found.domain)
            sc.toast(sc.tr("share.challenge_read_domain", code=found.code, domain=found.domain))
        else:
            sc.toast(sc.tr("share.challenge_read", code=found.code))

    def challenge_typed(e) -> None:
        """Typed as is; a whole challenge code pasted here fills both fields (or says why it is not used)."""
        challenge_in.on_change(e)
        text = (e.control.value or "").strip()
        if text.endswith(":"):  # "SATCHEL-CHALLENGE:" typed so far: nothing to read yet
            return
        try:
            found = pasted_code(text)
        except Exception as err:  # noqa: BLE001 - ChallengeCodeRefused: said, the text stays for the learner
            set_problem(sc.error_text(err))
            return
        if found is not None:
            challenge_found(found)

    def start_over(_e=None):
        s.selection = ()
        s.bundle = None
        set_step("choose")

    options: list[ft.Control] = [
        heading(sc.tr("share.title"), 22),
        ft.Text(sc.tr("share.selected", count=len(s.selection)), size=15, weight=ft.FontWeight.W_600),
        *[_picked_row(sc, p) for p in picked],
        *field_choices(sc.tr, chosen_records, hidden, toggle, recalled, sc.lang),
        ft.TextField(label=sc.tr("share.challenge"), key=challenge_in.key, value=challenge_in.text, dense=True,
                     on_change=challenge_typed),
        ft.Text(sc.tr("share.challenge_hint"), size=12),
        ft.Row([
            ft.OutlinedButton(sc.tr("share.challenge_camera"), icon=ft.Icons.QR_CODE_SCANNER, disabled=scanning,
                              on_click=lambda _e: set_scanning(True)),
            ft.OutlinedButton(sc.tr("share.challenge_scan"), icon=ft.Icons.IMAGE_OUTLINED, on_click=read_challenge),
        ], wrap=True, spacing=8, run_spacing=8),
        *([challenge_camera(challenge_found, lambda: set_scanning(False), read_challenge)] if scanning else []),
        ft.TextField(label=sc.tr("disclosure.domain"), key=domain_in.key, value=domain_in.text, dense=True,
                     on_change=domain_in.on_change),
        ft.Text(sc.tr("disclosure.domain_hint"), size=12),
        busy(sc.tr("share.creating")) if working else
        ft.FilledButton(sc.tr("share.create"), icon=ft.Icons.QR_CODE_2, on_click=create),
    ]
    if problem:
        options.append(notice(problem, "error"))
    result = _result(sc, bundle) if bundle is not None else []
    note = notice(sc.tr("share.note"), "info")

    if not s.narrow:
        panel = options + result + [note]
        return ft.Row([
            ft.Container(CredentialList(select=True), expand=True),
            ft.VerticalDivider(width=1),
            ft.Container(ft.Column(panel, spacing=14, scroll=ft.ScrollMode.AUTO), width=440,
                         padding=ft.Padding.only(left=8)),
        ], expand=True, vertical_alignment=ft.CrossAxisAlignment.STRETCH)

    current = step if (step != "qr" or bundle is not None) else "options"
    counter = ft.Text(sc.tr("share.step", index=step_number(current)), size=13)
    if current == "choose":
        return ft.Column([
            counter,
            ft.Container(CredentialList(select=True), expand=True),
            ft.FilledButton(sc.tr("share.next", count=len(s.selection)), icon=ft.Icons.ARROW_FORWARD,
                            disabled=not s.selection, on_click=lambda _e: set_step("options"), width=10_000),
        ], expand=True, spacing=8)
    def back_to_choice(_e=None):
        set_scanning(False)  # the camera does not come back on by itself with the options
        set_step("choose")

    back = ft.TextButton(sc.tr("share.back_to_choice"), icon=ft.Icons.ARROW_BACK, on_click=back_to_choice)
    if current == "options":
        body = [back, counter, *options, note]
    else:
        body = [counter, *result,
                ft.Row([back, ft.TextButton(sc.tr("share.start_over"), icon=ft.Icons.RESTART_ALT,
                                            on_click=start_over)], wrap=True)]
    return ft.Column(body, spacing=14, scroll=ft.ScrollMode.AUTO, expand=True)


def challenge_camera(on_code: OnCode, on_close: Callable[[], None], on_picture: OnPicture) -> ft.Control:
    """The phone's own camera control in the Android and iOS apps; the OpenCV capture everywhere else
    (including a browser, which can only use a camera of the computer Satchel runs on)."""
    page = ft.context.page
    if uses_phone_camera(getattr(page.platform, "value", page.platform), page.web):
        from satchel.ui.views.share_phone_camera import PhoneChallengeCamera  # flet_camera: phones only
        return PhoneChallengeCamera(on_code, on_close, on_picture)
    return ChallengeCamera(on_code, on_close, on_picture)


def _picked_row(sc: Screen, p: Picked) -> ft.Control:
    return ft.Row([ft.Text(p.name, expand=True, weight=ft.FontWeight.W_500), status_chip(p.status, sc.lang)],
                  vertical_alignment=ft.CrossAxisAlignment.CENTER)


def holds_lines(sc: Screen) -> list[ft.Control]:
    """What the QR holds and which challenge it answers (on the Share screen and in full screen)."""
    bundle, given = sc.state.bundle, sc.state.bundle_challenge
    lines: list[ft.Control] = [ft.Text(sc.tr("share.holds"), weight=ft.FontWeight.W_600)]
    lines += [ft.Text(f"• {name}") for _cid, name in sc.state.bundle_names]
    lines.append(ft.Text(sc.tr("share.answers", challenge=given) if given else
                         sc.tr("share.no_challenge", code=getattr(bundle, "challenge", "") or "?"), size=13))
    if sc.state.bundle_domain:
        lines.append(ft.Text(sc.tr("share.bound_to", domain=sc.state.bundle_domain), size=13))
    return lines


def _result(sc: Screen, bundle) -> list[ft.Control]:
    app = sc.rt.app
    names = dict(sc.state.bundle_names)
    ids = list(names)
    bad = sc.state.bundle_not_valid

    async def save(kind: str):
        try:
            if kind == "pdf":
                data = await sc.rt.file_bytes(lambda p: app.export_pdf(ids, p, bundle=bundle, lang=sc.lang),
                                              "presentation.pdf")
            else:
                data = await sc.rt.file_bytes(lambda p: app.export_vp_json(bundle, p), "presentation.json")
            await ft.FilePicker().save_file(file_name=f"presentation.{kind}", src_bytes=data)
        except Exception as err:  # noqa: BLE001 - any failure is shown as one sentence, the screen goes on
            sc.toast(sc.error_text(err))

    async def save_json(_e=None):
        await save("json")

    async def save_pdf(_e=None):
        await save("pdf")

    async def copy(_e=None):
        data = await sc.rt.file_bytes(lambda p: app.export_vp_json(bundle, p), "presentation.json")
        await ft.Clipboard().set(data.decode("utf-8"))
        sc.toast(sc.tr("common.copied"))

    def linkedin_button(cred_id: str, url: str) -> ft.Control:
        async def open_link(_e=None):
            await ft.UrlLauncher().launch_url(url)
        return ft.TextButton(sc.tr("share.linkedin", name=names.get(cred_id, "?")), icon=ft.Icons.WORK_OUTLINE,
                             on_click=open_link, tooltip=url)

    size = min(320, int(sc.state.width) - 96) if sc.state.narrow else 320
    out: list[ft.Control] = [_ready(sc, len(ids), bad), QrPlayer(tuple(bundle.pngs), sc.lang, max(size, 200))]
    if len(bundle.pngs) > 1:
        out.append(ft.Text(sc.tr("share.animated"), size=13))
    out += holds_lines(sc)
    out.append(ft.Row([
        ft.FilledTonalButton(sc.tr("share.full_screen"), icon=ft.Icons.FULLSCREEN, on_click=lambda _e: sc.go("/qr")),
        ft.OutlinedButton(sc.tr("share.save_vp"), icon=ft.Icons.SAVE_ALT, on_click=save_json),
        ft.OutlinedButton(sc.tr("share.save_pdf"), icon=ft.Icons.PICTURE_AS_PDF, on_click=save_pdf),
        ft.OutlinedButton(sc.tr("share.copy"), icon=ft.Icons.COPY, on_click=copy),
    ], wrap=True, spacing=8, run_spacing=8))
    out += [linkedin_button(cid, url) for cid, url in bundle.linkedin.items()]
    return out


def _ready(sc: Screen, count: int, bad: int) -> ft.Control:
    if bad:
        return notice(sc.tr("share.ready_with_problems", count=count, bad=bad), "warning")
    return notice(sc.tr("share.ready", count=count), "success")


@ft.component
def FullScreenQr():
    """The QR alone, as large as the window allows, on white: what a recruiter's phone scans.
    Escape (see satchel.ui.app.on_key) or Close goes back to the Share screen."""
    sc = use_screen()
    bundle = sc.state.bundle

    def back_if_nothing():
        if bundle is None or not sc.state.unlocked:
            sc.go("/share" if sc.state.unlocked else "/unlock")

    ft.use_effect(back_if_nothing, [bundle is None, sc.state.unlocked])
    close = ft.TextButton(sc.tr("common.close"), icon=ft.Icons.CLOSE, on_click=lambda _e: sc.go("/share"),
                          tooltip=sc.tr("share.close_hint"),
                          style=ft.ButtonStyle(color=ft.Colors.BLACK, icon_color=ft.Colors.BLACK))
    content: list[ft.Control] = [ft.Row([close], alignment=ft.MainAxisAlignment.END)]
    if bundle is not None:
        size = max(200, min(560, int(sc.state.width) - 80))
        content.append(ft.Container(QrPlayer(tuple(bundle.pngs), sc.lang, size, text_colour=ft.Colors.BLACK),
                                    alignment=ft.Alignment.CENTER, expand=True))
        content.append(ft.Container(ft.Column(
            [ft.Text(c.value, color=ft.Colors.BLACK, size=13) for c in holds_lines(sc) if isinstance(c, ft.Text)],
            spacing=2, horizontal_alignment=ft.CrossAxisAlignment.CENTER), padding=8))
    return ft.View(route="/qr", bgcolor=ft.Colors.WHITE, can_pop=False, controls=content,
                   horizontal_alignment=ft.CrossAxisAlignment.CENTER)
