"""Is a seal qualified? Its certificate authority must be a granted CA/QC service on an EU trusted list.

The lists come from the public-document cache only (``satchel cache import URL FILE``); the services
layer reads them (satchel.formats.trustlist) and hands them to the verifier: nothing is fetched here.
A list past its ``NextUpdate`` is not used for a verdict. Without the list of the certificate
authority's country the answer stays UNKNOWN; with it, a certificate authority that is not listed (or
not granted) is FAILED.
"""

from __future__ import annotations

from datetime import datetime

from satchel.clock import parse_instant
from satchel.crypto.seal import Certificate, load_certificate
from satchel.errors import InvalidKey
from satchel.model import Check, CheckName
from satchel.model.trustlist import TrustedList
from satchel.vc import checks

ISSUER_KEY = CheckName.ISSUER_KEY


def qualified_seal_check(cert: Certificate, lists: list[TrustedList], now: datetime,
                         details: dict[str, object]) -> Check | None:
    """OK / FAILED / UNKNOWN for the seal's certificate authority, or None when no list helps."""
    country = (cert.issuer_country or "").upper()
    relevant = [tl for tl in lists if tl.territory.upper() in (country, "EL" if country == "GR" else country)]
    if not relevant:
        return None
    for trusted in relevant:
        if _expired(trusted, now):
            return checks.unknown(ISSUER_KEY, "trusted_list_stale", details, country=trusted.territory,
                                  day=(trusted.next_update or "?")[:10])
    for trusted in relevant:
        for service in trusted.services:
            if not service.granted:
                continue
            for der in service.certificates:
                try:
                    authority = load_certificate(der)
                except InvalidKey:
                    continue
                if cert.issued_by(authority):
                    return checks.ok(ISSUER_KEY, "seal_qualified", {**details, "service": service.name},
                                     sealed_by=cert.subject_name or cert.subject, provider=service.provider,
                                     country=trusted.territory)
    return checks.failed(ISSUER_KEY, "seal_not_qualified", details, ca=cert.issuer_name or cert.issuer)


def _expired(trusted: TrustedList, now: datetime) -> bool:
    if trusted.next_update is None:
        return False
    try:
        return parse_instant(trusted.next_update) < now
    except ValueError:
        return True


__all__ = ["qualified_seal_check"]
