"""The badge picture: the image inside the credential, or a badge drawn from its issuer (never fetched)."""

from __future__ import annotations

import flet as ft

from satchel.ui.theme import generated_badge_colour


def badge_image(image: bytes | None, seed: str, label: str, size: int = 56) -> ft.Control:
    if image:
        return ft.Container(
            content=ft.Image(src=image, width=size, height=size, fit=ft.BoxFit.CONTAIN,
                             semantics_label=label, error_content=_generated_badge(seed, label, size)),
            width=size, height=size, border_radius=size // 6, clip_behavior=ft.ClipBehavior.ANTI_ALIAS)
    return _generated_badge(seed, label, size)


def _generated_badge(seed: str, label: str, size: int) -> ft.Control:
    colour = generated_badge_colour(seed)
    return ft.Container(
        content=ft.Icon(ft.Icons.WORKSPACE_PREMIUM, color=ft.Colors.WHITE, size=size * 0.6,
                        semantics_label=label),
        width=size, height=size, bgcolor=colour, border_radius=size // 6,
        alignment=ft.Alignment.CENTER,
    )
