"""pyld with caches that actually hit on the warm path (pyld is pinned to 3.3.0; these hooks rely on
its ``contextResolver`` option and ``JsonLdProcessor._process_context``).

Two costs dominate warm expansion of an Open Badges credential in stock pyld:

* every embedded (scoped) context is keyed by its JCS canonical form, computed in pure Python each
  time a node with that scope is expanded. :class:`KeyedContextResolver` keys embedded contexts by
  ``json.dumps(sort_keys=True)`` instead (same content, same key) in a larger shared cache;
* type-scoped contexts do not propagate, so pyld clones the active context under a fresh ``_uuid``
  for every typed node and re-processes the scoped context from scratch (all its term definitions),
  which also defeats every cache keyed by that uuid downstream. :class:`CachingProcessor` memoizes
  context processing by (active context uuid, local context content, flags), so the same input gives
  the same processed context object and the downstream caches hit.

Only bundled contexts (tagged ``static`` by the loader) and embedded contexts are memoized: a context
served by the engine's fetcher is processed afresh each time.

The content key of a (scoped) context that comes from a bundled context document is kept by identity
(:func:`register_frozen`): those objects are handed to pyld by the loader and never changed, so they
are not serialized again at every typed node. See also :mod:`satchel.vc.jsonld.fastpaths`.

Two more hot spots of pyld's expansion have cheaper, equivalent paths in :class:`CachingProcessor`
(tests/vc_core/test_pyld_processor_equivalence.py expands every corpus document both ways):

* ``expand`` deep-copies its input with ``copy.deepcopy``; a document parsed from JSON is plain dicts,
  lists and scalars, which :func:`_json_copy` copies about three times faster;
* ``_expand_iri`` runs a regular expression on every property name before looking it up as a term;
  a name that does not start with ``@`` (so is neither a keyword nor keyword-like) and is a term of the
  active context gets the term's IRI at once, which is what pyld's own steps would return.
"""

from __future__ import annotations

import copy
import json
import threading
from typing import Any

from cachetools import LRUCache
from pyld.context_resolver import ContextResolver
from pyld.jsonld import JsonLdProcessor
from pyld.resolved_context import ResolvedContext

from satchel.vc.jsonld.bundled import bundled_urls
from satchel.vc.jsonld.protocol import DocumentLoader

# pyld's own cache protocol: resolved URL / embedded context key -> ResolvedContext
_SHARED_CACHE: LRUCache[str, Any] = LRUCache(maxsize=2000)   # resolved URL and embedded contexts
_PROCESSED: LRUCache[tuple[Any, ...], Any] = LRUCache(maxsize=4000)  # (active ctx, local ctx, flags) → processed
_LOCK = threading.RLock()  # the caches are shared by verifications running on worker threads


_FROZEN: LRUCache[int, list[Any]] = LRUCache(maxsize=20000)  # id(object) → [object, content key or None]


def register_frozen(document: object) -> None:
    """Remember every dict and list of a bundled context document that is handed to pyld (and that
    nothing changes afterwards), so its content key is computed once. Entries hold the object itself,
    so an id is never reused while it is remembered."""
    stack = [document]
    with _LOCK:
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                _FROZEN[id(value)] = [value, None]
                stack.extend(value.values())
            elif isinstance(value, list):
                _FROZEN[id(value)] = [value, None]
                stack.extend(value)


def _content_key(context: object) -> str:
    with _LOCK:
        entry = _FROZEN.get(id(context))
    if entry is not None and entry[0] is context:
        if entry[1] is None:
            entry[1] = _serialized(context)
        key: str = entry[1]
        return key
    return _serialized(context)


