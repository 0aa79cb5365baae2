"""Recruiter mode, Verify tab: the organisation's domain (``jobs.example.org``), kept in the preferences.

When set, it goes into the challenge code (services.challenge_code) and every verification expects the
presentation to be bound to it; a value that is not a host name is refused with its reason and nothing changes.
Once set it takes one line (the domain and *Change*), so the challenge stays near the top on a phone."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from satchel.ui.views.common import use_screen, use_text
from satchel.ui.widgets.layout import section


@ft.component
def DomainSetting(domain: str | None, on_saved: Callable[[str | None], None]):
    sc = use_screen()
    typed = use_text(domain or "")
    editing, set_editing = ft.use_state(domain is None)
    problem, set_problem = ft.use_state(None)  # the refused value's error, worded when shown

    async def save(_e=None):
        try:
            kept = await sc.rt.call(sc.rt.app.set_recruiter_domain, typed.text)
        except Exception as err:  # noqa: BLE001 - not a host name: said under the field, nothing changed
            set_problem(err)
            return
        set_problem(None)
        typed.replace(kept or "")
        set_editing(kept is None)
        on_saved(kept)
        sc.toast(sc.tr("recruiter.domain_saved", domain=kept) if kept else sc.tr("recruiter.domain_cleared"))

    if domain and not editing:
        return section(sc.tr("recruiter.domain_title"), ft.Row([
            ft.Text(sc.tr("recruiter.domain_current", domain=domain), size=14, expand=True),
            ft.TextButton(sc.tr("recruiter.domain_change"), icon=ft.Icons.EDIT_OUTLINED,
                          on_click=lambda _e: set_editing(True)),
        ], vertical_alignment=ft.CrossAxisAlignment.CENTER))
    narrow = sc.state.narrow
    field = ft.TextField(label=sc.tr("recruiter.domain_label"), key=typed.key, value=typed.text,
                         on_change=typed.on_change, on_submit=save, dense=True, expand=not narrow,
                         error=sc.error_text(problem) if problem is not None else None,
                         error_max_lines=3)  # the whole reason, wrapped
    button = ft.OutlinedButton(sc.tr("recruiter.domain_save"), icon=ft.Icons.SAVE_OUTLINED, on_click=save)
    return section(sc.tr("recruiter.domain_title"),
                   ft.Column([field, button], spacing=8) if narrow else
                   ft.Row([field, button], vertical_alignment=ft.CrossAxisAlignment.START),
                   ft.Text(sc.tr("recruiter.domain_hint"), size=13))
