"""Revocation and suspension, fail-closed: a list that cannot be fetched or trusted gives UNKNOWN.

Supported ``credentialStatus`` types: BitstringStatusListEntry, StatusList2021Entry (the list is itself
a credential, verified by the engine's ``verify_list``) and 1EdTechRevocationList (a plain list of
revoked credential ids; a credential without an ``id`` cannot be looked up in it, so its status is
UNKNOWN). A list issued by someone other than the credential's issuer is accepted with a WARNING, as DCC
verifier-core does. A cached list is used only while fresh (:mod:`satchel.vc.freshness`); an older copy
gives UNKNOWN with its age.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from satchel.errors import FetchError, ImportRefused, Malformed, StaleDocument
from satchel.model import Check, CheckName, CheckStatus, VerificationReport
from satchel.vc import checks
from satchel.vc.documents import DocumentSource
from satchel.vc.freshness import stale_check, ttl
from satchel.vc.safejson import load_object
from satchel.vc.status.bitstring import bit_at, decode_list
from satchel.vc.status.lists import revoked_entry

ListVerifier = Callable[[dict[str, Any]], VerificationReport]

_LIST_KINDS = {
    "BitstringStatusListEntry": ("BitstringStatusListCredential", "BitstringStatusList", True),
    "StatusList2021Entry": ("StatusList2021Credential", "StatusList2021", False),
}
_PURPOSES = {"revocation": "revoked", "suspension": "suspended"}
_RANK = {CheckStatus.OK: 0, CheckStatus.WARNING: 1, CheckStatus.UNKNOWN: 2, CheckStatus.FAILED: 3}
STATUS = CheckName.STATUS


class _ListInvalid(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _issuer_id(document: dict[str, Any]) -> str | None:
    issuer = document.get("issuer")
    return issuer.get("id") if isinstance(issuer, dict) else issuer if isinstance(issuer, str) else None


class StatusChecker:
    def __init__(self, source: DocumentSource, verify_list: ListVerifier) -> None:
        self._source = source
        self._verify_list = verify_list

    def check(self, credential: dict[str, Any]) -> Check:
        """One status check for every ``credentialStatus`` entry; the worst result wins."""
        entries = credential.get("credentialStatus")
        if entries is None:
            return checks.ok(STATUS, "none")
        results = [self._entry(entry, credential) for entry in _as_list(entries)]
        worst = max(results, key=lambda c: _RANK[c.status])
        if len(results) == 1:
            return worst
        return checks.make(STATUS, worst.status, worst.message.split(".", 1)[1],
                           {**worst.details, "entries": [c.to_dict() for c in results]}, **worst.params)

    def _entry(self, entry: Any, credential: dict[str, Any]) -> Check:
        if not isinstance(entry, dict):
            return checks.unknown(STATUS, "unsupported", type="?")
        kind = entry.get("type")
        if kind in _LIST_KINDS:
            return self._bitstring(entry, kind, credential)
        if kind == "1EdTechRevocationList":
            return self._revocation_list(entry, credential)
        return checks.unknown(STATUS, "unsupported", {"type": str(kind)[:80]}, type=str(kind)[:80])

    def _bitstring(self, entry: dict[str, Any], kind: str, credential: dict[str, Any]) -> Check:
        purpose, url = entry.get("statusPurpose"), entry.get("statusListCredential")
        details: dict[str, Any] = {"type": kind, "purpose": purpose, "list": url,
                                   "index": entry.get("statusListIndex")}
        index = _index(entry.get("statusListIndex"))
        if purpose not in _PURPOSES or not isinstance(url, str) or index is None \
                or entry.get("statusSize", 1) not in (1, "1"):
            return checks.unknown(STATUS, "list_invalid", {**details, "reason": "malformed status entry"})
        try:
            cached = self._source.fetch(url, accept="application/vc+ld+json, application/json",
                                        lifetime=ttl(entry.get("ttl")))
        except StaleDocument as exc:
            return stale_check(STATUS, exc, details)
        except FetchError as exc:
            return checks.unknown(STATUS, "unreachable", {**details, "reason": exc.message})
        now = self._source.clock.now()
        details["copy"] = cached.describe(now)
        try:
            status_list = load_object(cached.body)
            bits = self._trusted_bits(status_list, kind, purpose)
            is_set = bit_at(bits, index)
        except (_ListInvalid, ImportRefused) as exc:
            reason = exc.reason if isinstance(exc, _ListInvalid) else exc.message
            return checks.unknown(STATUS, "list_invalid", {**details, "reason": reason})
        list_issuer, issuer = _issuer_id(status_list), _issuer_id(credential)
        details["list_issuer"] = list_issuer
        if is_set:
            return checks.failed(STATUS, _PURPOSES[purpose], details)
        if list_issuer != issuer:
            return checks.warning(STATUS, "other_issuer", details, list_issuer=list_issuer or "?")
        return checks.ok(STATUS, "ok", details)

    def _trusted_bits(self, status_list: dict[str, Any], kind: str, purpose: str) -> bytes:
        credential_type, subject_type, multibase = _LIST_KINDS[kind]
        if credential_type not in _as_list(status_list.get("type")):
            raise _ListInvalid(f"the list's type does not include {credential_type}")
        report = self._verify_list(status_list)
        problems = [c.message for c in report.checks
                    if c.name != STATUS and c.status in (CheckStatus.FAILED, CheckStatus.UNKNOWN)]
        if problems:
            raise _ListInvalid("the list credential does not verify: " + ", ".join(problems))
        subject = status_list.get("credentialSubject")
        if not isinstance(subject, dict) or subject_type not in _as_list(subject.get("type")):
            raise _ListInvalid(f"the list's subject is not a {subject_type}")
        if purpose not in _as_list(subject.get("statusPurpose")):
            raise _ListInvalid(f"the list is not a {purpose} list")
        try:
            return decode_list(subject.get("encodedList"), multibase=multibase)
        except Malformed as exc:
            raise _ListInvalid(exc.message) from exc

    def _revocation_list(self, entry: dict[str, Any], credential: dict[str, Any]) -> Check:
        url = entry.get("id")
        details: dict[str, Any] = {"type": "1EdTechRevocationList", "list": url}
        if not isinstance(url, str):
            return checks.unknown(STATUS, "list_invalid", {**details, "reason": "no list URL"})
        if not isinstance(credential.get("id"), str) or not credential["id"]:
            return checks.unknown(STATUS, "no_id", details)
        try:
            revocation_list, cached = self._source.fetch_json(url, lifetime=ttl(entry.get("ttl")))
        except StaleDocument as exc:
            return stale_check(STATUS, exc, details)
        except FetchError as exc:
            return checks.unknown(STATUS, "unreachable", {**details, "reason": exc.message})
        except ImportRefused as exc:
            return checks.unknown(STATUS, "list_invalid", {**details, "reason": exc.message})
        details["copy"] = cached.describe(self._source.clock.now())
        found = revoked_entry(revocation_list, credential.get("id"), "revokedCredentials")
        if found is not None:
            return checks.failed(STATUS, "revoked", {**details, "reason": found.get("revocationReason")})
        return checks.ok(STATUS, "ok", details)


def _index(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, str) and value.isdigit() and len(value) < 12:
        return int(value)
    return None


__all__ = ["ListVerifier", "StatusChecker"]
