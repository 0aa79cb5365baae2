"""The Add screen's form for a link-only credential: the issuer's https page, a title, an issuer and,
optionally, the PDF certificate picked with the file picker."""

from __future__ import annotations

import flet as ft

from satchel.ui.viewmodels.europe import link_problem
from satchel.ui.views.common import use_screen, use_text
from satchel.ui.widgets.layout import notice, section


@ft.component
def LinkOnlyForm(import_one, finish, working: bool = False):
    """``import_one(name, call)`` and ``finish(items)`` are the Add screen's: the summary is the same."""
    sc = use_screen()
    url_in, title_in, issuer_in = use_text(), use_text(), use_text()
    pdf, set_pdf = ft.use_state(None)  # (file name, bytes)
    problem, set_problem = ft.use_state(None)

    async def pick_pdf(_e=None):
        files = await ft.FilePicker().pick_files(
            dialog_title=sc.tr("add.link_pdf"), with_data=True,
            file_type=ft.FilePickerFileType.CUSTOM, allowed_extensions=["pdf"])
        if files:
            set_pdf((files[0].name, files[0].bytes or b""))

    async def submit(_e=None):
        url, title, issuer = url_in.text.strip(), title_in.text, issuer_in.text
        key = link_problem(url, title)
        set_problem(sc.tr(key) if key else None)
        if key:
            return
        data = pdf[1] if pdf else None
        item = await import_one(title.strip(), lambda: sc.rt.app.add_link(url, title, issuer=issuer or None,
                                                                           pdf=data))
        if item.error:
            set_problem(item.error)
            return
        for field in (url_in, title_in, issuer_in):
            field.clear()
        set_pdf(None)
        await finish([item])

    def field(label_key: str, text, **kw) -> ft.TextField:
        return ft.TextField(label=sc.tr(label_key), key=text.key, value=text.text, on_change=text.on_change,
                            disabled=working, width=None if sc.state.narrow else 560, **kw)

    return section(
        sc.tr("add.link"), ft.Text(sc.tr("add.link_hint")),
        field("add.link_url", url_in, keyboard_type=ft.KeyboardType.URL, prefix_icon=ft.Icons.LINK),
        field("add.link_title", title_in),
        field("add.link_issuer", issuer_in),
        ft.Row([ft.OutlinedButton(sc.tr("add.link_pdf"), icon=ft.Icons.ATTACH_FILE, on_click=pick_pdf,
                                  disabled=working),
                *([ft.Text(sc.tr("add.link_pdf_chosen", name=pdf[0]))] if pdf else [])], wrap=True, spacing=10),
        *([notice(problem, "error")] if problem else []),
        ft.FilledTonalButton(sc.tr("add.link_submit"), icon=ft.Icons.ADD_LINK, on_click=submit, disabled=working))
