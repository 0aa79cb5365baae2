"""European credentials: the EU micro-credential checklist of a stored credential (read from its exact
bytes), and the EU trusted lists held in the public-document cache (for JAdES seals)."""

from __future__ import annotations

from typing import Any

from satchel import formats
from satchel.errors import SatchelError
from satchel.formats.microcredential import eu_checklist
from satchel.i18n import t
from satchel.model import CredentialRecord, SignedForm
from satchel.model.microcredential import AnnexChecklist
from satchel.model.trustlist import TrustedList
from satchel.vc.cache import DocumentCache


def checklist_of(record: CredentialRecord) -> AnnexChecklist:
    """Re-parse the stored bytes (nothing is rewritten) and read the Annex I elements."""
    parsed = formats.parse(record.raw)
    credential = parsed.credentials[0]
    return eu_checklist(credential.document, signed_form=SignedForm(record.signed_form))


# What a reader decides on, beyond "is it genuine": what was learnt, how much, at which level, how assessed.
MEANING_KEYS = ("learning_outcomes", "workload", "level", "assessment")


def checklist_of_document(document: Any, signed_form: SignedForm | str | None = None) -> AnnexChecklist | None:
    """The checklist of a credential document already parsed (a presented one); None when it cannot be read."""
    if not isinstance(document, dict):
        return None
    try:
        return eu_checklist(document, signed_form=SignedForm(signed_form) if signed_form else None)
    except (SatchelError, ValueError):
        return None


def stored_checklist(record: CredentialRecord) -> AnnexChecklist | None:
    """The checklist of a stored credential, None for a link-only record or bytes that no longer parse."""
    if record.signed_form == SignedForm.LINK_ONLY.value:
        return None
    try:
        return checklist_of(record)
    except SatchelError:
        return None


def meaning_lines(checklist: AnnexChecklist, lang: str) -> list[str]:
    """'Notional workload: 2 ECTS', … for the elements stated, then 'EU micro-credential: N of 11 …'."""
    lines = [t("eu.line", lang, element=t(f"eu.element.{key}", lang), value=checklist.element(key).value)
             for key in MEANING_KEYS if checklist.element(key).present]
    summary = t("eu.summary", lang, present=checklist.mandatory_present, total=checklist.mandatory_total)
    lines.append(t("eu.line", lang, element=t("eu.title", lang), value=summary))
    return lines


def trusted_lists(cache: DocumentCache) -> list[TrustedList]:
    """Every cached document that is an EU trusted list (read again each time: the cache may change)."""
    from satchel.formats.trustlist import read_trusted_list  # the XML reader loads for sealed credentials only

    found = []
    for entry in cache.entries():
        trusted = read_trusted_list(entry.body)
        if trusted is not None:
            found.append(trusted)
    return found


__all__ = ["MEANING_KEYS", "checklist_of", "checklist_of_document", "meaning_lines", "stored_checklist",
           "trusted_lists"]
