"""Headings, labelled sections, inline notices and a busy line shared by the screens, and the frame that holds
a screen whatever the window's width."""

from __future__ import annotations

import flet as ft

WIDTH = 760  # reading width for forms and detail pages


def heading(text: str, size: int = 24) -> ft.Text:
    return ft.Text(text, size=size, weight=ft.FontWeight.BOLD)


def section(title: str, *controls: ft.Control) -> ft.Control:
    return ft.Column([ft.Text(title, size=17, weight=ft.FontWeight.W_600), *controls], spacing=8)


def notice(text: str, kind: str = "info") -> ft.Control:
    """An inline message: info, warning, error or success, with an icon so colour is not the only cue."""
    icon, colour = {
        "info": (ft.Icons.INFO_OUTLINE, ft.Colors.PRIMARY),
        "warning": (ft.Icons.WARNING_AMBER, "#B26A00"),
        "error": (ft.Icons.ERROR_OUTLINE, ft.Colors.ERROR),
        "success": (ft.Icons.CHECK_CIRCLE_OUTLINE, "#2E7D32"),
    }[kind]
    return ft.Container(
        content=ft.Row([ft.Icon(icon, color=colour), ft.Text(text, expand=True)],
                       vertical_alignment=ft.CrossAxisAlignment.START),
        padding=12, border_radius=8, border=ft.Border.all(1, colour),
    )


def busy(text: str, value: float | None = None) -> ft.Control:
    return ft.Column([ft.ProgressBar(value=value, semantics_label=text), ft.Text(text, size=13)], spacing=4)


def page_body(*controls: ft.Control, width: int = WIDTH) -> ft.Control:
    """A scrolling column of limited width, centred: forms stay readable on wide windows."""
    return ft.Column(
        [ft.Container(content=ft.Column(list(controls), spacing=16), width=width,
                      padding=ft.Padding.only(bottom=40))],
        scroll=ft.ScrollMode.AUTO, expand=True, horizontal_alignment=ft.CrossAxisAlignment.CENTER)


SCREEN_KEY = "screen"  # the container of the screen shown: found under this key whatever surrounds it


def screen_frame(content: ft.Control, narrow: bool, navigation: list[ft.Control] | None = None) -> ft.Row:
    """A view's one body control at every width: the screen's keyed container, after the navigation rail and
    its divider on wide windows (``navigation``; on phones the navigation is the view's app bar and bottom bar).

    Flet reconciles controls by type, position and key, so keeping this one shape is what lets a phone rotating
    or a window resized across the width threshold keep the screen mounted, with all it holds (typed text, a
    step, an offer already fetched), instead of building it anew."""
    screen = ft.Container(content=content, expand=True, key=SCREEN_KEY,
                          padding=ft.Padding.only(left=12, right=12, top=8) if narrow else
                          ft.Padding.only(left=20, right=20, top=16))
    side = [] if narrow else list(navigation or [])
    return ft.Row([*side, screen], expand=True, vertical_alignment=ft.CrossAxisAlignment.STRETCH)


def rail_and_divider(rail: ft.NavigationRail) -> list[ft.Control]:
    """The rail of a wide window and the line after it, keyed so they never take the screen's place."""
    rail.key = "rail"
    return [rail, ft.VerticalDivider(width=1, key="rail-divider")]
