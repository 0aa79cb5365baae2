"""A link-only credential (kept by the learner as its issuer's verification page) has nothing to check.

Its report says so in one UNKNOWN check naming the website, so it is never shown as verified and never as
forged: the issuer's page is the only proof, and the learner or a recruiter opens it there.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from satchel.model import CheckName, VerificationReport
from satchel.vc import checks

LINK_RECORD_TYPE = "SatchelLinkRecord"


def is_link_record(document: Any) -> bool:
    return isinstance(document, dict) and document.get("type") == LINK_RECORD_TYPE


def link_only_report(document: dict[str, Any], verified_at: Any) -> VerificationReport:
    stated = document.get("url")
    url = stated if isinstance(stated, str) else ""
    host = urlsplit(url).hostname or "?"
    check = checks.unknown(CheckName.FORMAT, "link_only", {"url": url[:2000]}, host=host)
    title = document.get("title") if isinstance(document.get("title"), str) else None
    return VerificationReport(kind="credential", subject=url or None, checks=(check,), verified_at=verified_at,
                              title=title, details={"signed_form": "link-only", "url": url[:2000]})


__all__ = ["is_link_record", "link_only_report"]
