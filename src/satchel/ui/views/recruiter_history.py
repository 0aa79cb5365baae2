"""Recruiter mode, History tab: past verifications on this device; open one, export all, clear all."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import flet as ft

from satchel.ui.viewmodels import recruiter as vm
from satchel.ui.views.common import use_screen
from satchel.ui.widgets.layout import busy, heading, notice, page_body
from satchel.ui.widgets.status_chip import status_chip


@ft.component
def HistoryPanel(on_open: Callable[[Any], None]):
    sc = use_screen()
    app = sc.rt.app
    entries, set_entries = ft.use_state(None)  # None while loading
    generation, set_generation = ft.use_state(0)  # bumped to load again after clearing

    def load():
        async def fetch():
            set_entries(await sc.rt.call(app.history_entries))
        ft.context.page.run_task(fetch)

    ft.use_effect(load, [generation])

    async def save(name: str, write: Callable[[Any], None]) -> None:
        try:
            data = await sc.rt.file_bytes(write, name)  # written in a worker thread, off the UI loop
            await ft.FilePicker().save_file(file_name=name, src_bytes=data)
        except Exception as err:  # noqa: BLE001 - any failure is shown as one sentence, the screen goes on
            sc.toast(sc.error_text(err))

    async def export(_e=None):
        await save(vm.HISTORY_JSON, app.export_history_json)

    async def export_pdf(_e=None):
        lang = sc.lang
        await save(vm.HISTORY_PDF, lambda path: app.export_history_pdf(path, lang))

    async def clear(_e=None):
        page = ft.context.page
        page.pop_dialog()
        await sc.rt.call(app.clear_history)
        set_generation(generation + 1)
        sc.toast(sc.tr("recruiter.history_cleared"))

    def confirm_clear(_e=None):
        page = ft.context.page
        page.show_dialog(ft.AlertDialog(
            modal=True, title=ft.Text(sc.tr("recruiter.history_clear_title")),
            content=ft.Text(sc.tr("recruiter.history_clear_body", count=len(entries or ()))),
            actions=[ft.TextButton(sc.tr("common.cancel"), on_click=lambda _e: page.pop_dialog()),
                     ft.FilledButton(sc.tr("recruiter.history_clear"), icon=ft.Icons.DELETE_SWEEP,
                                     on_click=clear)]))

    def open_entry(index: int) -> None:
        report = vm.entry_report(entries[index])
        if report is None:
            sc.toast(sc.tr("recruiter.history_unreadable"))
        else:
            on_open(report)

    body: list[ft.Control] = [heading(sc.tr("recruiter.history_title"))]
    if entries is None:
        return page_body(*body, busy(sc.tr("list.loading")))
    if not entries:
        return page_body(*body, notice(sc.tr("recruiter.history_empty"), "info"))
    body += [
        ft.Text(sc.tr("recruiter.history_count", count=len(entries)), size=13),
        ft.Row([
            ft.OutlinedButton(sc.tr("recruiter.history_export"), icon=ft.Icons.DATA_OBJECT, on_click=export),
            ft.OutlinedButton(sc.tr("recruiter.history_export_pdf"), icon=ft.Icons.PICTURE_AS_PDF,
                              on_click=export_pdf, tooltip=sc.tr("recruiter.history_export_pdf_label")),
            ft.OutlinedButton(sc.tr("recruiter.history_clear"), icon=ft.Icons.DELETE_SWEEP, on_click=confirm_clear),
        ], wrap=True, spacing=8),
    ]
    for row in vm.history_rows(entries, sc.lang):
        challenge = (sc.tr("recruiter.history_challenge", code=row.challenge) if row.challenge
                     else sc.tr("recruiter.history_no_challenge"))
        body.append(ft.Card(ft.ListTile(
            leading=status_chip(row.status, sc.lang),
            title=ft.Text(f"{row.when} · {row.holder}", font_family="monospace", size=14),
            subtitle=ft.Text(challenge, size=13),
            trailing=ft.Icon(ft.Icons.CHEVRON_RIGHT),
            tooltip=sc.tr("recruiter.history_open", when=row.when),
            on_click=lambda _e, i=row.index: open_entry(i)),
            margin=ft.Margin.symmetric(vertical=2, horizontal=0)))
    return page_body(*body)
