"""A labelled group of radio buttons: keyboard- and screen-reader-friendly single choice."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import flet as ft


def radio_choice(label: str, options: Sequence[tuple[str, str]], value: str,
                 on_change: Callable[[str], None]) -> ft.Control:
    """``options`` are (value, visible label) pairs."""
    return ft.Column([
        ft.Text(label, size=14, weight=ft.FontWeight.W_500),
        ft.RadioGroup(
            value=value,
            on_change=lambda e: on_change(e.control.value),
            content=ft.Row([ft.Radio(value=v, label=text) for v, text in options], wrap=True),
        ),
    ], spacing=2)


LANGUAGE_OPTIONS = (("fr", "Français"), ("en", "English"))
