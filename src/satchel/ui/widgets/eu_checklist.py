"""The EU micro-credential checklist on the detail page: "N of 11 mandatory elements", then each element
with a mark (stated / not stated, said in words too), its value and where it was read; optional elements apart."""

from __future__ import annotations

import flet as ft

from satchel.i18n import t
from satchel.ui.strings import tr
from satchel.ui.viewmodels.europe import ChecklistView, ElementRow

PRESENT = (ft.Icons.CHECK_CIRCLE, "#2E7D32")
ABSENT = (ft.Icons.REMOVE_CIRCLE_OUTLINE, "#B26A00")


def eu_section(view: ChecklistView, lang: str, narrow: bool) -> ft.Control:
    icon, colour = PRESENT if view.complete else ABSENT
    rows: list[ft.Control] = [
        ft.Row([ft.Icon(icon, color=colour),
                ft.Text(view.summary, weight=ft.FontWeight.W_600, size=16)], spacing=8),
        ft.Text(tr("eu.hint", lang), size=13, italic=True),
        *[_element(r, lang, narrow) for r in view.mandatory],
    ]
    if view.optional:
        rows.append(ft.Text(t("eu.optional", lang), weight=ft.FontWeight.W_600, size=15))
        rows.extend(_element(r, lang, narrow) for r in view.optional)
    return ft.Container(
        ft.Column([ft.Text(t("eu.title", lang), size=17, weight=ft.FontWeight.W_600), *rows],
                  spacing=10 if narrow else 6),
        padding=12, border_radius=12, bgcolor=ft.Colors.SURFACE_CONTAINER_LOW)


def _element(row: ElementRow, lang: str, narrow: bool) -> ft.Control:
    icon, colour = PRESENT if row.present else ABSENT
    said = tr("eu.present", lang) if row.present else tr("eu.absent", lang)
    mark = ft.Icon(icon, color=colour, size=18, semantics_label=said,
                   tooltip=t("eu.source", lang, path=row.source) if row.source else None)
    label = ft.Text(row.label, weight=ft.FontWeight.W_600, width=None if narrow else 190)
    value = ft.Text(row.value if row.present else said, italic=not row.present,
                    color=None if row.present else colour)
    if narrow:  # stacked like the other detail rows on phones
        return ft.Row([mark, ft.Column([label, value], spacing=2, expand=True)],
                      vertical_alignment=ft.CrossAxisAlignment.START, spacing=8)
    return ft.Row([mark, label, ft.Container(value, expand=True)],
                  vertical_alignment=ft.CrossAxisAlignment.START, spacing=8)
