"""pyld without the three document loaders Satchel never uses, so importing it stays cheap.

pyld 3.3.0 (pinned) imports all its document loaders from its package ``__init__``: the aiohttp one
imports ``asyncio``, the file one ``urllib.request`` and the requests one ``string`` (whose Template
class compiles a regular expression at import) — together about a fifth of the CPU time of a cold
``satchel verify FILE``, for loaders Satchel never calls (it always passes its own offline loader, and
neither aiohttp nor requests is installed). :func:`install` adds an import hook that serves inert
modules under exactly those three names: using any of these loaders raises ImportError — which is also
what pyld's own requests and aiohttp loaders do without their libraries, so pyld's choice of default
loader is unchanged (its dummy loader). Nothing else of pyld is touched;
``tests/vc_core/test_lean_pyld.py`` checks both sides.

The same hook defers ``lxml.html`` (with ``lxml.etree``, about 9 ms), which pyld imports at the top but
uses only to read a JSON-LD script out of an HTML page: it is served through the standard library's
:class:`importlib.util.LazyLoader`, so the real module runs on its first attribute access — never, for
Satchel's loader returns no HTML — and behaves exactly as usual if anything does use it.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
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
    "pyld.documentloader.requests": {"RequestsDocumentLoader": _UnusedLoader,
                                     "requests_document_loader": _unused_factory},
}


DEFERRED = frozenset({"lxml.html"})  # loaded on first attribute access (LazyLoader)


class _InertLoaders(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: types.ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname in INERT:
            return importlib.machinery.ModuleSpec(fullname, self)
        if fullname in DEFERRED:
            return _deferred(fullname, path, target)
        return None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None  # the default module object

    def exec_module(self, module: types.ModuleType) -> None:
        module.__doc__ = f"Inert stand-in installed by {__name__}: {REFUSAL}"
        module.__dict__.update(INERT[module.__name__])


def _deferred(fullname: str, path: Sequence[str] | None,
              target: types.ModuleType | None) -> importlib.machinery.ModuleSpec | None:
    """The spec the other finders give for ``fullname``, its loader wrapped in a LazyLoader."""
    for finder in sys.meta_path:
        if finder is _FINDER or not hasattr(finder, "find_spec"):
            continue
        spec: importlib.machinery.ModuleSpec | None = finder.find_spec(fullname, path, target)
        if spec is not None:
            if isinstance(spec.loader, importlib.abc.Loader) and hasattr(spec.loader, "exec_module"):
                spec.loader = importlib.util.LazyLoader(spec.loader)
            return spec
    return None


_FINDER = _InertLoaders()


def install() -> None:
    """Serve the inert loader modules from now on (first in ``sys.meta_path``; idempotent)."""
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)


install()
