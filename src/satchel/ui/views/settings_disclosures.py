"""Settings section: the fields remembered per verifier (QR shares for a recruiter's domain, answers to proven
verifiers), and a button to forget them all, after a confirmation."""

from __future__ import annotations

import flet as ft

from satchel.i18n.dates import human_moment
from satchel.model.disclosure import key_label
from satchel.ui.viewmodels.notes import Note
from satchel.ui.views.common import use_screen
from satchel.ui.widgets.layout import notice, section

SHOWN = 20  # entries listed; the rest are counted


@ft.component
def RememberedSection():
    sc = use_screen()
    app = sc.rt.app
    entries, set_entries = ft.use_state(())
    version, set_version = ft.use_state(0)
    outcome, set_outcome = ft.use_state(None)  # a Note, put into words when drawn

    async def load():
        try:
            set_entries(tuple(await sc.rt.call(app.remembered_choices)))
        except Exception as err:  # noqa: BLE001 - a wallet locked meanwhile: said in one sentence
            set_outcome(Note.failure(err))

    ft.use_effect(load, [version, sc.state.revision])

    async def forget(_e=None):
        page = ft.context.page
        page.pop_dialog()
        try:
            count = await sc.rt.call(app.forget_choices)
        except Exception as err:  # noqa: BLE001 - any failure is shown as one sentence, the screen goes on
            set_outcome(Note.failure(err))
            return
        set_outcome(Note.said("success", "settings.remembered_forgotten", count=count))
        set_version(version + 1)

    def ask(_e=None):
        page = ft.context.page
        page.show_dialog(ft.AlertDialog(
            modal=True, title=ft.Text(sc.tr("settings.remembered_forget")),
            content=ft.Text(sc.tr("settings.remembered_confirm")),
            actions=[ft.TextButton(sc.tr("common.cancel"), on_click=lambda _e: page.pop_dialog()),
                     ft.FilledButton(sc.tr("settings.remembered_forget"), on_click=forget)]))

    rows: list[ft.Control] = [ft.Text(sc.tr("settings.remembered_hint"), size=13)]
    for choice in entries[:SHOWN]:
        fields = ", ".join(key_label(k) for k in choice.revealed) or "—"
        rows.append(ft.Text(sc.tr("settings.remembered_entry", who=choice.label,
                                  name=choice.credential_name or choice.credential_id or "?", fields=fields,
                                  when=human_moment(choice.chosen_at, sc.lang)), size=13))
    if len(entries) > SHOWN:
        rows.append(ft.Text(f"… +{len(entries) - SHOWN}", size=13))
    if not entries:
        rows.append(ft.Text(sc.tr("settings.remembered_none"), italic=True))
    rows.append(ft.OutlinedButton(sc.tr("settings.remembered_forget"), icon=ft.Icons.DELETE_SWEEP, on_click=ask,
                                  disabled=not entries))
    if outcome:
        rows.append(notice(sc.note(outcome), outcome.kind))
    return section(sc.tr("settings.remembered"), *rows)
