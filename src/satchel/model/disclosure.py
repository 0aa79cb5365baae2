"""Remembered disclosure choices: what the holder showed a verifier of one credential, and what that means the
next time the same verifier asks for the same credential. Pure; no I/O.

A choice is kept per (verifier, credential). The verifier is named by a key: ``domain:<domain>`` for a QR share
made for a recruiter's domain, ``openid4vp:<client_id>`` for an OpenID4VP verifier whose identity was proven.
The claims are named by *claim keys*: JSON pointers (``/credentialSubject/achievement/name``) for QR shares, the
DCQL claim path written as compact JSON (``["given_name"]``) for OpenID4VP answers.

**Never silently widened.** Recalling a choice preselects only what was shown last time *and* is asked now;
a claim asked now that was not asked last time is marked as newly asked and is not preselected; a claim the
verifier asked for last time and was not shown stays unticked.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

QR_PREFIX = "domain:"
OPENID4VP_PREFIX = "openid4vp:"


@dataclass(frozen=True)
class RememberedChoice:
    verifier: str  # the verifier key: domain:<domain> or openid4vp:<client_id>
    label: str  # who, as shown to the holder (the domain, or the verifier's proven name)
    content_key: str  # the credential, however it was wrapped
    revealed: tuple[str, ...]  # claim keys shown
    asked: tuple[str, ...] | None  # claim keys the verifier asked for (OpenID4VP); None for a QR share
    request: str | None  # the DCQL credential query id it answered (OpenID4VP)
    chosen_at: str  # ISO 8601 instant
    credential_id: str | None = None  # a stored credential with this content (filled when listing)
    credential_name: str | None = None


@dataclass(frozen=True)
class Recall:
    """A new request's claims in the light of the last choice for the same verifier and credential."""

    preselected: tuple[str, ...]  # asked now and shown last time (all asked, when nothing is remembered)
    newly_asked: tuple[str, ...]  # asked now, not asked last time: the holder must tick them
    remembered: RememberedChoice | None


def qr_verifier(domain: str | None) -> str | None:
    """The verifier key of a QR share for ``domain`` (trimmed, lower-case); None without a domain."""
    text = (domain or "").strip().lower()
    return QR_PREFIX + text if text else None


def openid4vp_verifier(client_id: str, proven: bool) -> str | None:
    """The verifier key of an OpenID4VP verifier; None when its identity was not proven (``redirect_uri:``),
    since "the same verifier" cannot be told then."""
    return OPENID4VP_PREFIX + client_id if proven and client_id else None


def recall(asked: Sequence[str], remembered: RememberedChoice | None) -> Recall:
    if remembered is None:
        return Recall(tuple(asked), (), None)
    shown = set(remembered.revealed)
    before = set(remembered.asked) if remembered.asked is not None else shown
    return Recall(tuple(k for k in asked if k in shown), tuple(k for k in asked if k not in before), remembered)


# -- claim keys ----------------------------------------------------------------------------------------------
def path_key(path: Sequence[Any]) -> str:
    """The claim key of a DCQL claim path: ``["credentialSubject", "achievement", "name"]`` as compact JSON."""
    return json.dumps(list(path), separators=(",", ":"), ensure_ascii=False)


def path_pointer(path: Sequence[Any]) -> str:
    """A DCQL claim path written as a JSON pointer, ``*`` standing for every element of an array (``null``)."""
    return "/" + "/".join("*" if step is None else str(step).replace("~", "~0").replace("/", "~1")
                          for step in path)


def pointer_steps(pointer: str) -> list[str]:
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.strip("/").split("/")] if pointer else []


def pointer_label(pointer: str) -> str:
    """``/credentialSubject/achievement/name`` → ``credentialSubject › achievement › name``."""
    return " › ".join(pointer_steps(pointer))


def key_label(key: str) -> str:
    """A claim key as people read it (a DCQL path's ``null`` reads ``*``)."""
    if key.startswith("["):
        try:
            steps = json.loads(key)
        except ValueError:
            return key
        if isinstance(steps, list):
            return " › ".join("*" if s is None else str(s) for s in steps)
    return pointer_label(key)


def _step_matches(step: Any, segment: str) -> bool:
    return step is None or (isinstance(step, (str, int)) and not isinstance(step, bool) and str(step) == segment)


def path_touches(path: Sequence[Any], pointer: str) -> bool:
    """True when the DCQL ``path`` and the JSON ``pointer`` name the same claim, or one lies inside the other:
    revealing the path then discloses (part of) what the pointer can hide."""
    segments = pointer_steps(pointer)
    return all(_step_matches(step, segment) for step, segment in zip(path, segments, strict=False))


# -- QR shares: pointers chosen on the Share screen ----------------------------------------------------------
def _covered(pointer: str, revealed: Iterable[str]) -> bool:
    return any(pointer == r or pointer.startswith(r + "/") for r in revealed)


def hidden_after(pointers: Sequence[str], revealed: Sequence[str]) -> set[str]:
    """The fields to untick so that a credential whose hideable fields are ``pointers`` shows no more than
    ``revealed`` (a field stays ticked when it, or something inside it, was shown)."""
    return {p for p in pointers if not _covered(p, revealed) and not any(r.startswith(p + "/") for r in revealed)}


def shown_of(pointers: Sequence[str], reveal: Sequence[str] | None) -> tuple[str, ...]:
    """What a share showed of a credential whose hideable fields are ``pointers``: every one of them when
    ``reveal`` is None, else the ``reveal`` pointers that touch one of them (the others name claims that are
    always visible, or belong to another credential)."""
    if reveal is None:
        return tuple(pointers)
    return tuple(dict.fromkeys(r for r in reveal if any(
        p == r or p.startswith(r + "/") or r.startswith(p + "/") for p in pointers)))


def widened(pointers: Sequence[str], shown: Sequence[str], remembered: RememberedChoice | None) -> tuple[str, ...]:
    """The hideable fields ``shown`` now that the last share to the same verifier kept hidden."""
    if remembered is None:
        return ()
    before = hidden_after(pointers, remembered.revealed)
    now = hidden_after(pointers, shown)
    return tuple(p for p in pointers if p in before and p not in now)


__all__ = ["OPENID4VP_PREFIX", "QR_PREFIX", "Recall", "RememberedChoice", "hidden_after", "key_label",
           "openid4vp_verifier", "path_key", "path_pointer", "path_touches", "pointer_label", "pointer_steps",
           "qr_verifier", "recall", "shown_of", "widened"]
