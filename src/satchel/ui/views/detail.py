"""One credential: what it says, how it verifies (per check), tags, collections, raw data, export, delete."""

from __future__ import annotations

import flet as ft

from satchel.errors import CredentialNotFound
from satchel.services.microcredentials import stored_checklist
from satchel.services.pictures import badge_pictures
from satchel.ui.viewmodels import detail as vm
from satchel.ui.viewmodels.europe import checklist_view
from satchel.ui.viewmodels.listing import badge_seed
from satchel.ui.views.common import Screen, use_screen
from satchel.ui.views.detail_disclosure import disclosure_section
from satchel.ui.views.detail_parts import Organise, raw_section
from satchel.ui.widgets.badge_image import badge_image
from satchel.ui.widgets.check_list import check_rows
from satchel.ui.widgets.eu_checklist import eu_section
from satchel.ui.widgets.layout import busy, heading, notice, page_body, section
from satchel.ui.widgets.status_chip import status_chip


@ft.component
def DetailView():
    sc = use_screen()
    s = sc.state
    cred_id = ft.use_route_params().get("cred_id", "")
    loaded, set_loaded = ft.use_state(None)  # (record, report) once read
    missing, set_missing = ft.use_state(False)
    verifying, set_verifying = ft.use_state(False)

    async def load():
        app = sc.rt.app
        try:
            record, report, picture, eu = await sc.rt.call(_load, app, cred_id, False)
        except CredentialNotFound:
            set_missing(True)
            return
        set_loaded((record, report, picture, eu))
        if picture is None and record.display.image:  # an https picture: fetched only if allowed
            try:
                record, report, picture, eu = await sc.rt.call(_load, app, cred_id, True)
            except Exception:  # noqa: BLE001 - the generated picture stays
                picture = None
            if picture is not None:
                set_loaded((record, report, picture, eu))
        if report is None:
            await verify()

    async def verify(_e=None):
        set_verifying(True)
        try:
            await sc.rt.call(sc.rt.app.verify_stored, cred_id)
        except Exception as err:  # noqa: BLE001 - the verifier could not start; say so plainly
            sc.toast(sc.error_text(err))
        finally:
            set_verifying(False)
        s.changed()

    ft.use_effect(load, [cred_id, s.revision])

    back = ft.TextButton(sc.tr("nav.back"), icon=ft.Icons.ARROW_BACK, on_click=lambda _e: sc.go("/"))
    if missing:
        return page_body(back, notice(sc.tr("detail.not_found"), "warning"))
    if loaded is None:
        return page_body(back, busy(sc.tr("list.loading")))
    record, report, picture, eu = loaded
    d = vm.detail(record, report, sc.lang, sc.rt.app.clock.now(), picture)
    name = d.name or sc.tr("card.no_name")

    narrow = s.narrow
    picture = badge_image(d.image, badge_seed(record), name, size=96 if narrow else 112)
    words = ft.Column([heading(name, 22 if narrow else 26), status_chip(d.status, sc.lang, large=True),
                       *([ft.Text(d.description, size=15)] if d.description else [])],
                      spacing=10, expand=not narrow)
    top = (ft.Column([picture, words], spacing=12) if narrow else
           ft.Row([picture, words], vertical_alignment=ft.CrossAxisAlignment.START, spacing=20))
    facts = ft.Column([_fact(sc.tr(k), v, narrow) for k, v in d.facts], spacing=10 if narrow else 6)
    parts: list[ft.Control] = [back, top, facts]
    if d.link:
        parts.append(_link_only(sc, record, d.link))
    if d.criteria:
        parts.append(section(sc.tr("detail.criteria"), ft.Text(d.criteria)))
    for key, links in (("detail.alignments", d.alignments), ("detail.related", d.related)):
        if links:
            parts.append(section(sc.tr(key), *[_link_row(link) for link in links]))
    if eu is not None:
        parts.append(eu_section(checklist_view(eu, sc.lang), sc.lang, narrow))
    hide = disclosure_section(sc.tr, record)
    if hide is not None:
        parts.append(hide)
    parts.append(_verification(sc, d, verifying, verify))
    parts.append(Organise(record))
    parts.append(_actions(sc, record, name))
    parts.append(raw_section(sc, record.raw))
    return page_body(*parts)


def _load(app, cred_id: str, download: bool):
    record = app.get(cred_id)
    picture = badge_pictures(app, [record], download=download).get(record.id)
    return record, app.report(cred_id), picture, stored_checklist(record)  # None for a link-only record


