"""Canonical N-Quads terms (RDFC-1.0 §4.3 / RDF 1.2 N-Quads canonical form) and pyld's RDF dataset
turned into the quads :mod:`satchel.vc.jsonld.rdfc10` canonicalizes.

Canonical literals escape only ``"`` and ``\\`` plus the control characters: ``\\b \\t \\n \\f \\r`` by
name, the other code points below U+0020 and U+007F as ``\\u00XX`` (upper-case hex). Everything else is
written as itself. pyld's own serializer writes some of these differently, so a credential holding
such a character would not verify against the reference JavaScript stack.
"""

from __future__ import annotations

from typing import Any

from satchel.vc.jsonld.rdfc10 import Quad

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

_NAMED = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}
_ESCAPES = {code: _NAMED.get(chr(code), f"\\u{code:04X}") for code in [*range(0x20), 0x7F]}
_ESCAPES.update({ord('"'): '\\"', ord("\\"): "\\\\"})


def iri(value: str) -> str:
    return f"<{value}>"


def literal(value: str, datatype: str | None = None, language: str | None = None) -> str:
    text = '"' + value.translate(_ESCAPES) + '"'
    if language:
        return f"{text}@{language}"
    if datatype and datatype != XSD_STRING:
        return f"{text}^^<{datatype}>"
    return text


def _term(component: dict[str, Any]) -> str:
    kind = component["type"]
    value: str = component["value"]  # pyld's RDF terms hold text
    if kind == "blank node":
        return value
    if kind == "IRI":
        return iri(value)
    return literal(value, component.get("datatype"), component.get("language"))


def from_pyld_dataset(dataset: dict[str, Any]) -> set[Quad]:
    """pyld's ``{graph name: [triple, ...]}`` (``@default`` for the default graph) as a set of quads."""
    quads: set[Quad] = set()
    for graph_name, triples in dataset.items():
        graph = "" if graph_name == "@default" else (graph_name if graph_name.startswith("_:")
                                                     else iri(graph_name))
        for triple in triples:
            quads.add((_term(triple["subject"]), _term(triple["predicate"]), _term(triple["object"]), graph))
    return quads
