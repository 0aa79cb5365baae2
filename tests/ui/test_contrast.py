"""WCAG 2.1 contrast of the colours that carry meaning, in both themes (no browser needed)."""

from __future__ import annotations

import pytest

from satchel.ui import theme
from satchel.ui.widgets import report_parts

LIGHT_SURFACE, DARK_SURFACE = "#FFFFFF", "#111318"  # page surfaces of the light and dark schemes
TEXT_STYLES = {**{f"chip-{k}": v for k, v in theme.STATUS_STYLE.items()},
               **{f"banner-{k}": v for k, v in report_parts.BANNER_STYLE.items()}}


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_formula_matches_known_values():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", sorted(TEXT_STYLES))
def test_text_on_chips_and_banners_meets_aa(name):
    background, foreground = TEXT_STYLES[name][:2]
    assert contrast(background, foreground) >= 4.5


@pytest.mark.parametrize("surface", [LIGHT_SURFACE, DARK_SURFACE])
@pytest.mark.parametrize("result", sorted(theme.CHECK_ICON))
def test_check_icons_are_visible_on_both_themes(result, surface):
    """Non-text contrast (WCAG 1.4.11): the ok/warning/failed icons need 3:1 against the page."""
    colour = theme.CHECK_ICON[result][1]  # one colour serves both themes
    assert contrast(colour, surface) >= 3.0, f"{result} icon {colour} on {surface}"
