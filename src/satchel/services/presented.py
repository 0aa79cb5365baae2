"""What a presentation's credentials say, for a recruiter reading them: the facts a hiring manager needs
(picture, recipient, what it certifies, issuer, dates, credits, the EU micro-credential elements), in the
order the presentation lists them (the order of the verification report's credentials). Pictures are only
those carried inside the credentials; a recruiter's report never downloads anything."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from satchel import formats
from satchel.errors import SatchelError
from satchel.model import DisplayFields
from satchel.model.microcredential import AnnexChecklist
from satchel.services.microcredentials import checklist_of_document
from satchel.services.pictures import data_url_bytes


@dataclass(frozen=True)
class Presented:
    display: DisplayFields
    picture: bytes | None
    credits: str | None  # credits earned (or available), as written
    field_of_study: str | None
    issuer_url: str | None  # the issuer's https home page or id
    eu: AnnexChecklist | None = None  # the EU micro-credential elements, read from the presented document


def presented(document: dict[str, Any] | None) -> tuple[Presented, ...]:
    """One entry per credential of a scanned or opened presentation (or of a lone credential)."""
    if not isinstance(document, dict):
        return ()
    try:
        parsed = formats.parse(json.dumps(document, ensure_ascii=False).encode("utf-8"))
    except SatchelError:
        return ()
    return tuple(_presented(cred.display, cred.document, checklist_of_document(cred.document, cred.signed_form))
                 for cred in parsed.credentials)


def _presented(display: DisplayFields, document: Any, eu: AnnexChecklist | None = None) -> Presented:
    doc = document if isinstance(document, dict) else {}
    subject = doc.get("credentialSubject")
    subject = subject[0] if isinstance(subject, list) and subject else subject
    subject = subject if isinstance(subject, dict) else {}
    stated = subject.get("achievement")
    achievement = stated if isinstance(stated, dict) else {}
    credits = subject.get("creditsEarned") or achievement.get("creditsAvailable")
    issuer_url = display.extra.get("issuer_url") or display.issuer_id
    return Presented(
        display=display, picture=data_url_bytes(display.image),
        credits=str(credits) if isinstance(credits, (int, float, str)) and str(credits).strip() else None,
        field_of_study=achievement.get("fieldOfStudy") if isinstance(achievement.get("fieldOfStudy"), str) else None,
        issuer_url=issuer_url if isinstance(issuer_url, str) and issuer_url.startswith("https://") else None,
        eu=eu)
