"""Recruiter mode, Report tab: the verdict banner, who the holder is, each credential's checks, exports."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import flet as ft

from satchel.model import VerificationReport
from satchel.services.microcredentials import meaning_lines
from satchel.ui.viewmodels import recruiter as vm
from satchel.ui.viewmodels.formatting import format_date
from satchel.ui.views.common import Screen, use_screen
from satchel.ui.widgets.badge_image import badge_image
from satchel.ui.widgets.icon_button import icon_button
from satchel.ui.widgets.layout import heading, notice, page_body, section
from satchel.ui.widgets.report_parts import check_rows, verdict_banner
from satchel.ui.widgets.status_chip import status_chip


@ft.component
def ReportPanel(report: VerificationReport | None, on_another: Callable[..., Any], about: tuple = ()):
    """``about``: what each credential says (satchel.services.presented), in the report's order; empty
    for a report reopened from the history (only its checks were kept)."""
    sc = use_screen()
    app = sc.rt.app
    trusted_now, set_trusted_now = ft.use_state(())  # issuer ids trusted from this screen

    if report is None:
        return page_body(heading(sc.tr("recruiter.tab_report")), notice(sc.tr("recruiter.no_report"), "info"))

    async def save(kind: str) -> None:
        name = vm.report_file_name(report, kind)
        try:
            if kind == "pdf":
                data = await sc.rt.file_bytes(lambda p: app.export_report_pdf(report, p, sc.lang, about), name)
            else:
                data = json.dumps(report.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")
            await ft.FilePicker().save_file(file_name=name, src_bytes=data)
        except Exception as err:  # noqa: BLE001 - any failure is shown as one sentence, the screen goes on
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
        except Exception as err:  # noqa: BLE001 - any failure is shown as one sentence, the screen goes on
            sc.toast(sc.error_text(err))
            return
        set_trusted_now((*trusted_now, card.issuer_id))
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
        verdict_banner(sc.tr(v.key, code=vm.unbreakable(v.code), domain=v.domain), v.lines, v.level, sc.lang),
        ft.Row(holder_row, vertical_alignment=ft.CrossAxisAlignment.CENTER, wrap=True),
        ft.Text(sc.tr("recruiter.verified_at", when=vm.format_moment(report.verified_at, sc.lang)),
                size=13, italic=True),
        section(sc.tr("recruiter.credentials_title", count=len(cards)),
                *[_credential(sc, card, card.issuer_id in trusted_now, trust, about[i] if i < len(about) else None)
                  for i, card in enumerate(cards)]),
        ft.Row([
            ft.FilledButton(sc.tr("recruiter.another"), icon=ft.Icons.QR_CODE_SCANNER, on_click=on_another),
            ft.OutlinedButton(sc.tr("recruiter.export_pdf"), icon=ft.Icons.PICTURE_AS_PDF, on_click=save_pdf),
            ft.OutlinedButton(sc.tr("recruiter.export_json"), icon=ft.Icons.DATA_OBJECT, on_click=save_json),
        ], wrap=True, spacing=8, run_spacing=8),
    )


def _what_it_says(sc: Screen, told: Any, title: str) -> list[ft.Control]:
    """For a hiring manager, before any technical check: picture, recipient, what it certifies, issuer,
    dates, credits, and what the EU micro-credential elements say it means."""
    d = told.display
    lines: list[ft.Control] = [
        ft.Text(sc.tr("recruiter.awarded_to", name=d.subject_name) if d.subject_name else
                sc.tr("recruiter.awarded_to_unknown"), size=15, weight=ft.FontWeight.W_600)]
    if d.description:
        lines.append(ft.Text(d.description, size=14))
    for key, value, param in (("recruiter.type", d.achievement_type, "type"),
                              ("recruiter.criteria", d.criteria, "criteria"),
                              ("recruiter.field", told.field_of_study, "field"),
                              ("recruiter.credits", told.credits, "credits")):
        if value:
            lines.append(ft.Text(sc.tr(key, **{param: value}), size=13))
    if told.eu is not None:  # what it means: learning outcomes, workload, level, assessment; the EU checklist
        lines.extend(ft.Text(line, size=13) for line in meaning_lines(told.eu, sc.lang))
    issued, until = format_date(d.issued, sc.lang), format_date(d.valid_until, sc.lang)
    if issued:
        lines.append(ft.Text(sc.tr("recruiter.dates_until", issued=issued, until=until) if until else
                             sc.tr("recruiter.dates", issued=issued), size=13))
    if told.issuer_url:
        lines.append(ft.Text(sc.tr("recruiter.issuer_site", url=told.issuer_url), size=13, tooltip=told.issuer_url))
    picture = badge_image(told.picture, told.display.credential_id or title, title, size=72)
    if sc.state.narrow:
        return [picture, *lines]
    return [ft.Row([picture, ft.Column(lines, spacing=4, expand=True, tight=True)],
                   vertical_alignment=ft.CrossAxisAlignment.START, spacing=16)]


def _credential(sc: Screen, card: vm.CredentialCard, just_trusted: bool,
                trust: Callable[[vm.CredentialCard], Any], told: Any = None) -> ft.Control:
    """One credential: what it says, who issued it, what ties it to the presenter (its key binding, whom it was
    issued to), then the technical checks not already shown."""
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
    title = card.title or sc.tr("card.no_name")
    return ft.Card(ft.Container(ft.Column([
        ft.Column([ft.Text(title, size=17, weight=ft.FontWeight.W_600),
                   status_chip(card.status, sc.lang, large=True)], spacing=6) if sc.state.narrow else
        ft.Row([ft.Text(title, size=17, weight=ft.FontWeight.W_600, expand=True),
                status_chip(card.status, sc.lang, large=True)], vertical_alignment=ft.CrossAxisAlignment.START),
        *(_what_it_says(sc, told, title) if told is not None else []),
        ft.Text(sc.tr("recruiter.issuer", name=name), size=14),
        *trust_line,
        *([check_rows(card.binding, sc.lang)] if card.binding else []),
        ft.Divider(height=1),
        ft.Text(sc.tr("recruiter.checks_title"), size=13, weight=ft.FontWeight.W_600),
        check_rows(card.checks, sc.lang),
        *lists,
    ], spacing=8), padding=16), margin=ft.Margin.symmetric(vertical=4, horizontal=0),
        semantic_container=False)  # each check is its own node for screen readers
