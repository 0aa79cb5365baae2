"""Icon buttons that screen readers can name: the label is both the tooltip and the semantics label."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import flet as ft


def icon_button(icon: ft.IconData, label: str, on_click: Callable[..., Any] | None, *,
                colour: str | None = None) -> ft.IconButton:
    return ft.IconButton(icon=ft.Icon(icon, semantics_label=label, color=colour), tooltip=label,
                         on_click=on_click)
