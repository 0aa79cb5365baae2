"""``QueryByExample`` (W3C Verifiable Presentation Request): which stored credentials answer one query.

A query holds one ``credentialQuery`` (or a list of them); each has an ``example`` — a partial credential —
and may give a ``reason`` and ``trustedIssuer`` entries. A credential answers a credentialQuery when every
field of its example is found in it:

- a scalar matches an equal value, or a list that contains it (``"type": "OpenBadgeCredential"`` matches
  ``["VerifiableCredential", "OpenBadgeCredential"]``); a string matches an object whose ``id`` is that
  string (``"issuer": "did:…"`` against an issuer profile), and the other way round;
- a list matches when each of its items is matched by one of the credential's values (``@context`` too);
- an object matches an object (or one element of a list of objects) that matches it field by field;
- ``trustedIssuer`` entries with ``required: true`` restrict the issuer to the ids they name.

A credential answers the query when it answers one of its credentialQuery entries. A query without any
example asks for nothing Satchel can match, so nothing answers it (the person cannot be asked to choose
blindly).
"""

from __future__ import annotations

from typing import Any

MAX_DEPTH = 16


def credential_queries(query: dict[str, Any]) -> list[dict[str, Any]]:
    value = query.get("credentialQuery")
    items = value if isinstance(value, list) else [value]
    return [q for q in items if isinstance(q, dict)]


def reasons(query: dict[str, Any]) -> list[str]:
    """The reasons the exchanger gives (shown to the person, never interpreted)."""
    return [q["reason"] for q in credential_queries(query) if isinstance(q.get("reason"), str) and q["reason"]]


def asked_types(query: dict[str, Any]) -> list[str]:
    """The credential types the examples name, other than ``VerifiableCredential``, for display."""
    found: list[str] = []
    for entry in credential_queries(query):
        example = entry.get("example")
        value = example.get("type") if isinstance(example, dict) else None
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item != "VerifiableCredential" and item not in found:
                found.append(item)
    return found


def answers(query: dict[str, Any], credential: Any) -> bool:
    """True when ``credential`` (a JSON document) answers one of the query's credentialQuery entries."""
    if not isinstance(credential, dict):
        return False
    return any(_answers_one(entry, credential) for entry in credential_queries(query))


def _answers_one(entry: dict[str, Any], credential: dict[str, Any]) -> bool:
    example = entry.get("example")
    if not isinstance(example, dict) or not example:
        return False
    required = [t.get("issuer") for t in entry.get("trustedIssuer") or []
                if isinstance(t, dict) and t.get("required") is True]
    if required and _issuer_id(credential.get("issuer")) not in required:
        return False
    return _object_matches(example, credential, 0)


def _issuer_id(value: Any) -> Any:
    return value.get("id") if isinstance(value, dict) else value


def _object_matches(example: dict[str, Any], value: Any, depth: int) -> bool:
    if depth > MAX_DEPTH:
        return False
    if isinstance(value, list):
        return any(_object_matches(example, item, depth + 1) for item in value)
    if not isinstance(value, dict):
        return False
    return all(key in value and _matches(wanted, value[key], depth + 1) for key, wanted in example.items())


def _matches(wanted: Any, value: Any, depth: int) -> bool:
    if isinstance(wanted, dict):
        if isinstance(value, str) and set(wanted) == {"id"}:
            return bool(wanted["id"] == value)
        return _object_matches(wanted, value, depth)
    if isinstance(wanted, list):
        values = value if isinstance(value, list) else [value]
        return all(any(_matches(item, v, depth + 1) for v in values) for item in wanted)
    if isinstance(value, list):
        return any(_scalar_matches(wanted, v) for v in value)
    return _scalar_matches(wanted, value)


def _scalar_matches(wanted: Any, value: Any) -> bool:
    if isinstance(value, dict) and isinstance(wanted, str):
        return bool(value.get("id") == wanted)
    return type(wanted) is type(value) and bool(wanted == value)


__all__ = ["answers", "asked_types", "credential_queries", "reasons"]
