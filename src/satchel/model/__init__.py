"""Pure data: what a credential, a stored record and a verification report are. No I/O here.

The names below are loaded from their modules on first use (PEP 562): creating the dataclasses of a
module costs start-up time, and ``satchel verify FILE`` needs no stored-record types.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_LAZY = {
    "CredentialFormat": "credential", "DisplayFields": "credential", "ParsedCredential": "credential",
    "ParsedPresentation": "credential", "SignedForm": "credential",
    "CredentialRecord": "record", "ListQuery": "record", "SortKey": "record",
    "Check": "report", "CheckName": "report", "CheckStatus": "report", "Outcome": "report",
    "VerificationReport": "report", "is_mismatch": "report", "outcome_of": "report",
}

if TYPE_CHECKING:  # the lazy names, with their real types for the type checker ("as": re-exported)
    from satchel.model.credential import CredentialFormat as CredentialFormat
    from satchel.model.credential import DisplayFields as DisplayFields
    from satchel.model.credential import ParsedCredential as ParsedCredential
    from satchel.model.credential import ParsedPresentation as ParsedPresentation
    from satchel.model.credential import SignedForm as SignedForm
    from satchel.model.record import CredentialRecord as CredentialRecord
    from satchel.model.record import ListQuery as ListQuery
    from satchel.model.record import SortKey as SortKey
    from satchel.model.report import Check as Check
    from satchel.model.report import CheckName as CheckName
    from satchel.model.report import CheckStatus as CheckStatus
    from satchel.model.report import Outcome as Outcome
    from satchel.model.report import VerificationReport as VerificationReport
    from satchel.model.report import is_mismatch as is_mismatch
    from satchel.model.report import outcome_of as outcome_of


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'satchel.model' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later look-ups are plain attribute reads
    return value


__all__ = sorted(_LAZY)
