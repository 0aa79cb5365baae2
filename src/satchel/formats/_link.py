"""Link-only records: a credential that exists only as a verification page on its issuer's website.

Many learners hold certificates (BCdiploma, Coursera, edX, LinkedIn Learning…) as a link only. Satchel keeps
such a link as a small JSON record it writes itself — title, issuer, the https link, when it was added and,
optionally, the PDF the learner was given — and never shows it as verified: the only proof is the page.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any
from urllib.parse import urlsplit

from satchel.errors import Malformed, TooLarge, UsageError
from satchel.model.credential import CredentialFormat, DisplayFields, ParsedCredential, SignedForm

LINK_RECORD_TYPE = "SatchelLinkRecord"
MAX_PDF_BYTES = 10_000_000
MAX_TEXT = 300
MEDIA_LINK = "application/vnd.satchel.link+json"


def is_link_record(obj: dict[str, Any]) -> bool:
    return obj.get("type") == LINK_RECORD_TYPE


def make_link_record(url: str, title: str, issuer: str | None = None, pdf: bytes | None = None,
                     *, added: str | None = None) -> bytes:
    """The bytes of a new link record (what the wallet stores and exports)."""
    _check_url(url)
    title = " ".join(title.split())
    if not title or len(title) > MAX_TEXT:
        raise UsageError(f"Give the credential a title of 1 to {MAX_TEXT} characters.")
    record: dict[str, Any] = {"type": LINK_RECORD_TYPE, "version": 1, "url": url, "title": title}
    if issuer and issuer.strip():
        record["issuer"] = " ".join(issuer.split())[:MAX_TEXT]
    if added:
        record["added"] = added
    if pdf is not None:
        if len(pdf) > MAX_PDF_BYTES:
            raise TooLarge(f"The PDF is larger than {MAX_PDF_BYTES // 1_000_000} MB.")
        if not pdf.startswith(b"%PDF-"):
            raise Malformed("This file is not a PDF.")
        record["pdf"] = base64.b64encode(pdf).decode("ascii")
    return json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8")


def link_from_object(obj: dict[str, Any], raw: bytes) -> ParsedCredential:
    url = obj.get("url")
    title = obj.get("title")
    if not isinstance(url, str) or not isinstance(title, str):
        raise Malformed("This link record has no link or no title.")
    _check_url(url)
    issuer = obj.get("issuer") if isinstance(obj.get("issuer"), str) else None
    display = DisplayFields(name=title[:MAX_TEXT], issuer_name=issuer, public_url=url, credential_id=url,
                            issued=obj.get("added") if isinstance(obj.get("added"), str) else None,
                            extra={"link_only": True, "host": urlsplit(url).hostname, "has_pdf": "pdf" in obj})
    return ParsedCredential(raw=raw, format=CredentialFormat.LINK, signed_form=SignedForm.LINK_ONLY,
                            document=obj, verifiable=obj, display=display, media_type=MEDIA_LINK)


def pdf_of(obj: dict[str, Any]) -> bytes | None:
    value = obj.get("pdf")
    if not isinstance(value, str):
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname or len(url) > 2000:
        raise UsageError("A link-only credential needs its https:// verification address.")


__all__ = ["LINK_RECORD_TYPE", "is_link_record", "link_from_object", "make_link_record", "pdf_of"]
