"""The learner's selective-disclosure entry points (mixed into :class:`satchel.services.LearnerWallet`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from satchel.clock import Clock
from satchel.model import CredentialRecord
from satchel.services import sharing
from satchel.services.session import WalletSession
from satchel.vc import sd_jwt_present


class _Wallet(Protocol):
    """What these entry points use of the class they are mixed into (LearnerWallet)."""

    session: WalletSession
    clock: Clock

    def get(self, cred_id: str) -> CredentialRecord: ...


class Disclosing:
    def holder_jwk(self: _Wallet) -> dict[str, str]:
        """The active holder key as a public JWK: what an SD-JWT issuer binds credentials to (``cnf.jwk``)."""
        return sd_jwt_present.holder_jwk(sharing.holder(self.session.wallet()).secret)

    def present_sd_jwt(self: _Wallet, cred_id: str, reveal: Sequence[str] | None = None, *,
                       challenge: str | None = None, domain: str | None = None) -> tuple[str, str]:
        """An SD-JWT VC presentation with a key binding JWT, revealing ``reveal`` (JSON pointers; None: all)."""
        return sharing.present_sd_jwt(self.session.wallet(), self.get(cred_id), reveal, clock=self.clock,
                                      challenge=challenge, domain=domain)
