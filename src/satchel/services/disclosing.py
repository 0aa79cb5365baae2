"""The facade's selective-disclosure entry points (mixed into :class:`satchel.services.app.Satchel`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from satchel.services import sharing
from satchel.vc import sd_jwt_present


class Disclosing:
    session: Any
    clock: Any

    def get(self, cred_id: str) -> Any:  # provided by Satchel
        raise NotImplementedError

    def holder_jwk(self) -> dict[str, str]:
        """The active holder key as a public JWK: what an SD-JWT issuer binds credentials to (``cnf.jwk``)."""
        return sd_jwt_present.holder_jwk(sharing.holder(self.session.wallet()).secret)

    def present_sd_jwt(self, cred_id: str, reveal: Sequence[str] | None = None, *, challenge: str | None = None,
                       domain: str | None = None) -> tuple[str, str]:
        """An SD-JWT VC presentation with a key binding JWT, revealing ``reveal`` (JSON pointers; None: all)."""
        return sharing.present_sd_jwt(self.session.wallet(), self.get(cred_id), reveal, clock=self.clock,
                                      challenge=challenge, domain=domain)
