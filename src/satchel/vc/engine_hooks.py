"""What the format-specific verifiers (OB 2.0, JAdES seals, SD-JWT VCs) need from the engine.

:class:`satchel.vc.engine.Verifier` dispatches to :mod:`.ob2`, :mod:`.jades` and :mod:`.sd_jwt`, which
call back into it to finish a report. They see it through this Protocol rather than importing the
engine, so no module imports one that imports it back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any, Protocol

from satchel.clock import Clock
from satchel.model import Check, VerificationReport
from satchel.model.trustlist import TrustedList
from satchel.vc.datamodel import Shape
from satchel.vc.did import DidResolver
from satchel.vc.did.web import WebDidDocuments
from satchel.vc.documents import DocumentSource


class EngineHooks(Protocol):
    @property
    def clock(self) -> Clock: ...

    @property
    def source(self) -> DocumentSource: ...

    @property
    def skew(self) -> timedelta: ...

    @property
    def kb_max_age(self) -> timedelta: ...

    @property
    def trusted_lists(self) -> Callable[[], list[TrustedList]]: ...

    def finish(self, document: dict[str, Any], shape: Shape, signature: Check, issuer_key: Check, *,
               with_status: bool, details: dict[str, Any],
               status: Check | None = None) -> VerificationReport: ...

    def garbled(self, kind: str, exc: BaseException) -> VerificationReport: ...

    def resolver(self) -> tuple[DidResolver, WebDidDocuments]: ...

    def _report(self, kind: str, document: Any, found: list[Check], **extra: Any) -> VerificationReport: ...
