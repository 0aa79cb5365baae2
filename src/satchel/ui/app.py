"""The root component: state and services in context, the route tree, and the page's theme."""

from __future__ import annotations

import flet as ft

from satchel.i18n import system_language
from satchel.services import Satchel
from satchel.ui import inbox, theme
from satchel.ui.runtime import Runtime, RuntimeContext, remove_leftover_private_dirs
from satchel.ui.state import AppState, StateContext
from satchel.ui.strings import tr
from satchel.ui.viewmodels.responsive import needs_relayout
from satchel.ui.views.add import AddView
from satchel.ui.views.credentials import CredentialsView
from satchel.ui.views.detail import DetailView
from satchel.ui.views.online import OnlineView
from satchel.ui.views.pathways import PathwaysView
from satchel.ui.views.recruiter import RecruiterView
from satchel.ui.views.settings import SettingsView
from satchel.ui.views.share import FullScreenQr, ShareView
from satchel.ui.views.shell import Shell
from satchel.ui.views.unlock import UnlockView

ROUTES = [
    ft.Route(path="unlock", component=UnlockView),
    ft.Route(path="qr", component=FullScreenQr),
    ft.Route(path="recruiter", component=RecruiterView),  # no wallet needed
    ft.Route(component=Shell, outlet=True, children=[
        ft.Route(index=True, component=CredentialsView),
        ft.Route(path="credential/:cred_id", component=DetailView),
        ft.Route(path="add", component=AddView),
        ft.Route(path="online", component=OnlineView),
        ft.Route(path="share", component=ShareView),
        ft.Route(path="settings", component=SettingsView),
        ft.Route(path="pathways", component=PathwaysView),
    ]),
]


def initial_state(app: Satchel) -> AppState:
    lang = app.get_setting("language") or system_language()
    return AppState(lang=lang if lang in ("fr", "en") else "en",
                    theme=app.get_setting("theme") or "system",
                    has_wallet=app.wallet_exists(), unlocked=False)  # every new window asks for the passphrase


@ft.component
def App(initial: AppState, rt: Runtime):
    state, _ = ft.use_state(lambda: initial)

    def apply_theme():
        page = ft.context.page
        page.theme_mode = theme.theme_mode(state.theme)
        page.title = tr("app.title", state.lang)
        page.update()

    ft.use_effect(apply_theme, [state.theme, state.lang])
    return RuntimeContext(rt, lambda: StateContext(state, lambda: ft.Router(ROUTES, manage_views=True)))


ESCAPE_CLOSES = {"/qr": "/share"}  # full-screen views Escape leaves, and where it goes


def on_key(page: ft.Page, key: str) -> None:
    target = ESCAPE_CLOSES.get(page.route or "")
    if key == "Escape" and target:
        page.navigate(target)


def make_main(app: Satchel):
    """The ``main(page)`` Flet calls for each session (each browser tab in web mode)."""
    rt = Runtime(app)
    remove_leftover_private_dirs()  # temp copies (a backup, a presentation) left by an app that was killed

    def main(page: ft.Page) -> None:
        page.title = "Satchel"
        page.theme = theme.light_theme()
        page.dark_theme = theme.dark_theme()
        state = initial_state(app)
        state.width = page.width or state.width

        def resized(e: ft.PageResizeEvent) -> None:
            if e.width and needs_relayout(state.width, e.width):
                state.width = e.width  # observable: screens re-render for the new size

        page.on_resize = resized
        page.on_keyboard_event = lambda e: on_key(page, e.key)
        page.theme_mode = theme.theme_mode(state.theme)
        state.opened_link = state.new_link_in(page.route or "")  # opened with a link: online, once unlocked
        if page.route not in ("/", "/unlock"):
            page.route = "/"
        page.render_views(App, state, rt)
        inbox.watch(app.home, page, state)  # a second `satchel app LINK` hands its link to this window

    return main
