"""The EU micro-credential checklist of a stored credential (read from its exact bytes)."""

from __future__ import annotations

from satchel import formats
from satchel.formats.microcredential import eu_checklist
from satchel.model import CredentialRecord, SignedForm
from satchel.model.microcredential import AnnexChecklist


def checklist_of(record: CredentialRecord) -> AnnexChecklist:
    """Re-parse the stored bytes (nothing is rewritten) and read the Annex I elements."""
    parsed = formats.parse(record.raw)
    credential = parsed.credentials[0]
    return eu_checklist(credential.document, signed_form=SignedForm(record.signed_form))


__all__ = ["checklist_of"]