def _serialized(context: object) -> str:
    try:
        return json.dumps(context, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    except (TypeError, ValueError):  # not plain JSON: no key, no caching
        return ""


class KeyedContextResolver(ContextResolver):
    """Drop-in ``contextResolver`` option for pyld; one instance per pyld operation."""

    def __init__(self, document_loader: DocumentLoader) -> None:
        super().__init__(_SHARED_CACHE, document_loader)

    # pyld's internals (resolved contexts, active contexts) are untyped dicts and objects: Any below.
    def _get(self, key: str) -> Any:
        with _LOCK:
            return super()._get(key)

    def _cache_resolved_context(self, key: str, resolved: Any, tag: str | None) -> Any:
        with _LOCK:
            return super()._cache_resolved_context(key, resolved, tag)

    def resolve(self, active_ctx: Any, context: Any, base: str | None,
                cycles: set[str] | None = None) -> list[Any]:
        if isinstance(context, dict) and "@context" in context:
            context = context["@context"]
        contexts = context if isinstance(context, list) else [context]
        resolved: list[Any] = []
        for item in contexts:
            key = _content_key(item) if isinstance(item, dict) else ""
            if not key:
                resolved.extend(super().resolve(active_ctx, item, base, cycles))
                continue
            if not _cacheable(item, key):  # it reaches a fetched document: process afresh
                resolved.append(ResolvedContext(item))
                continue
            key = "inline:" + key
            found = self._get(key)
            if not found:
                found = self._cache_resolved_context(key, ResolvedContext(item), "static")
            resolved.append(found)
        return resolved


_SELF_CONTAINED: LRUCache[str, bool] = LRUCache(maxsize=2000)  # content key → refers only to bundled contexts?


def _refers_only_to_bundled(value: object, bundled: frozenset[str]) -> bool:
    if isinstance(value, dict):
        for key, item in value.items():
            refs = item if isinstance(item, list) else [item]
            if key in ("@context", "@import") and any(isinstance(r, str) and r not in bundled for r in refs):
                return False
            if not _refers_only_to_bundled(item, bundled):
                return False
    elif isinstance(value, list):
        return all(_refers_only_to_bundled(item, bundled) for item in value)
    return True


def _cacheable(local_ctx: object, content: str) -> bool:
    """Bundled URLs, and embedded contexts that reach no other document: their processed form can
    never change, whichever loader is in use."""
    with _LOCK:
        known = _SELF_CONTAINED.get(content)
    if known is None:
        bundled = bundled_urls()
        items = local_ctx if isinstance(local_ctx, list) else [local_ctx]
        known = all(item is None or (isinstance(item, str) and item in bundled)
                    or (isinstance(item, dict) and _refers_only_to_bundled(item, bundled))
                    for item in items)
        with _LOCK:
            _SELF_CONTAINED[content] = known
    return known


def _json_copy(value: Any) -> Any:
    """A deep copy of parsed JSON; anything that is not plain JSON is handed to ``copy.deepcopy``."""
    kind = type(value)
    if kind is dict:
        return {key: _json_copy(item) for key, item in value.items()}
    if kind is list:
        return [_json_copy(item) for item in value]
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    return copy.deepcopy(value)


class _CopiedQuickly(dict[str, Any]):
    """The top level of a document handed to pyld's ``expand``, whose ``copy.deepcopy`` of it ends here."""

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, Any]:
        return {key: _json_copy(item) for key, item in self.items()}


class CachingProcessor(JsonLdProcessor):
    """A JsonLdProcessor whose context processing is memoized across operations."""

    def expand(self, input_: Any, options: dict[str, Any]) -> Any:
        if type(input_) is dict:
            input_ = _CopiedQuickly(input_)
        return super().expand(input_, options)

    def _expand_iri(self, active_ctx: Any, value: Any, base: Any = None, vocab: bool = False,
                    local_ctx: Any = None, defined: Any = None) -> Any:
        if vocab and local_ctx is None and type(value) is str and value and value[0] != "@":
            mapping = active_ctx["mappings"].get(value, False)
            if mapping is not False:  # a term (None: a term mapped to null, which pyld drops too)
                return None if mapping is None else mapping["@id"]
        return super()._expand_iri(active_ctx, value, base, vocab, local_ctx, defined)

    def _process_context(self, active_ctx: Any, local_ctx: Any, options: dict[str, Any],
                         override_protected: bool = False, propagate: bool = True, validate_scoped: bool = True,
                         cycles: set[str] | None = None) -> Any:
        uuid = active_ctx.get("_uuid") if hasattr(active_ctx, "get") else None
        content = _content_key(local_ctx) if uuid else ""
        if not content or not _cacheable(local_ctx, content):
            return super()._process_context(active_ctx, local_ctx, options, override_protected,
                                            propagate, validate_scoped, cycles)
        key = (uuid, content, override_protected, propagate, validate_scoped,
               options.get("base"), options.get("processingMode"))
        with _LOCK:
            processed = _PROCESSED.get(key)
        if processed is None:
            processed = super()._process_context(active_ctx, local_ctx, options, override_protected,
                                                 propagate, validate_scoped, cycles)
            with _LOCK:
                processed = _PROCESSED.setdefault(key, processed)
        return processed


def clear_caches() -> None:
    """Forget every processed context (benchmarks measure the cold path with this)."""
    with _LOCK:
        _SHARED_CACHE.clear()
        _PROCESSED.clear()
        _SELF_CONTAINED.clear()
        _FROZEN.clear()



def pyld_options(loader: DocumentLoader, **options: Any) -> dict[str, Any]:
    """pyld options with Satchel's loader and resolver (always pass both explicitly)."""
    return {"documentLoader": loader, "contextResolver": KeyedContextResolver(loader), **options}
