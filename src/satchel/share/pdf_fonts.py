"""Pick a Unicode TrueType font for PDFs (DejaVu, Liberation, Arial …); fall back to core fonts."""

from __future__ import annotations

import os
import pathlib
import unicodedata

_CANDIDATES = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("arial.ttf", "arialbd.ttf"),
    ("Arial.ttf", "Arial Bold.ttf"),
)
_FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF",
    "/usr/share/fonts/truetype/liberation", "/usr/share/fonts/liberation",
    "/Library/Fonts", "/System/Library/Fonts/Supplemental", "C:/Windows/Fonts",
)


def find_unicode_font() -> tuple[pathlib.Path, pathlib.Path | None] | None:
    """(regular, bold or None) of the first installed Unicode font, honouring SATCHEL_PDF_FONT."""
    override = os.environ.get("SATCHEL_PDF_FONT")
    if override and pathlib.Path(override).is_file():
        return pathlib.Path(override), None
    for directory in _FONT_DIRS:
        for regular, bold in _CANDIDATES:
            path = pathlib.Path(directory) / regular
            if path.is_file():
                bold_path = pathlib.Path(directory) / bold
                return path, bold_path if bold_path.is_file() else None
    return None


_LATIN1_FALLBACKS = {"œ": "oe", "Œ": "OE", "’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                     "…": "...", "€": "EUR", "\u00a0": " ", "\u202f": " "}


def latin1(text: str) -> str:
    """Text the PDF core fonts can draw: French accents kept, other characters approximated."""
    out = []
    for char in text:
        char = _LATIN1_FALLBACKS.get(char, char)
        try:
            char.encode("latin-1")
            out.append(char)
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", char).encode("latin-1", "ignore").decode("latin-1")
            out.append(base or "?")
    return "".join(out)
