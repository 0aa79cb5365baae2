"""Read DCC VPQR codes (``VP1-`` + multibase base45 of CBOR-LD) made by the Learner Credential Wallet.

CBOR-LD replaces JSON-LD terms by numbers taken from the documents' contexts, so decoding needs the
same context documents: the caller passes ``loader(url) -> context document`` (services give the
bundled contexts of satchel.vc). A context the loader does not know is refused, never fetched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import base45

from satchel.errors import PayloadRefused

from .codec import check_depth
from .limits import MAX_PART_CHARS

VPQR_PREFIX = "VP1-"
_BASE45_MULTIBASE = "R"

ContextLoader = Callable[[str], dict[str, Any]]


def is_vpqr_text(text: str) -> bool:
    return text.strip().startswith(VPQR_PREFIX)


def vpqr_cborld_bytes(text: str) -> bytes:
    """The CBOR-LD bytes inside a ``VP1-`` text."""
    text = text.strip()
    if len(text) > MAX_PART_CHARS + len(VPQR_PREFIX):
        raise PayloadRefused("This VPQR code holds more text than any QR code can; it was refused.")
    if not text.startswith(VPQR_PREFIX + _BASE45_MULTIBASE):
        raise PayloadRefused("This is not a VPQR code (it must start with VP1-R, base45 CBOR-LD).")
    try:
        cborld: bytes = base45.b45decode(text[len(VPQR_PREFIX) + 1:])  # base45 ships no types
        return cborld
    except (ValueError, TypeError) as exc:
        raise PayloadRefused("This VPQR code is damaged: it is not valid base45 text.") from exc


def _document_loader(loader: ContextLoader) -> Callable[[str], dict[str, Any]]:
    def load(url: str) -> dict[str, Any]:
        try:
            document = loader(url)
        except Exception as exc:  # the caller's loader: any failure means "not bundled"
            raise PayloadRefused(f"This VPQR code uses the context {url}, which Satchel does not have.",
                                 url=url) from exc
        if not isinstance(document, dict):
            raise PayloadRefused(f"The context {url} could not be read.", url=url)
        return document

    return load


def decode_vpqr(text: str, loader: ContextLoader) -> dict[str, Any]:
    """Decode a ``VP1-`` text into the presentation JSON-LD it carries."""
    data = vpqr_cborld_bytes(text)
    try:
        import cborld
    except ImportError as exc:
        raise PayloadRefused("Reading VPQR codes needs Python 3.12 or newer with the cborld package.") from exc
    try:
        document = cborld.decode(cborld_bytes=data, document_loader=_document_loader(loader))
    except PayloadRefused:
        raise
    except Exception as exc:  # untrusted bytes through a third-party decoder: any failure is a refusal
        raise PayloadRefused("This VPQR code could not be decoded: its CBOR-LD data is invalid.") from exc
    if not isinstance(document, dict):
        raise PayloadRefused("This VPQR code does not contain a JSON-LD object.")
    check_depth(document)
    return document
