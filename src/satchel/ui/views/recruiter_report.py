"""Recruiter mode, Report tab: the verdict banner, who the holder is, each credential's checks, exports."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import flet as ft

from satchel.model import VerificationReport
from satchel.ui.viewmodels import recruiter as vm
from satchel.ui.views.common import Screen, use_screen
from satchel.ui.widgets.icon_button import icon_button
from satchel.ui.widgets.layout import heading, notice, page_body, section
from satchel.ui.widgets.report_parts import check_rows, verdict_banner
from satchel.ui.widgets.status_chip import status_chip


@ft.component
def ReportPanel(report: VerificationReport | None, on_another: Callable[..., Any]):
    sc = use_screen()
    app = sc.rt.app
    trusted_now, set_trusted_now = ft.use_state(())  # issuer ids trusted from this screen

    if report is None:
        return page_body(heading(sc.tr("recruiter.tab_report")), notice(sc.tr("recruiter.no_report"), "info"))

    async def save(kind: str) -> None:
        name = vm.report_file_name(report, kind)
        try:
            if kind == "pdf":
                data = await sc.rt.file_bytes(lambda p: app.export_report_pdf(report, p, sc.lang), name)
            else:
                data = json.dumps(report.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")
            await ft.FilePicker().save_file(file_name=name, src_bytes=data)
        except Exception as err:  # noqa: BLE001
            sc.toast(sc.error_text(err))

    async def save_pdf(_e=None):
        await save("pdf")

    async def save_json(_e=None):
        await save("json")

    async def copy_holder(_e=None):
        await ft.Clipboard().set(report.holder or "")
        sc.toast(sc.tr("common.copied"))

    async def trust(card: vm.CredentialCard) -> None:
        name = card.issuer_name or card.issuer_id or "?"
        try:
            await sc.rt.call(app.trust_issuer, card.issuer_id, card.issuer_name)
        except Exception as err:  # noqa: BLE001
            sc.toast(sc.error_text(err))
            return
        set_trusted_now(trusted_now + (card.issuer_id,))
        sc.toast(sc.tr("recruiter.trust_done", name=name))

    v = vm.verdict(report, sc.lang)
    cards = vm.credential_cards(report, sc.lang)
    holder = report.holder
    holder_row: list[ft.Control] = [
        ft.Icon(ft.Icons.PERSON_OUTLINE, semantics_label=sc.tr("recruiter.holder")),
        ft.Text(sc.tr("recruiter.holder"), weight=ft.FontWeight.W_600),
        ft.Text(vm.short_did(holder) or sc.tr("recruiter.holder_unknown"), font_family="monospace"),
    ]
    if holder:
        holder_row.append(icon_button(ft.Icons.CONTENT_COPY, sc.tr("recruiter.holder_copy"), copy_holder))
    return page_body(
        verdict_banner(sc.tr(v.key, code=vm.unbreakable(v.code)), v.lines, v.level, sc.lang),
        ft.Row(holder_row, vertical_alignment=ft.CrossAxisAlignment.CENTER, wrap=True),
        ft.Text(sc.tr("recruiter.verified_at", when=vm.format_moment(report.verified_at, sc.lang)),
                size=13, italic=True),
        section(sc.tr("recruiter.credentials_title", count=len(cards)),
                *[_credential(sc, card, card.issuer_id in trusted_now, trust) for card in cards]),
        ft.Row([
            ft.FilledButton(sc.tr("recruiter.another"), icon=ft.Icons.QR_CODE_SCANNER, on_click=on_another),
            ft.OutlinedButton(sc.tr("recruiter.export_pdf"), icon=ft.Icons.PICTURE_AS_PDF, on_click=save_pdf),
            ft.OutlinedButton(sc.tr("recruiter.export_json"), icon=ft.Icons.DATA_OBJECT, on_click=save_json),
        ], wrap=True, spacing=8, run_spacing=8),
    )


def _credential(sc: Screen, card: vm.CredentialCard, just_trusted: bool,
                trust: Callable[[vm.CredentialCard], Any]) -> ft.Control:
    name = card.issuer_name or vm.short_did(card.issuer_id) or sc.tr("card.no_issuer")
    trust_line: list[ft.Control] = []
    if card.trusted or just_trusted:
        trust_line.append(ft.Row([ft.Icon(ft.Icons.VERIFIED_USER, color="#2E7D32", size=18),
                                  ft.Text(sc.tr("recruiter.trusted"), size=13)], spacing=6, tight=True))
    elif card.trusted is False:
        async def trust_this(_e=None):
            await trust(card)
        trust_line.append(ft.Row([
            ft.Icon(ft.Icons.REMOVE_MODERATOR_OUTLINED, color="#B26A00", size=18),
            ft.Text(sc.tr("recruiter.not_trusted"), size=13),
            ft.TextButton(sc.tr("recruiter.trust", name=name), icon=ft.Icons.ADD_MODERATOR, on_click=trust_this,
                          disabled=not card.issuer_id),
        ], spacing=6, wrap=True, vertical_alignment=ft.CrossAxisAlignment.CENTER))
    lists = [ft.Text(sc.tr("recruiter.status_list", host=sl.host, when=sl.fetched,
                           cached=sc.tr("recruiter.status_cached") if sl.from_cache else ""),
                     size=12, tooltip=sl.url) for sl in card.status_lists]
    return ft.Card(ft.Container(ft.Column([
        ft.Row([ft.Text(card.title or sc.tr("card.no_name"), size=17, weight=ft.FontWeight.W_600, expand=True),
                status_chip(card.status, sc.lang, large=True)], vertical_alignment=ft.CrossAxisAlignment.START),
        ft.Text(sc.tr("recruiter.issuer", name=name), size=14),
        *trust_line,
        ft.Divider(height=1),
        check_rows(card.checks, sc.lang),
        *lists,
    ], spacing=8), padding=16), margin=ft.Margin.symmetric(vertical=4, horizontal=0),
        semantic_container=False)  # each check is its own node for screen readers
