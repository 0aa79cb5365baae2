"""The offline JSON-LD document loader: bundled contexts, plus an optional injected fallback.

Nothing here touches the network. A URL that is neither bundled nor served by ``extra`` raises
:class:`satchel.errors.UnknownContext`.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

from satchel.errors import SatchelError, UnknownContext
from satchel.vc.jsonld.bundled import bundled_text as _bundled_text
from satchel.vc.jsonld.bundled import index as _index
from satchel.vc.jsonld.processor import register_frozen

Extra = Callable[[str], dict[str, Any]]


def bundled_context(url: str) -> dict[str, Any]:
    """A fresh copy of a bundled context document. Raises :class:`UnknownContext`."""
    if url not in _index():
        raise UnknownContext(url)
    document: dict[str, Any] = json.loads(_bundled_text(url))  # bundled contexts are JSON objects
    return document


bundled_document = bundled_context  # url -> fresh dict, for callers that only need the bundled set


class OfflineLoader:
    """A pyld ``documentLoader``: ``loader(url, options) -> remote document``.

    Bundled contexts come back tagged ``static`` so pyld's shared resolved-context cache keeps their
    processed form across calls (that cache is what makes warm canonicalization fast). Documents from
    ``extra`` (DID documents, status-list contexts from the engine's cache) are not tagged, so a
    changed answer is never masked by the cache.
    """

    def __init__(self, extra: Extra | None = None) -> None:
        self._extra = extra
        self._parsed: dict[str, dict[str, Any]] = {}

    def _load(self, url: str) -> tuple[Any, bool]:
        if not isinstance(url, str):
            raise UnknownContext(str(url))
        if url in _index():
            doc = self._parsed.get(url)
            if doc is None:
                doc = self._parsed[url] = json.loads(_bundled_text(url))
            return doc, True
        if self._extra is not None:
            try:
                doc = self._extra(url)
            except SatchelError:
                raise
            except Exception as exc:  # noqa: BLE001 - a fetcher bug must not look like a verdict
                raise UnknownContext(url, f"The document {url} could not be obtained: {exc}.") from None
            if isinstance(doc, dict):
                return doc, False
        raise UnknownContext(url)

    def __call__(self, url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
        doc, bundled = self._load(url)
        remote = {"contextUrl": None, "documentUrl": url, "document": copy.deepcopy(doc)}
        if bundled:
            remote["tag"] = "static"
            register_frozen(remote["document"])  # a copy only pyld holds: its content keys never change
        return remote
