"""Add credentials: files (several at once, with progress and a per-file summary), pasted text, a link
(host shown and confirmed first), or a QR code read from an image."""

from __future__ import annotations

import contextlib

import flet as ft

from satchel.i18n import t
from satchel.services import ImportItem
from satchel.ui.viewmodels.importing import Summary, credentials_in, summarise
from satchel.ui.viewmodels.listing import record_status
from satchel.ui.views.add_link import LinkOnlyForm
from satchel.ui.views.common import Screen, use_screen, use_text
from satchel.ui.widgets.layout import busy, heading, notice, page_body, section

CREDENTIAL_EXTENSIONS = ["json", "jsonld", "jwt", "jws", "txt", "png", "svg"]
IMAGE_EXTENSIONS = ["png", "jpg", "jpeg", "gif", "webp", "bmp"]


@ft.component
def AddView():
    sc = use_screen()
    progress, set_progress = ft.use_state(None)  # (fraction or None, sentence) while working
    summary, set_summary = ft.use_state(None)
    scanned, set_scanned = ft.use_state(None)  # outcome of the presentation read from a QR code
    problem, set_problem = ft.use_state(None)
    pasted_in, url_in = use_text(), use_text()
    app = sc.rt.app

    async def finish(items: list[ImportItem]) -> None:
        """Verify what is new (so the list shows real status chips), then show the summary."""
        added = [i for item in items for i in item.added]
        for n, cred_id in enumerate(added, 1):
            set_progress((n / len(added), sc.tr("detail.verifying")))
            with contextlib.suppress(Exception):  # the detail page shows why; importing succeeded
                await sc.rt.call(app.verify_stored, cred_id)
        set_progress(None)
        set_summary(summarise(items, await sc.rt.call(_names_and_status, app, items)))
        sc.state.changed()

    async def import_one(name: str, call) -> ImportItem:
        try:
            outcome = await sc.rt.call(call)
        except Exception as err:  # noqa: BLE001 - refused-and-why is part of the summary
            return ImportItem(name, error=sc.error_text(err))
        return ImportItem(name, added=tuple(outcome.added), existing=tuple(outcome.existing))

    async def pick_files(_e=None):
        set_problem(None)
        set_scanned(None)
        files = await ft.FilePicker().pick_files(
            dialog_title=sc.tr("add.files"), allow_multiple=True, with_data=True,
            file_type=ft.FilePickerFileType.CUSTOM, allowed_extensions=CREDENTIAL_EXTENSIONS)
        if not files:
            return
        set_summary(None)
        items = []
        for n, f in enumerate(files, 1):
            set_progress(((n - 1) / len(files), sc.tr("add.progress", done=n, total=len(files), name=f.name)))
            data = f.bytes or b""
            items.append(await import_one(f.name, lambda d=data, name=f.name: app.import_bytes(
                d, source=f"file:{name}", filename=name)))
        await finish(items)

    async def add_pasted(_e=None):
        pasted = pasted_in.text
        if not pasted.strip():
            return
        set_progress((None, sc.tr("common.working")))
        item = await import_one(sc.tr("add.paste"), lambda: app.import_text(pasted))
        if not item.error:
            pasted_in.clear()
        await finish([item])

    async def fetch_url(_e=None):
        url = url_in.text
        ft.context.page.pop_dialog()
        set_progress((None, sc.tr("common.working")))
        await finish([await import_one(url.strip(), lambda: app.import_url(url.strip()))])

    def confirm_url(_e=None):
        url = url_in.text
        set_problem(None)
        try:
            host = app.url_host(url.strip())
        except Exception as err:  # noqa: BLE001 - not https, or not a link at all
            set_problem(sc.error_text(err))
            return
        page = ft.context.page
        page.show_dialog(ft.AlertDialog(
            modal=True, title=ft.Text(sc.tr("add.url_confirm_title", host=host)),
            content=ft.Text(sc.tr("add.url_confirm_body", host=host)),
            actions=[ft.TextButton(sc.tr("common.cancel"), on_click=lambda _e: page.pop_dialog()),
                     ft.FilledButton(sc.tr("add.url_confirm"), on_click=fetch_url)]))

    async def scan(_e=None):
        set_problem(None)
        files = await ft.FilePicker().pick_files(
            dialog_title=sc.tr("add.scan"), with_data=True, allow_multiple=True,
            file_type=ft.FilePickerFileType.CUSTOM, allowed_extensions=IMAGE_EXTENSIONS)
        if not files:
            return
        set_progress((None, sc.tr("common.working")))
        name = files[0].name
        images = [f.bytes or b"" for f in files]  # an animated code: one picture per part
        try:
            result = await sc.rt.call(app.scan_images, images)
        except Exception as err:  # noqa: BLE001 - no code found, a part missing, unreadable image …
            set_progress(None)
            set_problem(sc.error_text(err))
            return
        set_scanned(result.report.outcome.value)
        items = [await import_one(f"{name} #{n}", lambda b=blob: app.import_bytes(b, source=f"qr:{name}"))
                 for n, blob in enumerate(credentials_in(result.document), 1)]
        await finish(items)

    working = progress is not None
    body: list[ft.Control] = [
        heading(sc.tr("add.title")),
        section(sc.tr("add.files"), ft.Text(sc.tr("add.files_hint")),
                ft.FilledButton(sc.tr("add.files"), icon=ft.Icons.UPLOAD_FILE, on_click=pick_files,
                                disabled=working)),
    ]
    if working:
        body.append(busy(progress[1], progress[0]))
    if problem:
        body.append(notice(problem, "error"))
    if scanned:
        body.append(ft.Text(sc.tr("add.scan_report", outcome=t(f"outcome.{scanned}", sc.lang)),
                            weight=ft.FontWeight.W_600))
    if summary:
        body.append(_summary(sc, summary))
    body += [
        section(sc.tr("add.paste"),
                ft.TextField(label=sc.tr("add.paste_label"), key=pasted_in.key, value=pasted_in.text, multiline=True,
                             min_lines=3, width=720, max_lines=8, on_change=pasted_in.on_change, disabled=working),
                ft.OutlinedButton(sc.tr("add.paste_submit"), icon=ft.Icons.CONTENT_PASTE, on_click=add_pasted,
                                  disabled=working)),
        section(sc.tr("add.url"),
                ft.Row([ft.TextField(label=sc.tr("add.url_label"), key=url_in.key, value=url_in.text, expand=True,
                                     on_change=url_in.on_change, on_submit=confirm_url,
                                     keyboard_type=ft.KeyboardType.URL, disabled=working),
                        ft.OutlinedButton(sc.tr("add.url_submit"), icon=ft.Icons.LINK, on_click=confirm_url,
                                          disabled=working)])),
        LinkOnlyForm(import_one, finish, working),
        section(sc.tr("add.online"), ft.Text(sc.tr("add.online_hint")),
                ft.OutlinedButton(sc.tr("add.online_open"), icon=ft.Icons.WIFI_TETHERING,
                                  on_click=lambda _e: sc.go("/online"), disabled=working)),
        section(sc.tr("add.scan"), ft.Text(sc.tr("add.scan_hint")),
                ft.OutlinedButton(sc.tr("add.scan"), icon=ft.Icons.QR_CODE_SCANNER, on_click=scan,
                                  disabled=working)),
    ]
    return page_body(*body)


