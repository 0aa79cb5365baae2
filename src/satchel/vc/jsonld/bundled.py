"""The bundled JSON-LD contexts: their index (URL -> file) and text, read once from the package.

The files are read from the package's folder when it is on disk (an installed package, a source
checkout, the PyInstaller bundle), which spares ``importlib.resources`` and the ``zipfile`` module it
loads on every start; from a zipped package they are read through ``importlib.resources``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from types import MappingProxyType

CONTEXTS_PACKAGE = "satchel.vc.contexts"


@cache
def _folder() -> Path | None:
    import satchel.vc.contexts as package

    folder = Path(package.__file__).parent if package.__file__ else None
    return folder if folder is not None and (folder / "index.json").is_file() else None


def _read(name: str) -> str:
    folder = _folder()
    if folder is not None:
        return (folder / name).read_text(encoding="utf-8")
    from importlib import resources
    return resources.files(CONTEXTS_PACKAGE).joinpath(name).read_text(encoding="utf-8")


@cache
def index() -> MappingProxyType[str, str]:
    return MappingProxyType(json.loads(_read("index.json")))


@cache
def bundled_text(url: str) -> str:
    return _read(index()[url])


@cache
def bundled_urls() -> frozenset[str]:
    """Every context URL served without any fetcher."""
    return frozenset(index())
