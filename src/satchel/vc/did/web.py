"""did:web: the DID document at https://<host>/.well-known/did.json (or <path>/did.json).

:class:`WebDidDocuments` is the callable handed to ``DidResolver(web=...)``: given a did:web DID or an
https URL (a controller document holding an https verification method), it downloads through a
:class:`~satchel.vc.documents.DocumentSource` (so documents are cached with their age) and insists that
the document's ``id`` is the DID or URL asked for.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from satchel.errors import DidResolutionError, FetchError, ImportRefused
from satchel.vc.cache import CachedDocument
from satchel.vc.documents import DocumentSource
from satchel.vc.safejson import load_object

_HOST = re.compile(r"^[A-Za-z0-9.\-]+(:[0-9]{1,5})?$")
DID_ACCEPT = "application/did+json, application/did+ld+json, application/json"


def did_web_url(did: str) -> str:
    """The https URL of a did:web document; DidResolutionError for anything that is not one."""
    if not isinstance(did, str) or not did.startswith("did:web:"):
        raise DidResolutionError(f"This is not a did:web identifier: {str(did)[:120]}")
    method_specific = did[len("did:web:"):].split("#", 1)[0].split("?", 1)[0]
    segments = method_specific.split(":")
    host = unquote(segments[0])
    if not segments[0] or not _HOST.match(host):
        raise DidResolutionError(f"The did:web host is not valid: {segments[0][:120]}")
    path = [unquote(s) for s in segments[1:]]
    if any(not s or "/" in s or s in (".", "..") for s in path):
        raise DidResolutionError(f"The did:web path is not valid: {did[:120]}")
    if not path:
        return f"https://{host}/.well-known/did.json"
    return f"https://{host}/{'/'.join(path)}/did.json"


class WebDidDocuments:
    """``did -> DID document`` over a DocumentSource; remembers what it fetched and what failed."""

    def __init__(self, source: DocumentSource) -> None:
        self._source = source
        self.fetched: dict[str, CachedDocument] = {}
        self.failures: dict[str, FetchError] = {}

    def __call__(self, did: str) -> dict[str, Any]:
        base = did.split("#", 1)[0]
        url = base if base.startswith("https://") else did_web_url(base)
        try:
            cached = self._source.fetch(url, accept=DID_ACCEPT)
        except FetchError as exc:
            self.failures[base] = exc
            raise DidResolutionError(f"The DID document of {base} could not be downloaded: {exc.message}",
                                     did=base) from exc
        self.fetched[base] = cached
        try:
            document = load_object(cached.body)
        except ImportRefused as exc:
            raise DidResolutionError(f"The DID document of {base} is not valid JSON.", did=base) from exc
        if document.get("id") != base:
            raise DidResolutionError(f"The document at {url} is not the DID document of {base}.", did=base)
        return document
