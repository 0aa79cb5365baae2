"""The learner's selective-disclosure entry points (mixed into :class:`satchel.services.LearnerWallet`)."""

from __future__ import annotations

from collections.abc import Sequence

from satchel.clock import Clock
from satchel.model import CredentialRecord
from satchel.services import sharing
from satchel.services.session import WalletSession
from satchel.vc import sd_jwt_present


class Disclosing:
    session: WalletSession
    clock: Clock

    def get(self, cred_id: str) -> CredentialRecord:  # provided by LearnerWallet
        raise NotImplementedError

    def holder_jwk(self) -> dict[str, str]:
        """The active holder key as a public JWK: what an SD-JWT issuer binds credentials to (``cnf.jwk``)."""
        return sd_jwt_present.holder_jwk(sharing.holder(self.session.wallet()).secret)

    def present_sd_jwt(self, cred_id: str, reveal: Sequence[str] | None = None, *, challenge: str | None = None,
                       domain: str | None = None) -> tuple[str, str]:
        """An SD-JWT VC presentation with a key binding JWT, revealing ``reveal`` (JSON pointers; None: all)."""
        return sharing.present_sd_jwt(self.session.wallet(), self.get(cred_id), reveal, clock=self.clock,
                                      challenge=challenge, domain=domain)
