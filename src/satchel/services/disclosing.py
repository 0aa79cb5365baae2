"""The learner's selective-disclosure entry points (mixed into :class:`satchel.services.LearnerWallet`): SD-JWT
presentations, and the disclosure choices remembered per verifier (see :mod:`satchel.model.disclosure`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from satchel.clock import Clock
from satchel.model import CredentialRecord
from satchel.model.disclosure import RememberedChoice
from satchel.services import share_memory, sharing
from satchel.services.session import WalletSession
from satchel.vc import sd_jwt_present

Reveal = Sequence[str] | Mapping[str, Sequence[str]] | None


class _Wallet(Protocol):
    """What these entry points use of the class they are mixed into (LearnerWallet)."""

    session: WalletSession
    clock: Clock

    def get(self, cred_id: str) -> CredentialRecord: ...

    def resolve_id(self, prefix: str) -> str: ...


class Disclosing:
    def holder_jwk(self: _Wallet) -> dict[str, str]:
        """The active holder key as a public JWK: what an SD-JWT issuer binds credentials to (``cnf.jwk``)."""
        return sd_jwt_present.holder_jwk(sharing.holder(self.session.wallet()).secret)

    def present_sd_jwt(self: _Wallet, cred_id: str, reveal: Sequence[str] | None = None, *,
                       challenge: str | None = None, domain: str | None = None) -> tuple[str, str]:
        """An SD-JWT VC presentation with a key binding JWT, revealing ``reveal`` (JSON pointers; None: all)."""
        record = self.get(cred_id)
        made = sharing.present_sd_jwt(self.session.wallet(), record, reveal, clock=self.clock,
                                      challenge=challenge, domain=domain)
        share_memory.remember(self.session.wallet(), [record], domain, reveal)
        return made

    # -- remembered choices -------------------------------------------------------------------------
    def remember_shown(self: _Wallet, records: Sequence[CredentialRecord], domain: str | None,
                       reveal: Reveal) -> None:
        """After a presentation for ``domain``: keep what it showed of each credential that can hide fields."""
        share_memory.remember(self.session.wallet(), records, domain, reveal)

    def wider_than_last_time(self: _Wallet, ids: Sequence[str], domain: str | None,
                             reveal: Reveal) -> dict[str, tuple[str, ...]]:
        """Per credential id, the fields a presentation for ``domain`` would show that the last one kept hidden."""
        records = [self.get(i) for i in ids]
        return share_memory.wider_than_last_time(self.session.wallet(), records, domain, reveal)

    def recall_shown(self: _Wallet, ids: Sequence[str], domain: str | None) -> dict[str, RememberedChoice]:
        """The last choice made for ``domain`` of each credential in ``ids`` that has one (no domain: none)."""
        return share_memory.recall(self.session.wallet(), ids, domain)

    def remembered_choices(self: _Wallet) -> list[RememberedChoice]:
        """Every remembered choice, newest first."""
        return self.session.wallet().remembered_choices()

    def forget_choices(self: _Wallet, *, verifier: str | None = None, cred_id: str | None = None) -> int:
        """Forget the remembered choices for one verifier key, one credential, both, or all; how many went."""
        return self.session.wallet().forget_choices(
            verifier=verifier, id=self.resolve_id(cred_id) if cred_id is not None else None)
