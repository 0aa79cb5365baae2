"""pyld without the two document loaders Satchel never uses, so importing it stays cheap.

pyld 3.3.0 (pinned) imports all its document loaders from its package ``__init__``: the aiohttp one
imports ``asyncio`` and the file one ``urllib.request`` — together about a fifth of the CPU time of a
cold ``satchel verify FILE``, for loaders Satchel never calls (it always passes its own offline loader,
and aiohttp is not even installed). :func:`install` adds an import hook that serves inert modules
under exactly those two names: using either loader raises ImportError — which is also what pyld's own
aiohttp loader does without aiohttp, so pyld's choice of default loader is unchanged (its dummy
loader). Nothing else of pyld is touched; ``tests/vc_core/test_lean_pyld.py`` checks both sides.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Sequence

REFUSAL = "Satchel loads JSON-LD documents only through its own offline loader."


class _UnusedLoader:
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise ImportError(REFUSAL)


def _unused_factory(**kwargs: object) -> None:
    raise ImportError(REFUSAL)


INERT: dict[str, dict[str, object]] = {
    "pyld.documentloader.aiohttp": {"AioHttpDocumentLoader": _UnusedLoader,
                                    "aiohttp_document_loader": _unused_factory},
    "pyld.documentloader.file": {"FileDocumentLoader": _UnusedLoader},
}


class _InertLoaders(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: types.ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname in INERT:
            return importlib.machinery.ModuleSpec(fullname, self)
        return None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None  # the default module object

    def exec_module(self, module: types.ModuleType) -> None:
        module.__doc__ = f"Inert stand-in installed by {__name__}: {REFUSAL}"
        module.__dict__.update(INERT[module.__name__])


_FINDER = _InertLoaders()


def install() -> None:
    """Serve the inert loader modules from now on (first in ``sys.meta_path``; idempotent)."""
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)


install()
