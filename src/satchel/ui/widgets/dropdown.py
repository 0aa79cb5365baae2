"""Dropdowns that screen readers can name.

Flutter's DropdownMenu puts its floating label in no semantics node: a screen reader meets an unnamed
arrow button. :func:`named_dropdown` wraps the dropdown in a semantics container carrying the label and
the chosen option's text; Flutter merges the arrow into it, so the dropdown is one button, announced by name
and current value."""

from __future__ import annotations

from typing import Any

import flet as ft


def named_dropdown(label: str, *, value: str | None = None, options: list[ft.DropdownOption],
                   **kwargs: Any) -> ft.Semantics:
    """An ``ft.Dropdown(label=label, value=value, options=options, **kwargs)`` announced as ``label``;
    handlers still get the dropdown as ``e.control``."""
    chosen = next((o.text or o.key for o in options if value is not None and o.key == value), None)
    return ft.Semantics(label=label, value=chosen, container=True,
                        content=ft.Dropdown(label=label, value=value, options=options, **kwargs))
