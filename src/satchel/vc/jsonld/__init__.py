"""JSON-LD processing with bundled contexts only: offline loader, safe-mode expansion, RDFC-1.0."""

from satchel.vc.jsonld import lean_pyld  # noqa: F401,I001  (first: before pyld is imported)
from satchel.vc.jsonld import fastpaths  # noqa: F401  (installs pyld's faster pure functions)
from satchel.vc.jsonld.canonize import canonize, canonize_expanded
from satchel.vc.jsonld.bundled import bundled_urls
from satchel.vc.jsonld.loader import OfflineLoader, bundled_context, bundled_document
from satchel.vc.jsonld.protocol import DocumentLoader
from satchel.vc.jsonld.safe import expand_safely

__all__ = ["DocumentLoader", "OfflineLoader", "bundled_context", "bundled_document", "bundled_urls", "canonize",
           "canonize_expanded", "expand_safely"]
