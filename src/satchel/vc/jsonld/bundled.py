"""The bundled JSON-LD contexts: their index (URL -> file) and text, read once from the package."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from types import MappingProxyType

CONTEXTS_PACKAGE = "satchel.vc.contexts"


@cache
def index() -> MappingProxyType[str, str]:
    text = resources.files(CONTEXTS_PACKAGE).joinpath("index.json").read_text(encoding="utf-8")
    return MappingProxyType(json.loads(text))


@cache
def bundled_text(url: str) -> str:
    return resources.files(CONTEXTS_PACKAGE).joinpath(index()[url]).read_text(encoding="utf-8")


@cache
def bundled_urls() -> frozenset[str]:
    """Every context URL served without any fetcher."""
    return frozenset(index())
