"""Who issued an Open Badges 2.0 assertion, proven from the issuer's own documents.

Objects embedded in an assertion (its BadgeClass, the issuer Profile inside it) are display data. The
facts that decide a verdict — the issuer's id, its hosted-verification policy (``allowedOrigins``,
``startsWith``), its keys (``publicKey``) and its ``revocationList`` — are read from the Profile fetched
from the issuer's own id (or the cached copy of that URL), and an embedded BadgeClass that claims an
https id is replaced by the document at that id. What cannot be fetched leaves the issuer unproven.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from satchel.errors import FetchError, ImportRefused, Malformed
from satchel.model import Check, CheckName
from satchel.vc import checks
from satchel.vc.documents import DocumentSource
from satchel.vc.freshness import unavailable_check

ISSUER_KEY = CheckName.ISSUER_KEY


def https_origin(url: Any) -> str | None:
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme == "https" and parts.netloc else None


def https_url(value: Any) -> str | None:
    """``value`` when it is an https URL with a host, else None."""
    return value if https_origin(value) is not None else None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def ref_id(value: Any) -> str | None:
    """The id of a reference that is a URL string or an object with an ``id``."""
    if isinstance(value, dict):
        value = value.get("id")
    return value if isinstance(value, str) and value else None


@dataclass(frozen=True)
class IssuerClaim:
    """What the badge says about its issuer (not proven)."""

    id: str | None
    name: str | None


def claimed_issuer(badge: dict[str, Any] | None) -> IssuerClaim:
    if badge is None:
        return IssuerClaim(None, None)
    issuer = badge.get("issuer")
    name = issuer.get("name") if isinstance(issuer, dict) else None
    return IssuerClaim(ref_id(issuer), name if isinstance(name, str) else None)


class IssuerDocuments:
    """Fetches the documents an OB 2.0 verdict rests on, remembering where each copy came from."""

    def __init__(self, source: DocumentSource) -> None:
        self.source = source
        self.fetched: dict[str, Any] = {}

    def fetch(self, url: str, what: str) -> dict[str, Any]:
        """The JSON object at ``url`` (FetchError / ImportRefused)."""
        document, cached = self.source.fetch_json(url)
        self.fetched[what] = cached.describe(self.source.clock.now())
        return document

    def badge(self, assertion: dict[str, Any]) -> tuple[dict[str, Any] | None, Check | None]:
        """The BadgeClass: fetched from its id when it has an https one, else the embedded object.

        Malformed when the assertion names no badge; an UNKNOWN issuer check when it cannot be fetched."""
        value = assertion.get("badge")
        url = ref_id(value)
        if isinstance(value, dict) and https_origin(url) is None:
            return value, None
        if url is None or https_origin(url) is None:
            raise Malformed("The assertion names no badge Satchel can read.")
        try:
            badge = self.fetch(url, "badge")
        except FetchError as exc:
            return None, unavailable_check(ISSUER_KEY, "unavailable", {"badge": url, "reason": exc.message},
                                           {url: exc})
        except ImportRefused as exc:
            return None, checks.unknown(ISSUER_KEY, "profile_invalid", {"badge": url, "reason": exc.message},
                                        url=url)
        if ref_id(badge) != url:
            return None, checks.unknown(ISSUER_KEY, "profile_invalid",
                                        {"badge": url, "reason": "the document names another id"}, url=url)
        return badge, None

    def profile(self, issuer_id: str | None, claimed_name: str | None = None) -> tuple[dict[str, Any] | None,
                                                                                     Check | None]:
        """The issuer Profile at its own id, or an UNKNOWN issuer check saying why it is not proven."""
        shown = claimed_name or issuer_id or "?"
        if issuer_id is None or https_origin(issuer_id) is None:
            return None, checks.unknown(ISSUER_KEY, "unproven", {"issuer": issuer_id}, issuer=shown)
        try:
            profile = self.fetch(issuer_id, "issuer")
        except FetchError as exc:
            return None, unavailable_check(ISSUER_KEY, "unavailable", {"issuer": issuer_id, "reason": exc.message},
                                           {issuer_id: exc})
        except ImportRefused as exc:
            return None, checks.unknown(ISSUER_KEY, "profile_invalid",
                                        {"issuer": issuer_id, "reason": exc.message}, url=issuer_id)
        if profile.get("id") != issuer_id:
            return None, checks.unknown(ISSUER_KEY, "profile_invalid",
                                        {"issuer": issuer_id, "reason": "the document names another id",
                                         "document_id": str(profile.get("id"))[:200]}, url=issuer_id)
        return profile, None


def hosted_allowed(assertion_id: Any, profile: dict[str, Any]) -> bool:
    """The issuer's hosted-verification policy: ``allowedOrigins`` (default: the issuer's own origin)
    and, when stated, ``startsWith`` (the assertion's id must begin with one of the prefixes)."""
    origin = https_origin(assertion_id)
    if origin is None:
        return False
    stated = profile.get("verification")
    policy: dict[str, Any] = stated if isinstance(stated, dict) else {}
    allowed = [o for o in _as_list(policy.get("allowedOrigins")) if isinstance(o, str)]
    host = (urlsplit(origin).hostname or "").lower()  # allowedOrigins name hosts, without a port
    if allowed:
        if host not in {o.lower() for o in allowed}:
            return False
    elif origin != https_origin(profile.get("id")):
        return False
    prefixes = [p for p in _as_list(policy.get("startsWith")) if isinstance(p, str) and p]
    return not prefixes or any(assertion_id.startswith(p) for p in prefixes)


def listed_keys(profile: dict[str, Any], limit: int = 8) -> list[str]:
    """The https key documents the Profile lists in ``publicKey`` (at most ``limit``)."""
    found = [url for url in (https_url(ref_id(k)) for k in _as_list(profile.get("publicKey"))) if url]
    return found[:limit]


def key_belongs(creator: str, key_document: dict[str, Any], profile: dict[str, Any]) -> bool:
    """A signing key belongs to the issuer when its document names the Profile as ``owner`` and the
    Profile authorises it: listed in ``publicKey`` when the Profile lists keys (OB 2.0: a key named by
    ``creator`` must be authorised in the issuer Profile as well), else hosted on the Profile's origin."""
    if key_document.get("owner") != profile.get("id") or key_document.get("id", creator) != creator:
        return False
    listed = {ref_id(k) for k in _as_list(profile.get("publicKey"))} - {None}
    if listed:
        return creator in listed
    return https_origin(creator) == https_origin(profile.get("id"))


__all__ = ["IssuerClaim", "IssuerDocuments", "claimed_issuer", "hosted_allowed", "https_origin", "https_url",
           "key_belongs", "listed_keys", "ref_id"]
