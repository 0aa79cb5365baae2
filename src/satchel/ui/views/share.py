"""Share: pick credentials, optionally answer a verifier's challenge, show the QR, save or copy files."""

from __future__ import annotations

import flet as ft

from satchel.ui.viewmodels.disclosure import reveal_map
from satchel.ui.viewmodels.sharing import challenge_value
from satchel.ui.views.common import Screen, use_screen, use_text
from satchel.ui.views.credentials import CredentialList
from satchel.ui.views.share_disclosure import field_choices
from satchel.ui.widgets.layout import busy, heading, notice
from satchel.ui.widgets.qr_player import QrPlayer


@ft.component
def ShareView():
    sc = use_screen()
    s = sc.state
    challenge_in = use_text()
    working, set_working = ft.use_state(False)
    problem, set_problem = ft.use_state(None)
    records, set_records = ft.use_state([])  # the selected credentials (for the fields they let you hide)
    hidden, set_hidden = ft.use_state({})  # id -> pointers the holder chose to hide
    bundle = s.bundle

    async def load_selected():
        app, ids = sc.rt.app, list(s.selection)
        set_records(await sc.rt.call(lambda: [app.get(i) for i in ids]))

    ft.use_effect(load_selected, [s.selection])

    def toggle(cred_id: str, pointer: str) -> None:
        mine = set(hidden.get(cred_id, set()))
        mine.symmetric_difference_update({pointer})
        set_hidden({**hidden, cred_id: mine})
        s.bundle = None  # a QR made with other choices must not stay on screen

    async def create(_e=None):
        if not s.selection:
            set_problem(sc.tr("share.none"))
            return
        set_problem(None)
        set_working(True)
        try:
            app, ids = sc.rt.app, list(s.selection)
            reveal = reveal_map([r for r in records if r.id in ids], hidden)
            bundle, names = await sc.rt.call(lambda: (
                app.share(ids, challenge=challenge_value(challenge_in.text), reveal=reveal),
                tuple((i, app.get(i).display.name or sc.tr("card.no_name")) for i in ids)))
            s.bundle_names = names
            s.bundle = bundle
        except Exception as err:  # noqa: BLE001
            set_problem(sc.error_text(err))
        finally:
            set_working(False)

    panel: list[ft.Control] = [
        heading(sc.tr("share.title"), 22),
        ft.Text(sc.tr("share.selected", count=len(s.selection)), size=15, weight=ft.FontWeight.W_600),
        ft.TextField(label=sc.tr("share.challenge"), key=challenge_in.key, value=challenge_in.text, dense=True,
                     on_change=challenge_in.on_change),
        ft.Text(sc.tr("share.challenge_hint"), size=12),
        *field_choices(sc.tr, [r for r in records if r.id in s.selection], hidden, toggle),
        busy(sc.tr("share.creating")) if working else
        ft.FilledButton(sc.tr("share.create"), icon=ft.Icons.QR_CODE_2, on_click=create),
    ]
    if problem:
        panel.append(notice(problem, "error"))
    if bundle is not None:
        panel += _result(sc, bundle)
    panel.append(notice(sc.tr("share.note"), "info"))
    return ft.Row([
        ft.Container(CredentialList(select=True), expand=True),
        ft.VerticalDivider(width=1),
        ft.Container(ft.Column(panel, spacing=14, scroll=ft.ScrollMode.AUTO), width=440, padding=ft.Padding.only(left=8)),
    ], expand=True, vertical_alignment=ft.CrossAxisAlignment.STRETCH)


def _result(sc: Screen, bundle) -> list[ft.Control]:
    app = sc.rt.app
    names = dict(sc.state.bundle_names)
    ids = list(names)

    async def save(kind: str):
        try:
            if kind == "pdf":
                data = await sc.rt.file_bytes(lambda p: app.export_pdf(ids, p, bundle=bundle, lang=sc.lang),
                                              "presentation.pdf")
            else:
                data = await sc.rt.file_bytes(lambda p: app.export_vp_json(bundle, p), "presentation.json")
            await ft.FilePicker().save_file(file_name=f"presentation.{kind}", src_bytes=data)
        except Exception as err:  # noqa: BLE001
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

    out: list[ft.Control] = [
        notice(sc.tr("share.ready", count=len(ids)), "success"),
        QrPlayer(tuple(bundle.pngs), sc.lang, 320),
    ]
    if len(bundle.pngs) > 1:
        out.append(ft.Text(sc.tr("share.animated"), size=13))
    out.append(ft.Row([
        ft.FilledTonalButton(sc.tr("share.full_screen"), icon=ft.Icons.FULLSCREEN, on_click=lambda _e: sc.go("/qr")),
        ft.OutlinedButton(sc.tr("share.save_vp"), icon=ft.Icons.SAVE_ALT, on_click=save_json),
        ft.OutlinedButton(sc.tr("share.save_pdf"), icon=ft.Icons.PICTURE_AS_PDF, on_click=save_pdf),
        ft.OutlinedButton(sc.tr("share.copy"), icon=ft.Icons.COPY, on_click=copy),
    ], wrap=True, spacing=8, run_spacing=8))
    out += [linkedin_button(cid, url) for cid, url in bundle.linkedin.items()]
    return out


@ft.component
def FullScreenQr():
    """The QR alone, as large as the window allows, on white: what a recruiter's phone scans."""
    sc = use_screen()
    bundle = sc.state.bundle

    def back_if_nothing():
        if bundle is None or not sc.state.unlocked:
            sc.go("/share" if sc.state.unlocked else "/unlock")

    ft.use_effect(back_if_nothing, [bundle is None, sc.state.unlocked])
    close = ft.TextButton(sc.tr("common.close"), icon=ft.Icons.CLOSE, on_click=lambda _e: sc.go("/share"),
                          style=ft.ButtonStyle(color=ft.Colors.BLACK, icon_color=ft.Colors.BLACK))
    content: list[ft.Control] = [ft.Row([close], alignment=ft.MainAxisAlignment.END)]
    if bundle is not None:
        content.append(ft.Container(QrPlayer(tuple(bundle.pngs), sc.lang, 560, text_colour=ft.Colors.BLACK),
                                    alignment=ft.Alignment.CENTER, expand=True))
    return ft.View(route="/qr", bgcolor=ft.Colors.WHITE, can_pop=False, controls=content,
                   horizontal_alignment=ft.CrossAxisAlignment.CENTER)
