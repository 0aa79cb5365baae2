"""Session state shared by every screen (observable: screens re-render when a field changes)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import flet as ft

from satchel.services import receiving
from satchel.ui.viewmodels.listing import Filters
from satchel.ui.viewmodels.responsive import is_narrow


@ft.observable
@dataclass
class AppState:
    lang: str = "en"
    theme: str = "system"  # light | dark | system
    has_wallet: bool = False
    unlocked: bool = False
    lock_note: Any = None  # why the wallet was locked (a Note: auto-lock, passphrase changed), on the unlock screen
    revision: int = 0  # bumped after every change to the wallet, so lists reload
    filters: Filters = Filters()  # the credentials list
    share_filters: Filters = Filters()  # the share screen's own list
    selection: tuple[str, ...] = ()  # credential ids picked for sharing
    bundle: Any = None  # the last satchel.services.ShareBundle made (kept until lock)
    bundle_names: tuple[tuple[str, str], ...] = ()  # (credential id, name) of what the bundle holds
    opened_link: str | None = None  # a link handed over by a second launch, for the online screen
    route_links: tuple[str, ...] = ()  # links that arrived as a route in this window, acted on once (their identity)
    bundle_challenge: str | None = None  # the verifier's challenge the bundle answers
    bundle_domain: str | None = None  # the recruiter's domain the bundle is bound to
    bundle_not_valid: int = 0  # how many credentials in the bundle a verifier will not accept as valid
    recruiter_lang: str | None = None  # recruiter mode's own language (its switch leaves the wallet's alone)
    width: float = 1280.0  # the window's width in logical pixels (kept current by page.on_resize)

    @property
    def narrow(self) -> bool:
        """Phone-sized window: one column, bottom navigation, stacked rows."""
        return is_narrow(self.width)

    def changed(self) -> None:
        self.revision += 1

    def new_link_in(self, route: str) -> str | None:
        """The exchange link a route carries, the first time this window meets it. The browser's history brings
        a link route back (Back, Forward): that link was handled already, so None, and the route shows the
        home screen as `/` does; a different link is new. Locking forgets nothing: history does not either."""
        link = receiving.link_in_route(route)
        seen = receiving.link_identity(link) if link is not None else None
        if seen is None or seen in self.route_links:
            return None
        self.route_links = (*self.route_links, seen)
        return link

    def toggle_selected(self, cred_id: str) -> None:
        ids = self.selection
        self.selection = tuple(i for i in ids if i != cred_id) if cred_id in ids else (*ids, cred_id)
        self.bundle = None  # a QR made for another selection must not stay on screen

    def locked(self, note: Any = None) -> None:
        self.unlocked = False
        self.selection = ()
        self.filters = Filters()
        self.share_filters = Filters()
        self.bundle = None
        self.bundle_names = ()
        self.bundle_challenge = None
        self.bundle_domain = None
        self.bundle_not_valid = 0
        self.lock_note = note


StateContext: ft.ContextProvider[AppState | None] = ft.create_context(None)
