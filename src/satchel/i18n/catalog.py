"""The shared string table: key -> {"en": ..., "fr": ...}. Areas register their dicts on import."""

from __future__ import annotations

CATALOG: dict[str, dict[str, str]] = {}


def register(entries: dict[str, dict[str, str]]) -> None:
    for key, value in entries.items():
        if key in CATALOG and CATALOG[key] != value:
            raise ValueError(f"duplicate i18n key with a different text: {key}")
        CATALOG[key] = value


def _load_builtin() -> None:
    from satchel.i18n import checks, errors, europe, exchange, sd_jwt  # noqa: F401  (they register themselves)


_load_builtin()
