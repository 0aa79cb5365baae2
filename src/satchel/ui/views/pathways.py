"""Pathways: the larger credentials the wallet's records name, with progress by credits (or by parts)
and each part held (tap → its detail page) or missing."""

from __future__ import annotations

import flet as ft

from satchel.i18n import t
from satchel.ui.viewmodels.europe import PartRow, PathwayCard, pathway_card
from satchel.ui.views.common import Screen, use_screen
from satchel.ui.widgets.layout import busy, heading, notice, page_body

HELD = (ft.Icons.CHECK_CIRCLE, "#2E7D32")
MISSING = (ft.Icons.RADIO_BUTTON_UNCHECKED, "#546E7A")


@ft.component
def PathwaysView():
    sc = use_screen()
    found, set_found = ft.use_state(None)

    async def load():
        try:
            pathways = await sc.rt.call(sc.rt.app.pathways)
        except Exception as err:  # noqa: BLE001 - e.g. locked meanwhile; the guard takes over
            sc.toast(sc.error_text(err))
            return
        set_found(tuple(pathway_card(p, sc.lang) for p in pathways))

    ft.use_effect(load, [sc.state.revision, sc.lang])

    back = ft.TextButton(sc.tr("nav.back"), icon=ft.Icons.ARROW_BACK, on_click=lambda _e: sc.go("/"))
    top = [back, heading(sc.tr("pathways.title")), ft.Text(sc.tr("pathways.hint"))]
    if found is None:
        return page_body(*top, busy(sc.tr("list.loading")))
    if not found:
        return page_body(*top, notice(t("pathway.none", sc.lang)))
    return page_body(*top, *[_card(sc, c) for c in found])


def _card(sc: Screen, card: PathwayCard) -> ft.Control:
    rows: list[ft.Control] = [
        ft.Text(card.name, size=18, weight=ft.FontWeight.W_600),
        ft.Text(sc.tr(f"pathways.source.{card.source}"), size=13, italic=True),
        ft.Text(card.progress, size=15, weight=ft.FontWeight.W_500),
        ft.ProgressBar(value=card.fraction, semantics_label=card.progress, bar_height=8, border_radius=4),
        *[_part(sc, p) for p in card.held],
        *[_part(sc, p) for p in card.missing],
    ]
    # A plain container, not a Card: a Card merges its texts into one node for screen readers.
    return ft.Container(ft.Column(rows, spacing=8), padding=16, border_radius=12,
                        bgcolor=ft.Colors.SURFACE_CONTAINER_LOW)


def _part(sc: Screen, part: PartRow) -> ft.Control:
    icon, colour = HELD if part.held else MISSING
    state = t("pathway.held", sc.lang) if part.held else t("pathway.missing", sc.lang)
    words = f"{part.name} · {part.credits}" if part.credits else part.name
    line = ft.Row([ft.Icon(icon, color=colour, size=20),  # the word next to it says it
                   ft.Text(words, expand=True, weight=ft.FontWeight.W_500 if part.held else None),
                   ft.Text(state, size=13, color=colour)],
                  spacing=8, vertical_alignment=ft.CrossAxisAlignment.CENTER)
    if not part.held:
        return ft.Container(line, padding=ft.Padding.symmetric(vertical=6, horizontal=4))
    return ft.Container(line, padding=ft.Padding.symmetric(vertical=6, horizontal=4), border_radius=8,
                        ink=True, tooltip=sc.tr("pathways.part_open", name=part.name),
                        on_click=lambda _e, rid=part.held_by: sc.go(f"/credential/{rid}"))
