"""RDF Dataset Canonicalization (RDFC-1.0, called URDNA2015 in pyld) of safely expanded JSON-LD."""

from __future__ import annotations

from satchel.vc.jsonld.processor import CachingProcessor, pyld_options
from satchel.vc.jsonld.safe import expand_safely, run_pyld


def canonize(document: dict, loader) -> str:
    """Canonical N-Quads of ``document``; refuses unsafe documents and unknown contexts first."""
    expanded = expand_safely(document, loader)
    return canonize_expanded(expanded, loader)


def canonize_expanded(expanded: list, loader) -> str:
    """Canonical N-Quads of an already (safely) expanded document."""
    options = pyld_options(loader, algorithm="URDNA2015", format="application/n-quads")
    return run_pyld(lambda: CachingProcessor().normalize(expanded, options))
