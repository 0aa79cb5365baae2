"""A coloured chip with an icon and a word: the one-glance verdict of a credential."""

from __future__ import annotations

import flet as ft

from satchel.ui.strings import tr
from satchel.ui.theme import STATUS_STYLE


def status_chip(status: str, lang: str, *, large: bool = False) -> ft.Control:
    bg, fg, icon = STATUS_STYLE.get(status, STATUS_STYLE["unverified"])
    word = tr(f"chip.{status}", lang)
    size = 15 if large else 12
    return ft.Container(
        content=ft.Row([ft.Icon(icon, color=fg, size=size + 3),
                        ft.Text(word, color=fg, size=size, weight=ft.FontWeight.W_600)],
                       spacing=4, tight=True),
        bgcolor=bg, border_radius=12,
        padding=ft.Padding.symmetric(horizontal=10 if large else 8, vertical=4 if large else 2),
    )
