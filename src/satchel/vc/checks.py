"""Small constructors for :class:`satchel.model.Check` values.

Message keys are ``<check>.<result>`` (``signature.ok``, ``expiry.failed``), except the status check,
whose sentences live under ``revocation.*`` because ``status.*`` already names the four check states.
"""

from __future__ import annotations

from typing import Any

from satchel.model import Check, CheckName, CheckStatus

_PREFIX = {CheckName.STATUS: "revocation"}


def message_key(name: CheckName, result: str) -> str:
    return f"{_PREFIX.get(name, name.value)}.{result}"


def make(name: CheckName, status: CheckStatus, result: str, details: dict[str, Any] | None = None, /,
         **params: Any) -> Check:
    return Check(name, status, message_key(name, result), params, dict(details or {}))


def ok(name: CheckName, result: str = "ok", details: dict[str, Any] | None = None, /,
       **params: Any) -> Check:
    return make(name, CheckStatus.OK, result, details, **params)


def warning(name: CheckName, result: str, details: dict[str, Any] | None = None, /,
            **params: Any) -> Check:
    return make(name, CheckStatus.WARNING, result, details, **params)


def failed(name: CheckName, result: str = "failed", details: dict[str, Any] | None = None, /,
           **params: Any) -> Check:
    return make(name, CheckStatus.FAILED, result, details, **params)


def unknown(name: CheckName, result: str, details: dict[str, Any] | None = None, /,
            **params: Any) -> Check:
    return make(name, CheckStatus.UNKNOWN, result, details, **params)


_UNCHECKED = {CheckName.ISSUER_KEY: "skipped_unchecked"}  # the name each check's sentence has


def not_checked(name: CheckName, signature: Check) -> Check:
    """A check left out because of the signature: "skipped" when it failed ("…is not valid"), the
    "not checked, because the signature could not be checked" sentence when it could not be checked (a
    suite, key or vocabulary Satchel lacks), so neither reads as the other."""
    if signature.status is CheckStatus.FAILED:
        return unknown(name, "skipped")
    return unknown(name, _UNCHECKED.get(name, "not_checked"))
