"""Pure data: what a credential, a stored record and a verification report are. No I/O here."""

from satchel.model.credential import (
    CredentialFormat,
    DisplayFields,
    ParsedCredential,
    ParsedPresentation,
    SignedForm,
)
from satchel.model.record import CredentialRecord, ListQuery, SortKey
from satchel.model.report import (
    Check,
    CheckName,
    CheckStatus,
    Outcome,
    VerificationReport,
    is_mismatch,
    outcome_of,
)

__all__ = [
    "Check",
    "CheckName",
    "CheckStatus",
    "CredentialFormat",
    "CredentialRecord",
    "DisplayFields",
    "ListQuery",
    "Outcome",
    "ParsedCredential",
    "ParsedPresentation",
    "SignedForm",
    "SortKey",
    "VerificationReport",
    "is_mismatch",
    "outcome_of",
]
