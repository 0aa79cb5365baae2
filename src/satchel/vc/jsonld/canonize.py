"""Canonical N-Quads of a JSON-LD document: one safe expansion, RDF from that expanded form, RDFC-1.0.

pyld's ``normalize`` expands its input again inside ``to_rdf`` (and the safe-mode check had already
expanded it): here the document is expanded once, checked on that expanded form, and the same
expanded form becomes the RDF dataset (pyld's node map and graph-to-RDF steps, the second half of its
``to_rdf``). The dataset is then canonicalized by :mod:`satchel.vc.jsonld.rdfc10`, which passes the
W3C rdf-canon test suite and bounds the work a hostile document can cause.
"""

from __future__ import annotations

from typing import Any

from pyld.identifier_issuer import IdentifierIssuer
from pyld.jsonld import _is_absolute_iri

from satchel.vc.jsonld.nquads import from_pyld_dataset
from satchel.vc.jsonld.processor import CachingProcessor
from satchel.vc.jsonld.protocol import DocumentLoader
from satchel.vc.jsonld.rdfc10 import canonicalize
from satchel.vc.jsonld.safe import expand_safely, run_pyld

_RDF_OPTIONS = {"produceGeneralizedRdf": False, "processingMode": "json-ld-1.1", "rdfDirection": None}


def canonize(document: dict[str, Any], loader: DocumentLoader) -> str:
    """Canonical N-Quads of ``document``; refuses unsafe documents and unknown contexts first.

    Raises :class:`UnsafeDocument`, :class:`UnknownContext` or :class:`CanonicalizationTooComplex`.
    """
    return canonize_expanded(expand_safely(document, loader))


def canonize_expanded(expanded: list[Any]) -> str:
    """Canonical N-Quads of an already (safely) expanded document."""
    return canonicalize(from_pyld_dataset(run_pyld(lambda: _to_dataset(expanded))))


def _to_dataset(expanded: list[Any]) -> dict[str, Any]:
    processor = CachingProcessor()
    issuer = IdentifierIssuer("_:b")
    node_map: dict[str, Any] = {"@default": {}}
    processor._create_node_map(expanded, node_map, "@default", issuer)
    return {name: processor._graph_to_rdf(graph, issuer, _RDF_OPTIONS)
            for name, graph in sorted(node_map.items())
            if name == "@default" or _is_absolute_iri(name)}
