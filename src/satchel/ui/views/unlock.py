"""First run (create the wallet) and unlock: the gate in front of everything else."""

from __future__ import annotations

import flet as ft

from satchel.errors import WrongPassphrase
from satchel.ui.viewmodels.notes import Note
from satchel.ui.viewmodels.passphrase import new_passphrase_problem, strength
from satchel.ui.views.common import use_screen, use_text
from satchel.ui.views.online import landing_route
from satchel.ui.widgets.choice import LANGUAGE_OPTIONS, radio_choice
from satchel.ui.widgets.layout import busy, heading, notice

FIELD_WIDTH = 432
_STRENGTH_COLOURS = ("#C62828", "#C62828", "#B26A00", "#2E7D32", "#1B5E20")


@ft.component
def UnlockView():
    sc = use_screen()
    s = sc.state
    first_in = use_text()
    second_in = use_text()
    working, set_working = ft.use_state(False)
    problem, set_problem = ft.use_state(None)  # a Note: the language can be switched on this screen

    creating = not s.has_wallet

    async def submit(_e=None):
        first, second = first_in.text, second_in.text
        if working:
            return
        if creating:
            key = new_passphrase_problem(first, second)
            if key:
                set_problem(Note.said("error", key))
                return
        set_problem(None)
        set_working(True)
        try:
            if creating:
                await sc.rt.call(sc.rt.app.create_wallet, first)
                s.has_wallet = True
            else:
                await sc.rt.call(sc.rt.app.unlock, first)
        except WrongPassphrase:
            first_in.clear()  # a fresh, empty field to type it again
            set_problem(Note.said("error", "unlock.wrong"))
            return
        except Exception as err:  # noqa: BLE001 - shown as one plain sentence
            set_problem(Note.failure(err))
            return
        finally:
            set_working(False)
        s.lock_note = None
        s.unlocked = True
        s.changed()
        sc.go(landing_route(s))

    level = strength(first_in.value)
    if s.unlocked and not creating and sc.rt.app.is_unlocked:
        # reached again through the browser's history (web mode): no passphrase form for an open wallet
        return _gate(sc, sc.tr("unlock.already_open"), [
            ft.FilledButton(sc.tr("unlock.go_on"), icon=ft.Icons.ARROW_FORWARD, on_click=lambda _e: sc.go("/"))])
    fields: list[ft.Control] = [
        ft.TextField(label=sc.tr("create.passphrase" if creating else "unlock.passphrase"), key=first_in.key,
                     value=first_in.text, password=True, can_reveal_password=True, autofocus=True,
                     on_change=first_in.on_change, on_submit=submit,
                     disabled=working, width=FIELD_WIDTH),
    ]
    if creating:
        fields += [
            ft.ProgressBar(value=level.level / 4, color=_STRENGTH_COLOURS[level.level],
                           semantics_label=sc.tr(level.key)),
            ft.Text(sc.tr(level.key), size=13),
            ft.TextField(label=sc.tr("create.repeat"), key=second_in.key, value=second_in.text, password=True,
                         can_reveal_password=True, on_change=second_in.on_change, on_submit=submit,
                         disabled=working, width=FIELD_WIDTH),
            notice(sc.tr("create.warning"), "warning"),
        ]
    if s.lock_note and not creating:
        fields.insert(0, notice(sc.note(s.lock_note), "info"))  # in the language chosen below, too
    if problem:
        fields.append(notice(sc.note(problem), "error"))
    fields.append(busy(sc.tr("create.creating" if creating else "unlock.opening")) if working else
                  ft.FilledButton(sc.tr("create.submit" if creating else "unlock.submit"),
                                  icon=ft.Icons.LOCK_OPEN, on_click=submit))

    intro = [ft.Text(sc.tr("create.intro"))] if creating else []
    return _gate(sc, sc.tr("create.title" if creating else "unlock.title"), [*intro, *fields])


def _gate(sc, title: str, fields: list[ft.Control]) -> ft.View:
    """The gate's page: the app's name, ``title``, ``fields``, then the language and recruiter mode."""
    s = sc.state

    def set_lang(value: str) -> None:
        s.lang = value
        sc.rt.app.set_setting("language", value)

    return ft.View(
        route="/unlock", can_pop=False, horizontal_alignment=ft.CrossAxisAlignment.CENTER,
        controls=[ft.Column([
            ft.Container(content=ft.Column([
                ft.Row([ft.Icon(ft.Icons.WALLET, size=40, color=ft.Colors.PRIMARY), heading(sc.tr("app.title"), 30)]),
                ft.Text(sc.tr("app.tagline"), size=15),
                heading(title, 22),
                *fields,
                radio_choice(sc.tr("unlock.language"), LANGUAGE_OPTIONS, s.lang, set_lang),
                ft.OutlinedButton(sc.tr("recruiter.entry"), icon=ft.Icons.PERSON_SEARCH,
                                  tooltip=sc.tr("recruiter.entry_hint"), on_click=lambda _e: sc.go("/recruiter")),
            ], spacing=14), width=480, padding=24),
        ], scroll=ft.ScrollMode.AUTO, expand=True, horizontal_alignment=ft.CrossAxisAlignment.CENTER)],
    )
