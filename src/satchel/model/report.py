"""Verification results as named checks (in the spirit of walt.id policies).

A report is a list of :class:`Check` values, each ``ok | warning | failed | unknown`` with a message
key (translated by :mod:`satchel.i18n`), its parameters, and free-form details. A presentation's report
also carries one child report per credential inside it. The :class:`Outcome` is derived, never stored
separately, so it cannot disagree with the checks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any


class CheckStatus(str, Enum):
    OK = "ok"
    WARNING = "warning"
    FAILED = "failed"
    UNKNOWN = "unknown"


class CheckName(str, Enum):
    FORMAT = "format"  # the document is a well-formed credential / presentation, contexts known
    SIGNATURE = "signature"  # every proof verifies (or the hosted assertion matches)
    ISSUER_KEY = "issuer_key"  # the signing key belongs to the issuer, authorised for assertionMethod
    NOT_BEFORE = "not_before"  # validFrom / issuanceDate / nbf
    EXPIRY = "expiry"  # validUntil / expirationDate / exp
    STATUS = "status"  # revocation / suspension lists
    ISSUER_TRUST = "issuer_trust"  # the issuer is on the user's trust list
    HOLDER = "holder"  # presentation: signed by the holder, authentication purpose
    CHALLENGE = "challenge"  # presentation: answers the verifier's challenge
    DOMAIN = "domain"  # presentation: bound to the verifier's domain
    CREDENTIALS = "credentials"  # presentation: every credential inside verifies
    HOLDER_BINDING = "holder_binding"  # a credential in a presentation: issued to the proven holder


class Outcome(str, Enum):
    """The one-word verdict shown on a card or a status chip."""

    VERIFIED = "verified"
    EXPIRED = "expired"  # authentic, but past its validity period
    NOT_YET_VALID = "not_yet_valid"  # authentic, validity not started yet
    REVOKED = "revoked"  # authentic, but revoked or suspended by the issuer
    UNKNOWN = "unknown"  # a check could not be completed (e.g. status list unreachable)
    INVALID = "invalid"  # a check failed, but no signature was computed and found not to match
    FAILED = "failed"  # not authentic: a signature (or digest) was computed and did not match


# Integrity checks: is the document what its issuer (and, for a presentation, its holder) signed?
_INTEGRITY = frozenset({CheckName.FORMAT, CheckName.SIGNATURE, CheckName.ISSUER_KEY, CheckName.HOLDER,
                        CheckName.CHALLENGE, CheckName.DOMAIN})
# The failed checks that mean "a signature (or a digest it covers) was computed and did not match": the
# issuer's signature, a hosted assertion that differs, an electronic seal or its timestamp, a disclosure the
# issuer did not sign; the holder's signature (a presentation's proof, an SD-JWT key binding JWT) or the
# disclosures it covers. Any other failed check (a malformed document or proof, a key that belongs to
# someone else, another challenge, no issuer named...) is INVALID: wrong, but nothing shows it was forged.
SIGNATURE_MISMATCHES = frozenset({
    "signature.failed", "signature.hosted_mismatch", "signature.seal_failed", "signature.seal_timestamp_failed",
    "signature.sd_jwt_disclosure",
    "holder.failed", "holder.sd_jwt_kb_invalid", "holder.sd_jwt_kb_vp_signature", "holder.sd_jwt_kb_vp_disclosures",
})
_MISMATCH_CHECKS = frozenset({CheckName.SIGNATURE, CheckName.HOLDER})
# Facts about an authentic document: still current, not withdrawn by its issuer.
_VALIDITY = frozenset({CheckName.STATUS, CheckName.EXPIRY, CheckName.NOT_BEFORE})


def outcome_of(checks: Iterable[Check]) -> Outcome:
    """The one outcome precedence, over every check of a report and of the reports inside it.

    1. any signature computed that did not match (:func:`is_mismatch`) → FAILED ("not authentic");
    2. else any other failed check that is not about validity (format, issuer key, holder, challenge,
       domain, credentials...) → INVALID;
    3. else any unknown integrity or issuer-key check → UNKNOWN (a signature that was not checked is
       never "authentic, but expired": the date checks are still listed, the outcome does not use them);
    4. else revoked → REVOKED, expired → EXPIRED, not valid yet → NOT_YET_VALID;
    5. else anything else unknown (a status list that could not be read) → UNKNOWN;
    6. else VERIFIED (warnings allowed).
    """
    failed: set[CheckName] = set()
    unknown: set[CheckName] = set()
    mismatch = False
    for check in checks:
        if check.status is CheckStatus.FAILED:
            failed.add(check.name)
            mismatch = mismatch or is_mismatch(check)
        elif check.status is CheckStatus.UNKNOWN:
            unknown.add(check.name)
    if mismatch:
        return Outcome.FAILED
    if failed - _VALIDITY:
        return Outcome.INVALID
    if unknown & _INTEGRITY:
        return Outcome.UNKNOWN
    for name, outcome in ((CheckName.STATUS, Outcome.REVOKED), (CheckName.EXPIRY, Outcome.EXPIRED),
                          (CheckName.NOT_BEFORE, Outcome.NOT_YET_VALID)):
        if name in failed:
            return outcome
    if unknown:
        return Outcome.UNKNOWN
    return Outcome.VERIFIED


def is_mismatch(check: Check) -> bool:
    """A failed signature or holder check whose sentence says a signature was computed and did not match."""
    return (check.status is CheckStatus.FAILED and check.name in _MISMATCH_CHECKS
            and check.message in SIGNATURE_MISMATCHES)


@dataclass(frozen=True)
class Check:
    name: CheckName
    status: CheckStatus
    message: str  # message key in satchel.i18n, e.g. "signature.ok"
    params: dict[str, Any] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name.value, "status": self.status.value, "message": self.message,
                "params": self.params, "details": self.details}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Check:
        return cls(CheckName(data["name"]), CheckStatus(data["status"]), data["message"],
                   dict(data.get("params") or {}), dict(data.get("details") or {}))


@dataclass(frozen=True)
class VerificationReport:
    kind: str  # "credential" or "presentation"
    subject: str | None  # credential id / presentation id, when it has one
    checks: tuple[Check, ...]
    verified_at: datetime
    credentials: tuple[VerificationReport, ...] = ()  # for a presentation: one per credential
    issuer: str | None = None
    holder: str | None = None
    title: str | None = None  # the credential's name, for display
    details: dict[str, Any] = field(default_factory=dict)

    def check(self, name: CheckName) -> Check | None:
        return next((c for c in self.checks if c.name == name), None)

    def failed(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.status in (CheckStatus.FAILED, CheckStatus.UNKNOWN))

    @property
    def passed(self) -> bool:
        """True when no check here or in any child report failed or is unknown (warnings allowed)."""
        return not self.failed() and all(r.passed for r in self.credentials)

    @property
    def outcome(self) -> Outcome:
        """:func:`outcome_of` every check here and in the reports inside (a presentation's credentials)."""
        return outcome_of(self.all_checks())

    def all_checks(self) -> Iterator[Check]:
        yield from self.checks
        for child in self.credentials:
            yield from child.all_checks()

    @property
    def warnings(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.status == CheckStatus.WARNING)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "subject": self.subject,
            "outcome": self.outcome.value,
            "passed": self.passed,
            "verified_at": self.verified_at.isoformat(),
            "issuer": self.issuer,
            "holder": self.holder,
            "title": self.title,
            "checks": [c.to_dict() for c in self.checks],
            "credentials": [r.to_dict() for r in self.credentials],
            "details": self.details,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> VerificationReport:
        return cls(
            kind=data["kind"],
            subject=data.get("subject"),
            checks=tuple(Check.from_dict(c) for c in data.get("checks", [])),
            verified_at=datetime.fromisoformat(data["verified_at"]),
            credentials=tuple(cls.from_dict(r) for r in data.get("credentials", [])),
            issuer=data.get("issuer"),
            holder=data.get("holder"),
            title=data.get("title"),
            details=dict(data.get("details") or {}),
        )
