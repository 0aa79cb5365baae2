"""Folding text for search and sorting: case-insensitive and accent-insensitive ("Éco" finds "eco")."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def fold(text: str) -> str:
    """Lower-case (``casefold``) and strip combining accents after NFKD decomposition."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.casefold()


def sort_key(text: str | None) -> str | None:
    """A key that orders names the way a reader expects; ``None`` stays ``None`` (sorted last)."""
    if text is None:
        return None
    stripped = text.strip()
    return fold(stripped) if stripped else None


def search_terms(query: str | None) -> list[str]:
    """The folded words of a search box; every one of them must occur in a match."""
    if not query:
        return []
    return [term for term in fold(query).split() if term]


def search_text(parts: Iterable[str | None]) -> str:
    """The folded text one credential is searched in (fields separated so words do not run together)."""
    return "\n".join(fold(part) for part in parts if part)
