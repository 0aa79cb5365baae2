"""The guarded layout around every screen of an unlocked wallet: navigation (a rail on wide windows, a
bottom bar on phones), lock, auto-lock."""

from __future__ import annotations

import asyncio

import flet as ft

from satchel.ui.state import AppState
from satchel.ui.viewmodels.notes import Note
from satchel.ui.views.common import use_screen
from satchel.ui.widgets.icon_button import icon_button
from satchel.ui.widgets.layout import rail_and_divider, screen_frame

NAV = (("/", "nav.credentials", ft.Icons.BADGE_OUTLINED, ft.Icons.BADGE),
       ("/add", "nav.add", ft.Icons.ADD_CIRCLE_OUTLINE, ft.Icons.ADD_CIRCLE),
       ("/share", "nav.share", ft.Icons.QR_CODE_2_OUTLINED, ft.Icons.QR_CODE_2),
       ("/recruiter", "recruiter.nav", ft.Icons.PERSON_SEARCH_OUTLINED, ft.Icons.PERSON_SEARCH),
       ("/settings", "nav.settings", ft.Icons.SETTINGS_OUTLINED, ft.Icons.SETTINGS))
IDLE_POLL_SECONDS = 10


def _minutes_text(minutes: object) -> str:
    try:
        value = float(minutes)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "?"
    return str(int(value)) if value >= 1 and value == int(value) else f"{value:g}"


def _selected_index() -> int:
    for i, (route, *_rest) in reversed(list(enumerate(NAV))):
        if route != "/" and ft.is_route_active(route):
            return i
    return 0


def use_links_in_routes(s: AppState) -> None:
    """A link the platform opens with the running app arrives as a route (Flet drops its scheme and host:
    `/?credential_offer_uri=…`). It goes to the online screen — after unlocking, when the wallet is locked —
    which reads it and asks before anything is received or sent. Once: when the browser's Back or Forward
    lands on that route again, it stays where it is and shows the home screen (Flet cannot replace a history
    entry, and moving on from it would make Back bounce). Any other route is left as it is."""
    page = ft.context.page
    route = page.route or ""

    def take() -> None:
        link = s.new_link_in(route)
        if link is not None:
            s.opened_link = link
            page.navigate("/online" if s.unlocked else "/unlock")

    ft.use_effect(take, [route])


@ft.component
def Shell():
    sc = use_screen()
    s = sc.state
    outlet = ft.use_route_outlet()

    def watch_idle():
        page = ft.context.page

        async def loop():
            while True:
                await asyncio.sleep(IDLE_POLL_SECONDS)
                if not s.unlocked:
                    continue
                if await sc.rt.call(sc.rt.app.lock_if_idle):
                    minutes = sc.rt.app.get_setting("auto_lock_minutes")
                    s.locked(Note.said("info", "unlock.locked_idle", minutes=_minutes_text(minutes)))
                    page.navigate("/unlock")
                elif not sc.rt.app.is_unlocked:  # locked from another window, or the passphrase changed
                    reason = sc.rt.app.lock_reason
                    s.locked(Note.failure(reason) if reason else None)
                    page.navigate("/unlock")
        task = page.run_task(loop)
        return task.cancel

    def watch_session():
        page = ft.context.page

        def lost(err: BaseException) -> None:  # a call found the passphrase changed elsewhere
            s.locked(Note.failure(err))
            page.navigate("/unlock")
        return sc.rt.on_session_lost(lost)

    def guard():
        if not s.unlocked:
            sc.go("/unlock")

    ft.use_effect(watch_idle, [])
    ft.use_effect(watch_session, [])
    ft.use_effect(guard, [s.unlocked])
    use_links_in_routes(s)
    if not s.unlocked:
        return ft.View(route="/", controls=[ft.ProgressRing()])

    async def lock(_e=None):
        await sc.rt.call(sc.rt.app.lock)
        s.locked()
        sc.go("/unlock")

    narrow = s.narrow  # one tree shape at every width (screen_frame): a resize keeps the screen mounted
    if narrow:  # phone: the screen takes the whole width, navigation sits at the bottom
        return ft.View(
            route="/", can_pop=False, padding=0,
            appbar=ft.AppBar(
                leading=ft.Icon(ft.Icons.WALLET, color=ft.Colors.PRIMARY, semantics_label=sc.tr("app.title")),
                title=ft.Text(sc.tr("app.title")),
                actions=[icon_button(ft.Icons.LOCK_OUTLINE, sc.tr("nav.lock"), lock)]),
            navigation_bar=ft.NavigationBar(
                selected_index=_selected_index(),
                destinations=[ft.NavigationBarDestination(icon=icon, selected_icon=sel, label=sc.tr(key))
                              for _route, key, icon, sel in NAV],
                on_change=lambda e: sc.go(NAV[e.control.selected_index][0])),
            controls=[screen_frame(outlet, narrow)],
        )
    rail = ft.NavigationRail(
        selected_index=_selected_index(),
        label_type=ft.NavigationRailLabelType.ALL,
        min_width=92,
        leading=ft.Container(ft.Icon(ft.Icons.WALLET, color=ft.Colors.PRIMARY, size=32,
                                     semantics_label=sc.tr("app.title")), padding=ft.Padding.only(top=12)),
        destinations=[ft.NavigationRailDestination(icon=icon, selected_icon=sel, label=sc.tr(key))
                      for _route, key, icon, sel in NAV],
        trailing=ft.Container(
            icon_button(ft.Icons.LOCK_OUTLINE, sc.tr("nav.lock"), lock),
            padding=ft.Padding.only(top=24)),
        on_change=lambda e: sc.go(NAV[e.control.selected_index][0]),
    )
    return ft.View(route="/", can_pop=False, padding=0,
                   controls=[screen_frame(outlet, narrow, rail_and_divider(rail))])
