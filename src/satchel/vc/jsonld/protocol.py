"""The type of a pyld document loader, on its own so that every JSON-LD module can name it."""

from __future__ import annotations

from typing import Any, Protocol


class DocumentLoader(Protocol):
    """A pyld ``documentLoader``: ``loader(url, options) -> remote document`` (:class:`OfflineLoader`)."""

    def __call__(self, url: str, options: dict[str, Any] | None = None, /) -> dict[str, Any]: ...