def _names_and_status(app, items: list[ImportItem]) -> dict[str, tuple[str | None, str]]:
    """Each imported credential's badge name and verification status (what the summary lists)."""
    out = {}
    for cred_id in {i for item in items for i in (*item.added, *item.existing)}:
        record = app.get(cred_id)
        out[cred_id] = (record.display.name or record.display.achievement_name, record_status(record))
    return out


def _summary(sc: Screen, summary: Summary) -> ft.Control:
    if summary.refused or any(line.not_authentic or line.invalid for line in summary.lines):
        kind = "warning" if summary.added or summary.existing else "error"
    else:
        kind = "success" if summary.added else "info"
    rows: list[ft.Control] = [notice(sc.tr("add.summary", added=summary.added, existing=summary.existing,
                                           refused=summary.refused), kind)]
    for line in summary.lines:
        icon = {"added": ft.Icons.CHECK_CIRCLE_OUTLINE, "existing": ft.Icons.CONTENT_COPY,
                "refused": ft.Icons.BLOCK}[line.kind]
        text = {"added": sc.tr("add.item_added"), "existing": sc.tr("add.item_existing"),
                "refused": sc.tr("add.item_refused", reason=line.reason)}[line.kind]
        if line.kind == "added" and line.not_authentic:
            icon, text = ft.Icons.GPP_BAD, sc.tr("add.item_not_authentic")
        elif line.kind != "refused" and line.status:
            text = sc.tr("add.item_with_status", what=text, status=sc.tr(f"chip.{line.status}"))
        refused = line.not_authentic or line.invalid
        row: list[ft.Control] = [ft.Icon(icon, size=18, color=ft.Colors.ERROR if refused else None),
                                 ft.Text(f"{line.name} — {text}", expand=True)]
        if line.first_id:
            row.append(ft.TextButton(sc.tr("add.open_added"),
                                     on_click=lambda _e, cid=line.first_id: sc.go(f"/credential/{cid}")))
        rows.append(ft.Row(row, vertical_alignment=ft.CrossAxisAlignment.CENTER))
    return ft.Column(rows, spacing=6)
