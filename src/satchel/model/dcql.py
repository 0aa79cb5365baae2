"""DCQL (OpenID4VP 1.0 §6) claim paths as the JSON pointers ``--reveal`` takes, so an answer to a verifier's
query reveals what it asks for and never more. Pure; for the OpenID4VP layer and the services.

A path element is a member name, an array index, or ``null``: every element of an array (§7.1). A ``null``
cannot be written as one JSON pointer, so it is expanded over the credential the answer is built from: one
pointer per element the rest of the path finds (``["degrees", null, "type"]`` over two degrees →
``/degrees/0/type``, ``/degrees/1/type``). Exactly the claims the verifier named are revealed, as the query
means them — never the whole array when only a member of each element was asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from satchel.errors import UsageError

Step = str | int | None


def _steps(path: object) -> list[Step]:
    """The checked elements of a claim path; UsageError when it is not one."""
    if not isinstance(path, (list, tuple)) or not path:
        raise UsageError("A DCQL claim path is a non-empty list.")
    for step in path:
        if isinstance(step, bool) or not (step is None or isinstance(step, (str, int))):
            raise UsageError("A DCQL claim path holds only names, array indexes and null.")
        if isinstance(step, int) and step < 0:
            raise UsageError("A DCQL claim path index cannot be negative.")
    return list(path)


def _escape(step: str | int) -> str:
    return str(step).replace("~", "~0").replace("/", "~1")


def pointer_for(path: object) -> str:
    """``["credentialSubject", "achievement", "name"]`` → ``/credentialSubject/achievement/name``; an array index
    stays a number. A ``null`` (every element of an array) depends on the credential: UsageError here, use
    :func:`pointers_for` with the credential."""
    steps = _steps(path)
    if any(step is None for step in steps):
        raise UsageError("This DCQL claim path selects every element of an array: its JSON pointers depend on "
                         "the credential, which this call was not given.")
    return "/" + "/".join(_escape(step) for step in steps if step is not None)


def expand(path: object, document: Any) -> list[str]:
    """The JSON pointers of every claim ``path`` finds in ``document`` (``null`` = each array element), in
    document order; UsageError when it finds none."""
    steps = _steps(path)
    found: list[tuple[str, Any]] = [("", document)]
    for step in steps:
        following: list[tuple[str, Any]] = []
        for pointer, node in found:
            if step is None and isinstance(node, list):
                following += [(f"{pointer}/{i}", item) for i, item in enumerate(node)]
            elif isinstance(step, str) and isinstance(node, dict) and step in node:
                following.append((f"{pointer}/{_escape(step)}", node[step]))
            elif isinstance(step, int) and isinstance(node, list) and step < len(node):
                following.append((f"{pointer}/{step}", node[step]))
        found = following
    if not found:
        shown = "/".join("*" if step is None else str(step) for step in steps)
        raise UsageError(f"The credential has no claim at the DCQL path {shown[:200]!r}.")
    return [pointer for pointer, _ in found]


def pointers_for(claims: Sequence[Any] | None, document: Any = None) -> list[str] | None:
    """The pointers a DCQL credential query's ``claims`` ask for, in order and each once; None when it names
    none (the whole credential). With ``document`` (the claims of the credential that answers), each path is
    expanded over it (:func:`expand`); without it a path with ``null`` is a UsageError."""
    if not claims:
        return None
    pointers: list[str] = []
    for claim in claims:
        if not isinstance(claim, dict):
            continue
        path = claim.get("path")
        found = expand(path, document) if document is not None else [pointer_for(path)]
        pointers += [p for p in found if p not in pointers]
    return pointers
