"""Colours and themes: one seed, light and dark schemes, status colours with readable contrast."""

from __future__ import annotations

import flet as ft

SEED = "#1F5F8B"  # a calm blue: trustworthy, readable on white and on near-black
QR_BACKGROUND = ft.Colors.WHITE

# Status chips: (background, foreground, icon). Dark backgrounds with white text keep WCAG AA contrast
# in both themes, and the icon carries the meaning for people who do not see the colour.
STATUS_STYLE: dict[str, tuple[str, str, ft.IconData]] = {
    "verified": ("#1B5E20", "#FFFFFF", ft.Icons.VERIFIED),
    "expired": ("#8A4B00", "#FFFFFF", ft.Icons.SCHEDULE),
    "not_yet_valid": ("#8A4B00", "#FFFFFF", ft.Icons.HOURGLASS_TOP),
    "revoked": ("#B71C1C", "#FFFFFF", ft.Icons.BLOCK),
    "unknown": ("#37474F", "#FFFFFF", ft.Icons.HELP_OUTLINE),
    "invalid": ("#AD1457", "#FFFFFF", ft.Icons.REPORT_PROBLEM),  # checks failed, no signature found altered
    "failed": ("#B71C1C", "#FFFFFF", ft.Icons.ERROR_OUTLINE),
    "unverified": ("#546E7A", "#FFFFFF", ft.Icons.PENDING_OUTLINED),
    "link_only": ("#4527A0", "#FFFFFF", ft.Icons.LINK),  # a link kept as is: nothing was verified
}

CHECK_ICON: dict[str, tuple[ft.IconData, str]] = {
    "ok": (ft.Icons.CHECK_CIRCLE, "#2E7D32"),
    "warning": (ft.Icons.WARNING_AMBER, "#B26A00"),
    "failed": (ft.Icons.CANCEL, "#C62828"),
    "unknown": (ft.Icons.HELP, "#546E7A"),
}

PLACEHOLDER_COLOURS = ("#1F5F8B", "#6A4C93", "#2E7D32", "#B5563C", "#00796B", "#5D4037", "#3949AB")


def light_theme() -> ft.Theme:
    return ft.Theme(color_scheme_seed=SEED, use_material3=True)


def dark_theme() -> ft.Theme:
    return ft.Theme(color_scheme_seed=SEED, use_material3=True)


def theme_mode(name: str | None) -> ft.ThemeMode:
    return {"light": ft.ThemeMode.LIGHT, "dark": ft.ThemeMode.DARK}.get(name or "", ft.ThemeMode.SYSTEM)


def generated_badge_colour(seed: str) -> str:
    total = sum(seed.encode("utf-8", errors="replace"))
    return PLACEHOLDER_COLOURS[total % len(PLACEHOLDER_COLOURS)]
