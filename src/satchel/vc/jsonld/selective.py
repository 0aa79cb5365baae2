"""The JSON-LD steps of selective disclosure (W3C vc-di-ecdsa §3.4, "di-sd-primitives"): skolemize blank
nodes, N-Quads with their original blank labels, canonicalization that also returns its label map, and
selection of a JSON-LD document by JSON pointers. Everything goes through the safe expansion and the
offline loader, as every other JSON-LD step does."""

from __future__ import annotations

import copy
import re
import secrets
from collections.abc import Callable
from typing import Any

from pyld import jsonld
from pyld.canon import URDNA2015

from satchel.errors import UsageError
from satchel.vc.jsonld.processor import CachingProcessor, pyld_options
from satchel.vc.jsonld.protocol import DocumentLoader
from satchel.vc.jsonld.safe import expand_safely, run_pyld

URN = "urn:bnid:"
_SKOLEM = re.compile(r"<urn:bnid:([^>]+)>")
BLANK = re.compile(r"_:([A-Za-z0-9_\-]+)")


def skolemize(expanded: list[Any], prefix: str, count: list[int]) -> list[Any]:
    """Every node object gets an IRI: ``_:x`` becomes ``urn:bnid:x``, a node without ``@id`` a fresh one."""
    out = []
    for element in expanded:
        if not isinstance(element, dict) or "@value" in element:
            out.append(element)
            continue
        node: dict[str, Any] = {}
        for key, value in element.items():
            node[key] = skolemize(value, prefix, count) if isinstance(value, list) \
                else skolemize([value], prefix, count)[0]
        node_id = node.get("@id")
        if node_id is None:
            node["@id"] = f"{URN}{prefix}_{count[0]}"
            count[0] += 1
        elif isinstance(node_id, str) and node_id.startswith("_:"):
            node["@id"] = URN + node_id[2:]
        out.append(node)
    return out


def deskolemized_nquads(expanded: list[Any], loader: DocumentLoader) -> list[str]:
    """N-Quads of skolemized expanded JSON-LD with ``urn:bnid:x`` turned back into ``_:x`` (one per line)."""
    options = pyld_options(loader, format="application/n-quads")
    text = run_pyld(lambda: CachingProcessor().to_rdf(expanded, options))
    return [_SKOLEM.sub(r"_:\1", line) + "\n" for line in text.splitlines() if line]


def canonical_id_map(nquads: list[str]) -> tuple[str, dict[str, str]]:
    """RDFC-1.0 of ``nquads`` and the map of each input blank label to its canonical one (``c14nN``)."""
    dataset = jsonld.JsonLdProcessor.parse_nquads("".join(nquads))
    canon = URDNA2015()
    output = canon.main(dataset, {"format": "application/n-quads"})
    return output, {old[2:]: new[2:] for old, new in canon.canonical_issuer.existing.items()}


def label_replacement_canonicalize(nquads: list[str], factory: Callable[[dict[str, str]], dict[str, str]]
                                   ) -> tuple[list[str], dict[str, str]]:
    """Canonical N-Quads with each blank label replaced by ``factory``'s label, sorted; and the label map
    (input label → new label)."""
    canonical, id_map = canonical_id_map(nquads)
    label_map = factory(id_map)
    by_canonical = {c14n: label_map[old] for old, c14n in id_map.items()}
    lines = [BLANK.sub(lambda m: "_:" + by_canonical.get(m.group(1), m.group(1)), line) + "\n"
             for line in canonical.splitlines() if line]
    return sorted(lines), label_map


def skolemize_compact(document: dict[str, Any], loader: DocumentLoader) -> tuple[list[Any], dict[str, Any]]:
    """(skolemized expanded form, the same compacted with the document's own context)."""
    expanded = skolemize(expand_safely(document, loader), secrets.token_hex(8), [0])
    context = {"@context": document.get("@context")}
    compact = run_pyld(lambda: CachingProcessor().compact(copy.deepcopy(expanded), context,
                                                          pyld_options(loader)))
    return expanded, compact


def _parse_pointer(pointer: str) -> list[str | int]:
    if not isinstance(pointer, str) or not pointer.startswith("/"):
        raise UsageError(f"{pointer!r} is not a JSON pointer (it must start with '/').")
    parts: list[str | int] = []
    for token in pointer[1:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        parts.append(int(token) if token.isdigit() else token)
    return parts


def _initial(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    selection: dict[str, Any] = {}
    if isinstance(value.get("id"), str) and not value["id"].startswith("_:"):
        selection["id"] = value["id"]
    if "type" in value:
        selection["type"] = value["type"]
    return selection


class _Sparse(dict[str, Any]):
    """A JSON array being filled at chosen indexes (turned back into a list, in index order, at the end)."""


def select(pointers: list[str], document: dict[str, Any]) -> dict[str, Any] | None:
    """§3.4.13 selectJsonLd: the document reduced to what ``pointers`` name, with the ids and types on the
    way (blank-node ids excluded); None for no pointers. UsageError for a pointer that names nothing."""
    if not pointers:
        return None
    selection: dict[str, Any] = {"@context": document["@context"]} if "@context" in document else {}
    selection.update(_initial(document))
    for pointer in pointers:
        path = _parse_pointer(pointer)
        value: Any = document
        parent: Any = selection
        for index, step in enumerate(path):
            try:
                value = value[step]
            except (KeyError, IndexError, TypeError):
                raise UsageError(f"The credential has nothing at {pointer!r}.") from None
            if index == len(path) - 1:
                parent[step] = copy.deepcopy(value)
                break
            child = parent.get(step) if isinstance(parent, dict) else None
            if child is None:
                child = _Sparse() if isinstance(value, list) else _initial(value)
                parent[step] = child
            parent = child
    dense: dict[str, Any] = _dense(selection)  # the selection is a dict, so its dense form is too
    return dense


def _dense(value: Any) -> Any:
    if isinstance(value, _Sparse):
        return [_dense(value[k]) for k in sorted(value)]
    if isinstance(value, dict):
        return {k: _dense(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_dense(v) for v in value]
    return value
