"""Pieces of a recruiter's verification report: the verdict banner and a list of worded checks."""

from __future__ import annotations

from collections.abc import Sequence

import flet as ft

from satchel.i18n import t
from satchel.ui.theme import CHECK_ICON
from satchel.ui.viewmodels.detail import CheckLine

# (background, foreground, icon): dark backgrounds with white text keep AA contrast in both themes,
# and the icon and the words carry the meaning for people who do not see the colour.
BANNER_STYLE: dict[str, tuple[str, str, ft.IconData]] = {
    "ok": ("#1B5E20", "#FFFFFF", ft.Icons.GPP_GOOD),
    "warning": ("#8A4B00", "#FFFFFF", ft.Icons.GPP_MAYBE),
    "failed": ("#B71C1C", "#FFFFFF", ft.Icons.GPP_BAD),
}


def verdict_banner(title: str, lines: Sequence[str], level: str, lang: str) -> ft.Control:
    """The big coloured verdict: one plain sentence, then the holder/challenge/credentials sentences."""
    bg, fg, icon = BANNER_STYLE.get(level, BANNER_STYLE["failed"])
    return ft.Container(
        content=ft.Row([
            ft.Icon(icon, color=fg, size=48, semantics_label=t(f"status.{level}", lang)),
            ft.Column([ft.Text(title, color=fg, size=20, weight=ft.FontWeight.BOLD),
                       *[ft.Text(line, color=fg, size=14) for line in lines]],
                      spacing=6, expand=True, tight=True),
        ], vertical_alignment=ft.CrossAxisAlignment.START, spacing=16),
        bgcolor=bg, border_radius=12, padding=20,
    )


def check_rows(lines: Sequence[CheckLine], lang: str) -> ft.Control:
    """One row per check: a coloured icon (named for screen readers), the check's name and its sentence."""
    rows: list[ft.Control] = []
    for line in lines:
        icon, colour = CHECK_ICON.get(line.status, CHECK_ICON["unknown"])
        rows.append(ft.Row([
            ft.Icon(icon, color=colour, size=20, semantics_label=t(f"status.{line.status}", lang)),
            ft.Column([ft.Text(line.title, weight=ft.FontWeight.W_600, size=13),
                       ft.Text(line.sentence, size=13)], spacing=0, expand=True, tight=True),
        ], vertical_alignment=ft.CrossAxisAlignment.START))
    return ft.Column(rows, spacing=8)
