"""Re-verify every stored credential (`satchel verify --all`, "Verify all" in the app), with progress.

Each credential is verified afresh from its stored bytes and its new report is stored, as
``verify_stored`` does one by one; only the verifier (its loader and processed contexts) is shared.
The bytes are read and the reports written in batches of :data:`WRITE_EVERY` credentials (one query
and one commit each: a commit on an encrypted wallet costs more than a verification), and nothing else
of a record is read (no display fields, old report or picture). A credential deleted while this runs
is left out (the total shrinks).
Blocking: the UI runs it off its event loop and passes ``on_progress`` and ``cancelled``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from satchel.clock import isoformat
from satchel.errors import SatchelError
from satchel.model import ListQuery, Outcome, VerificationReport
from satchel.services import verifying
from satchel.vc.engine import Verifier

if TYPE_CHECKING:
    from satchel.store import Wallet

Progress = Callable[[int, int], None]  # (done, total)
WRITE_EVERY = 100  # results are stored in one transaction per this many credentials (one commit each)


@dataclass(frozen=True)
class NotVerified:
    id: str
    name: str | None
    outcome: str


@dataclass(frozen=True)
class VerifyAllSummary:
    total: int                         # credentials in the wallet
    done: int                          # credentials verified (fewer than total when cancelled)
    outcomes: dict[str, int]           # Outcome value → how many
    not_verified: tuple[NotVerified, ...] = field(default=())  # every one whose outcome is not "verified"
    seconds: float = 0.0

    @property
    def cancelled(self) -> bool:
        return self.done < self.total

    @property
    def all_verified(self) -> bool:
        return not self.cancelled and not self.not_verified

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "done": self.done, "cancelled": self.cancelled,
                "outcomes": dict(self.outcomes), "seconds": round(self.seconds, 3),
                "not_verified": [{"id": n.id, "name": n.name, "outcome": n.outcome} for n in self.not_verified]}


def verify_all(wallet: Wallet, verifier: Verifier, *, on_progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> VerifyAllSummary:
    started = time.perf_counter()
    ids = wallet.list_ids(ListQuery())  # the credentials `list` shows, in its order
    total = len(ids)
    outcomes = {outcome.value: 0 for outcome in Outcome}
    not_verified: list[NotVerified] = []
    if on_progress:
        on_progress(0, total)
    done = 0
    pending: list[tuple[str, str, str, str]] = []
    try:
        for start in range(0, len(ids), WRITE_EVERY):
            batch = ids[start:start + WRITE_EVERY]
            inputs = wallet.verification_inputs(batch)  # one read per batch
            total -= len(batch) - len(inputs)  # deleted since the list was read
            for cred_id, name, signed_form, raw in inputs:
                if cancelled and cancelled():
                    return VerifyAllSummary(total, done, outcomes, tuple(not_verified),
                                            time.perf_counter() - started)  # `finally` writes what is done
                report = _verify_one(verifier, raw, signed_form)
                pending.append((cred_id, verifying.report_json(report), report.outcome.value,
                                isoformat(report.verified_at)))
                outcomes[report.outcome.value] = outcomes.get(report.outcome.value, 0) + 1
                if report.outcome is not Outcome.VERIFIED:
                    not_verified.append(NotVerified(cred_id, name, report.outcome.value))
                done += 1
                if on_progress:
                    on_progress(done, total)
            wallet.set_reports(pending)  # one commit per batch
            pending = []
    finally:  # what was verified is kept, even when stopped or interrupted
        if pending:
            wallet.set_reports(pending)
    return VerifyAllSummary(total, done, outcomes, tuple(not_verified), time.perf_counter() - started)


def _verify_one(verifier: Verifier, raw: bytes, signed_form: str) -> VerificationReport:
    try:
        return verifying.verify_raw_credential(verifier, raw, signed_form)
    except SatchelError as exc:  # stored bytes that no longer parse: a failed format check, named
        return verifier.garbled("credential", exc)
