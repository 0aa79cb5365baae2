"""European credentials: the EU micro-credential checklist of a stored credential (read from its exact
bytes), and the EU trusted lists held in the public-document cache (for JAdES seals)."""

from __future__ import annotations

from satchel import formats
from satchel.formats.microcredential import eu_checklist
from satchel.formats.trustlist import read_trusted_list
from satchel.model import CredentialRecord, SignedForm
from satchel.model.microcredential import AnnexChecklist
from satchel.model.trustlist import TrustedList
from satchel.vc.cache import DocumentCache


def checklist_of(record: CredentialRecord) -> AnnexChecklist:
    """Re-parse the stored bytes (nothing is rewritten) and read the Annex I elements."""
    parsed = formats.parse(record.raw)
    credential = parsed.credentials[0]
    return eu_checklist(credential.document, signed_form=SignedForm(record.signed_form))


def trusted_lists(cache: DocumentCache) -> list[TrustedList]:
    """Every cached document that is an EU trusted list (read again each time: the cache may change)."""
    found = []
    for entry in cache.entries():
        trusted = read_trusted_list(entry.body)
        if trusted is not None:
            found.append(trusted)
    return found


__all__ = ["checklist_of", "trusted_lists"]
