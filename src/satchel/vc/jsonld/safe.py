"""JSON-LD expansion in "safe mode": refuse documents whose terms do not all have a meaning.

pyld silently drops properties that no context defines and keeps relative IRIs that later vanish from
the RDF, so a signature could cover less than the learner sees. Like the JS stack's ``safe: true``
(and acapy's ``vc/ld_proofs/check.py``), we expand, collect every dropped property, then walk the
expanded form and refuse relative ``@type``/``@id`` references. pyld's own refusals (a redefined
protected term, invalid syntax) become :class:`UnsafeDocument`; a context we do not have stays
:class:`UnknownContext`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from pyld import jsonld

from satchel.errors import SatchelError, UnknownContext, UnsafeDocument
from satchel.vc.jsonld.processor import CachingProcessor, pyld_options
from satchel.vc.jsonld.protocol import DocumentLoader

T = TypeVar("T")

_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S*$")
_NODE_CONTAINERS = ("@graph", "@list", "@set", "@included")


def expand_safely(document: dict[str, Any], loader: DocumentLoader) -> list[Any]:
    """Expanded JSON-LD of ``document`` (pyld list form), or :class:`UnsafeDocument`."""
    if not isinstance(document, dict):
        raise UnsafeDocument("A JSON-LD document must be a JSON object.")
    dropped: list[str | None] = []
    options = pyld_options(loader, base=None)
    processor = CachingProcessor(on_property_dropped=dropped.append)
    expanded: list[Any] = run_pyld(lambda: processor.expand(document, options))  # expansion: a list
    if dropped:
        name = next((d for d in dropped if d), None)
        if name:
            raise UnsafeDocument(f"The property {name!r} is not defined by the document's contexts, "
                                 "so its meaning would be silently lost.")
        raise UnsafeDocument("A property is not defined by the document's contexts, "
                             "so its meaning would be silently lost.")
    _check_nodes(expanded)
    return expanded


def run_pyld(operation: Callable[[], T]) -> T:
    """Run a pyld call, turning its errors into Satchel's typed errors."""
    try:
        return operation()
    except jsonld.JsonLdError as exc:
        raise _translate(exc) from None


def _translate(exc: BaseException) -> SatchelError:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, SatchelError):
            return cause
        cause = cause.__cause__ or cause.__context__
    code = getattr(exc, "code", None) or getattr(exc, "type", "")
    if code == "protected term redefinition":
        return UnsafeDocument("The document redefines a protected term of one of its contexts.")
    if code in ("loading remote context failed", "loading document failed"):
        url = (getattr(exc, "details", None) or {}).get("url", "?")
        return UnknownContext(str(url))
    return UnsafeDocument(f"The document is not valid JSON-LD ({code or 'error'}).")


def _is_reference(value: object) -> bool:
    return isinstance(value, str) and (value.startswith("_:") or bool(_ABSOLUTE_IRI.match(value)))


def _check_nodes(value: object) -> None:
    if isinstance(value, list):
        for item in value:
            _check_nodes(item)
        return
    if not isinstance(value, dict):
        return
    if "@value" in value:
        datatype = value.get("@type")
        if datatype is not None and datatype != "@json" and not _is_reference(datatype):
            raise UnsafeDocument(f"The value type {datatype!r} is not an absolute IRI.")
        return
    if "@id" in value and not _is_reference(value["@id"]):
        raise UnsafeDocument(f"The identifier {value['@id']!r} is a relative reference, "
                             "which has no meaning in a signed document.")
    for type_iri in value.get("@type", []):
        if not _is_reference(type_iri):
            raise UnsafeDocument(f"The type {type_iri!r} is not defined by the document's contexts.")
    for key, item in value.items():
        if key in ("@id", "@type"):
            continue
        if key == "@reverse" and isinstance(item, dict):
            for reverse_items in item.values():
                _check_nodes(reverse_items)
        elif key in _NODE_CONTAINERS or not key.startswith("@"):
            _check_nodes(item)
