"""Recruiter mode: verify a candidate's presentation without a wallet or a passphrase.

One route (``/recruiter``) with three tabs — Verify (challenge, camera, image, file), Report, History —
whose shared state (the challenge given and the report on screen) lives here.
"""

from __future__ import annotations

from dataclasses import replace

import flet as ft

from satchel.services.presented import presented
from satchel.ui import strings_recruiter  # noqa: F401 - registers the ui.recruiter.* sentences
from satchel.ui.strings import tr
from satchel.ui.views.common import LangContext, use_screen
from satchel.ui.views.recruiter_history import HistoryPanel
from satchel.ui.views.recruiter_report import ReportPanel
from satchel.ui.views.recruiter_verify import VerifyPanel
from satchel.ui.widgets.icon_button import icon_button
from satchel.ui.widgets.layout import rail_and_divider, screen_frame

ROUTE = "/recruiter"
TABS = (("verify", "recruiter.tab_verify", ft.Icons.QR_CODE_SCANNER, ft.Icons.QR_CODE_SCANNER),
        ("report", "recruiter.tab_report", ft.Icons.ASSIGNMENT_OUTLINED, ft.Icons.ASSIGNMENT),
        ("history", "recruiter.tab_history", ft.Icons.HISTORY, ft.Icons.HISTORY))


@ft.component
def RecruiterView():
    outer = use_screen()
    s = outer.state
    sc = replace(outer, own_lang=s.recruiter_lang or outer.lang,
                 tr=lambda key, **params: tr(key, s.recruiter_lang or outer.lang, **params))
    tab, set_tab = ft.use_state("verify")
    challenge, set_challenge = ft.use_state(None)  # (code, QR png) once generated
    domain, set_domain = ft.use_state(lambda: outer.rt.app.recruiter_domain())  # the organisation's, or None
    report, set_report = ft.use_state(None)
    about, set_about = ft.use_state(())  # what each credential of the report says (services.presented)

    async def new_challenge(_e=None):
        app = sc.rt.app
        code = await sc.rt.call(app.new_challenge)
        set_challenge((code, await sc.rt.call(app.challenge_qr, code, domain)))

    def domain_saved(new_domain: str | None) -> None:
        """A new domain is checked from the next verification on; the challenge shown keeps its code, its QR
        now carries the new domain."""
        set_domain(new_domain)
        if challenge is None:
            return
        code = challenge[0]

        async def redraw():
            png = await sc.rt.call(sc.rt.app.challenge_qr, code, new_domain)
            # a "New challenge" pressed meanwhile wins: never put the old code back
            set_challenge(lambda shown: (code, png) if shown is not None and shown[0] == code else shown)
        ft.context.page.run_task(redraw)

    def show_report(new_report, told=()) -> None:
        set_report(new_report)
        set_about(tuple(told))
        set_tab("report")

    def show_result(result) -> None:
        """A fresh verification: its report, and what its credentials say (read from the presentation)."""
        async def read():
            try:
                told = await sc.rt.call(presented, result.document)
            except Exception:  # noqa: BLE001 - the technical report stands on its own
                told = ()
            show_report(result.report, told)
        ft.context.page.run_task(read)

    def another(_e=None):
        set_report(None)  # the challenge stays: the next scan is checked against it (a new one is a click away)
        set_tab("verify")

    def switch_language(_e=None):
        s.recruiter_lang = "en" if sc.lang == "fr" else "fr"  # recruiter mode only; the wallet keeps its own

    def build() -> ft.View:
        """Made inside the recruiter language's context, so every panel reads it."""
        code = challenge[0] if challenge else None
        if tab == "report":
            content = ReportPanel(report, another, about)
        elif tab == "history":
            content = HistoryPanel(show_report)
        else:
            content = VerifyPanel(code, challenge[1] if challenge else None, new_challenge,
                                  show_result, domain, domain_saved)

        if s.narrow:
            view = ft.View(
                route=ROUTE, can_pop=False, padding=0,
                appbar=ft.AppBar(
                    leading=ft.Icon(ft.Icons.FACT_CHECK, color=ft.Colors.PRIMARY,
                                    semantics_label=sc.tr("recruiter.title")),
                    title=ft.Text(sc.tr("recruiter.nav")),
                    actions=[ft.TextButton(sc.tr("recruiter.switch_language"), icon=ft.Icons.TRANSLATE,
                                           on_click=switch_language,
                                           tooltip=sc.tr("recruiter.switch_language_label")),
                             icon_button(ft.Icons.LOGOUT, sc.tr("recruiter.leave"), lambda _e: sc.go("/"))]),
                navigation_bar=ft.NavigationBar(
                    selected_index=[name for name, *_ in TABS].index(tab),
                    destinations=[ft.NavigationBarDestination(icon=icon, selected_icon=sel, label=sc.tr(key))
                                  for _name, key, icon, sel in TABS],
                    on_change=lambda e: set_tab(TABS[e.control.selected_index][0])),
                controls=[screen_frame(content, True)])  # the same shape as wide: a resize keeps the panel
            return view
        rail = ft.NavigationRail(
            selected_index=[name for name, *_ in TABS].index(tab),
            label_type=ft.NavigationRailLabelType.ALL, min_width=92,
            leading=ft.Container(ft.Icon(ft.Icons.FACT_CHECK, color=ft.Colors.PRIMARY, size=32,
                                         semantics_label=sc.tr("recruiter.title")), padding=ft.Padding.only(top=12)),
            destinations=[ft.NavigationRailDestination(icon=icon, selected_icon=sel, label=sc.tr(key))
                          for _name, key, icon, sel in TABS],
            trailing=ft.Column([
                ft.TextButton(sc.tr("recruiter.switch_language"), icon=ft.Icons.TRANSLATE, on_click=switch_language,
                              tooltip=sc.tr("recruiter.switch_language_label")),
                icon_button(ft.Icons.LOGOUT, sc.tr("recruiter.leave"), lambda _e: sc.go("/")),
            ], horizontal_alignment=ft.CrossAxisAlignment.CENTER, spacing=8),
            on_change=lambda e: set_tab(TABS[e.control.selected_index][0]),
        )
        view = ft.View(
            route=ROUTE, can_pop=False, padding=0,
            controls=[screen_frame(content, False, rail_and_divider(rail))],
        )
        return view

    return LangContext(sc.lang, build)
