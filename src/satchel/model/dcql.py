"""DCQL (OpenID4VP 1.0 §6) claim paths as the JSON pointers ``--reveal`` takes, so an answer to a verifier's
query reveals what it asks for and never more. Pure; for the OpenID4VP layer and the services."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from satchel.errors import UsageError


def pointer_for(path: object) -> str:
    """``["credentialSubject", "achievement", "name"]`` → ``/credentialSubject/achievement/name``; an array index
    stays a number. A ``null`` (every element of an array) cannot be one pointer: UsageError, so a caller never
    widens a request it cannot express exactly."""
    if not isinstance(path, (list, tuple)) or not path:
        raise UsageError("A DCQL claim path is a non-empty list.")
    steps = []
    for step in path:
        if isinstance(step, bool) or step is None or not isinstance(step, (str, int)):
            raise UsageError("This DCQL claim path selects every element of an array, which Satchel cannot "
                             "reveal exactly; answer with the whole credential only if you choose to.")
        if isinstance(step, int) and step < 0:
            raise UsageError("A DCQL claim path index cannot be negative.")
        steps.append(str(step).replace("~", "~0").replace("/", "~1"))
    return "/" + "/".join(steps)


def pointers_for(claims: Sequence[dict[str, Any]] | None) -> list[str] | None:
    """The pointers a DCQL credential query's ``claims`` ask for; None when it names none (the whole credential)."""
    if not claims:
        return None
    return [pointer_for(claim.get("path")) for claim in claims if isinstance(claim, dict)]
