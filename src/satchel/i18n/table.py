"""The shared string table itself: key -> {"en": ..., "fr": ...}, filled by each area's ``register``."""

from __future__ import annotations

CATALOG: dict[str, dict[str, str]] = {}


def register(entries: dict[str, dict[str, str]]) -> None:
    for key, value in entries.items():
        if key in CATALOG and CATALOG[key] != value:
            raise ValueError(f"duplicate i18n key with a different text: {key}")
        CATALOG[key] = value