def _link_only(sc: Screen, record, url: str) -> ft.Control:
    """The issuer's page, the only place a link-only credential can be checked; and its PDF, when kept."""
    async def open_link(_e=None):
        await ft.UrlLauncher().launch_url(url)

    async def save_pdf(_e=None):
        try:
            data = await sc.rt.call(sc.rt.app.link_pdf, record.id)
            if data:
                await ft.FilePicker().save_file(file_name=f"credential-{record.id[:12]}.pdf", src_bytes=data)
        except Exception as err:  # noqa: BLE001
            sc.toast(sc.error_text(err))

    buttons: list[ft.Control] = [ft.FilledTonalButton(sc.tr("link.open"), icon=ft.Icons.OPEN_IN_NEW,
                                                      on_click=open_link, tooltip=url)]
    if (record.display.extra or {}).get("has_pdf"):
        buttons.append(ft.OutlinedButton(sc.tr("link.pdf"), icon=ft.Icons.PICTURE_AS_PDF, on_click=save_pdf))
    return ft.Column([notice(sc.tr("link.note")), ft.Text(url, size=13),
                      ft.Row(buttons, wrap=True, spacing=10)], spacing=8)


def _fact(label: str, value: str, narrow: bool) -> ft.Control:
    """A labelled value: side by side on wide windows, the label above the value on phones."""
    title = ft.Text(label, weight=ft.FontWeight.W_600, width=None if narrow else 190)
    if narrow:
        return ft.Column([title, ft.Text(value)], spacing=2)
    return ft.Row([title, ft.Text(value, expand=True)], vertical_alignment=ft.CrossAxisAlignment.START)


def _link_row(link: vm.Link) -> ft.Control:
    text = ft.Text(link.title, weight=ft.FontWeight.W_500)
    row = [ft.Icon(ft.Icons.LINK if link.url else ft.Icons.LABEL_OUTLINE, size=18), text]
    if link.note:
        row.append(ft.Text(f"· {link.note}", size=13))
    return ft.Row(row, spacing=6, wrap=True, tooltip=link.url)


def _verification(sc: Screen, d: vm.Detail, verifying: bool, verify) -> ft.Control:
    rows: list[ft.Control] = check_rows(d.checks, sc.lang)
    if not d.checks:
        rows.append(ft.Text(sc.tr("detail.never_verified")))
    if d.checked:
        key, n = d.checked
        rows.append(ft.Text(sc.tr("detail.checked_ago", age=sc.tr(key, n=n)), size=13, italic=True))
    rows.append(busy(sc.tr("detail.verifying")) if verifying else
                ft.OutlinedButton(sc.tr("detail.verify_again"), icon=ft.Icons.REFRESH, on_click=verify))
    return section(sc.tr("detail.verification"), *rows)


def _actions(sc: Screen, record, name: str) -> ft.Control:
    page = ft.context.page

    async def export(_e=None):
        filename = f"credential-{record.id[:12]}{_suffix(record.format)}"
        try:
            await ft.FilePicker().save_file(file_name=filename, src_bytes=record.raw)
        except Exception as err:  # noqa: BLE001 - any failure is shown as one sentence, the screen goes on
            sc.toast(sc.error_text(err))

    def share_this(_e=None):
        sc.state.selection = (record.id,)
        sc.go("/share")

    async def really_delete(_e=None):
        page.pop_dialog()
        await sc.rt.call(sc.rt.app.delete, record.id)
        sc.state.selection = tuple(i for i in sc.state.selection if i != record.id)
        sc.state.changed()
        sc.toast(sc.tr("detail.deleted"))
        sc.go("/")

    def ask_delete(_e=None):
        page.show_dialog(ft.AlertDialog(
            modal=True, title=ft.Text(sc.tr("detail.delete_title")),
            content=ft.Text(sc.tr("detail.delete_body", name=name)),
            actions=[ft.TextButton(sc.tr("common.cancel"), on_click=lambda _e: page.pop_dialog()),
                     ft.FilledButton(sc.tr("common.delete"), icon=ft.Icons.DELETE, on_click=really_delete,
                                     style=ft.ButtonStyle(bgcolor=ft.Colors.ERROR, color=ft.Colors.ON_ERROR))],
        ))

    return ft.Row([
        ft.FilledTonalButton(sc.tr("detail.share_this"), icon=ft.Icons.QR_CODE_2, on_click=share_this),
        ft.OutlinedButton(sc.tr("detail.export"), icon=ft.Icons.DOWNLOAD, on_click=export),
        ft.OutlinedButton(sc.tr("detail.delete"), icon=ft.Icons.DELETE_OUTLINE, on_click=ask_delete,
                          style=ft.ButtonStyle(color=ft.Colors.ERROR)),
    ], wrap=True, spacing=10)


def _suffix(fmt: str) -> str:
    return {"baked-png": ".png", "baked-svg": ".svg", "vc-jwt": ".jwt", "ob2-jws": ".jws",
            "sd-jwt-vc": ".sd-jwt"}.get(fmt, ".json")
