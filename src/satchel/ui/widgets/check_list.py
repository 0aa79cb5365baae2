"""Verification checks on screen: an icon (with a spoken word) and the plain sentence, one per check."""

from __future__ import annotations

import flet as ft

from satchel.ui.strings import tr
from satchel.ui.theme import CHECK_ICON
from satchel.ui.viewmodels.detail import CheckLine


def check_rows(lines: tuple[CheckLine, ...], lang: str) -> list[ft.Control]:
    rows: list[ft.Control] = []
    for line in lines:
        icon, colour = CHECK_ICON.get(line.status, CHECK_ICON["unknown"])
        rows.append(ft.Row([
            ft.Icon(icon, color=colour, semantics_label=tr(f"check_status.{line.status}", lang)),
            ft.Column([ft.Text(line.title, weight=ft.FontWeight.W_600), ft.Text(line.sentence)],
                      spacing=0, expand=True),
        ], vertical_alignment=ft.CrossAxisAlignment.START))
    return rows
