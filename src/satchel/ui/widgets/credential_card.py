"""One credential in a list: picture, name, issuer, issue date and status; opens or toggles on click."""

from __future__ import annotations

from collections.abc import Callable

import flet as ft

from satchel.i18n import t
from satchel.ui.strings import tr
from satchel.ui.viewmodels.formatting import format_date
from satchel.ui.viewmodels.listing import Card
from satchel.ui.widgets.badge_image import badge_image
from satchel.ui.widgets.status_chip import status_chip


def credential_card(card: Card, lang: str, on_open: Callable[[], None], *,
                    selected: bool | None = None, on_toggle: Callable[[], None] | None = None) -> ft.Control:
    """``selected`` not None turns the card into a choice (checkbox) for sharing."""
    on_server = card.details_host is not None  # an OB 2.0 badge known only by its URL
    if card.name:
        name = card.name
    elif on_server:
        name = t("display.details_on_server", lang, host=card.details_host)
    else:
        name = tr("card.no_name", lang)
    issuer = card.issuer or (t("display.issuer_on_server", lang) if on_server else tr("card.no_issuer", lang))
    issued = format_date(card.issued, lang)
    subtitle = ft.Column([
        ft.Text(issuer, size=13, max_lines=1, overflow=ft.TextOverflow.ELLIPSIS),
        ft.Row([status_chip(card.status, lang)] + (
            [ft.Text(tr("card.issued", lang, date=issued), size=12)] if issued else []),
            spacing=10, wrap=True),
    ], spacing=4, tight=True)
    leading = badge_image(card.image, card.seed, name, size=52)
    if selected is not None:
        leading = ft.Row([
            ft.Checkbox(value=selected, on_change=lambda _e: on_toggle and on_toggle(),
                        semantics_label=tr("card.select", lang, name=name)),
            leading], spacing=6, tight=True)
    return ft.Card(
        content=ft.ListTile(
            leading=leading,
            title=ft.Text(name, weight=ft.FontWeight.W_600, max_lines=2, overflow=ft.TextOverflow.ELLIPSIS),
            subtitle=subtitle,
            on_click=(lambda _e: on_toggle()) if (selected is not None and on_toggle) else (lambda _e: on_open()),
            tooltip=tr("card.open", lang, name=name) if selected is None else tr("card.select", lang, name=name),
            content_padding=ft.Padding.symmetric(horizontal=12, vertical=6),
        ),
        margin=ft.Margin.symmetric(vertical=3, horizontal=0),
    )
