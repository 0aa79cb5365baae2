"""Signing a presentation so that it proves what it can, whatever credentials it carries.

- The holder's active key signs (authentication purpose, with the verifier's challenge and domain).
- A credential issued to one of the holder's older DIDs (keys are rotated, old ones kept) gets that key's
  proof too, with the same challenge: the verifier then sees the holder proved that identifier as well.
- Packing never depends on Satchel understanding the credentials: when their JSON-LD vocabulary is one
  Satchel does not bundle (an Edubadges extension, a newer context…), the presentation is signed with
  ``eddsa-jcs-2022``, which signs the JSON text itself. The recruiter's verifier decides what it can check.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from satchel.errors import UnknownContext, UnsafeDocument
from satchel.vc import signing


def sign_presentation(vp: dict[str, Any], keys: Iterable[Any], *, suite: str, challenge: str,
                      domain: str | None, created: str) -> dict[str, Any]:
    """``vp`` signed by each of ``keys`` (the active one first), as one proof set."""
    keys = list(keys)
    try:
        return _sign_all(vp, keys, suite, challenge, domain, created)
    except (UnknownContext, UnsafeDocument):
        return _sign_all(vp, keys, "eddsa-jcs-2022", challenge, domain, created)


def _sign_all(vp: dict[str, Any], keys: list[Any], suite: str, challenge: str, domain: str | None,
              created: str) -> dict[str, Any]:
    signed = vp
    for key in keys:
        signed = signing.sign(signed, secret_key=key.secret, verification_method=key.kid,
                              purpose="authentication", suite=suite, challenge=challenge, domain=domain,
                              created=created)
    return signed


def proving_keys(active: Any, all_keys: Iterable[Any], subject_ids: Iterable[str | None]) -> list[Any]:
    """The active key, then every other holder key whose DID a shared credential was issued to."""
    wanted = {s for s in subject_ids if s}
    others = [k for k in all_keys if k.did != active.did and k.did in wanted]
    unique = {k.did: k for k in others}
    return [active, *unique.values()]


__all__ = ["proving_keys", "sign_presentation"]
