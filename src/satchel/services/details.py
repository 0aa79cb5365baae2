"""Completing what a learner sees for an Open Badges 2.0 assertion whose badge (and issuer) are only
URLs, or a baked image that holds only the assertion's URL: the details live on the issuer's server.

Nothing is fetched on its own: the learner agrees first (as for a URL import: the app names the host,
the CLI needs ``--fetch-details``). What is fetched only fills the display fields (name, issuer, picture,
description); the stored bytes never change and verification reads the issuer's documents itself.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from satchel import formats
from satchel.errors import Malformed
from satchel.model import CredentialFormat, CredentialRecord, DisplayFields, SignedForm
from satchel.net import Fetcher

if TYPE_CHECKING:  # the store (sqlcipher3) loads when a wallet is opened
    from satchel.store import Wallet

ACCEPT = "application/ld+json, application/json;q=0.9, */*;q=0.1"


def details_url(record: CredentialRecord) -> str | None:
    url = record.display.extra.get("details_url")
    return url if isinstance(url, str) and url.startswith("https://") else None


def details_host(record: CredentialRecord) -> str | None:
    url = details_url(record)
    return urlsplit(url).hostname if url else None


def fetch_details(wallet: Wallet, fetcher: Fetcher, record: CredentialRecord) -> CredentialRecord:
    """Fetch the assertion / badge class / issuer profile the record points to and store the display
    fields they give. Raises FetchError (offline, unreachable) or Malformed; nothing changes then."""
    url = details_url(record)
    if url is None:
        return record
    first = _get_object(fetcher, url)
    if "badge" in first:  # the address was the assertion's own: it names the badge
        assertion, badge = first, first.get("badge")
    else:
        assertion, badge = _assertion_of(record), first
    if isinstance(badge, str):
        badge = _get_object(fetcher, badge)
    if not isinstance(badge, dict):
        raise Malformed("The issuer's server does not describe this badge.")
    issuer = badge.get("issuer")
    if isinstance(issuer, str) and issuer.startswith("https://"):
        issuer = _get_object(fetcher, issuer)
    merged = {**assertion, "badge": {**badge, "issuer": issuer}}
    display = formats.extract_display(merged, signed_form=SignedForm.OB2_HOSTED, fmt=CredentialFormat.OB2_JSON)
    extra = {k: v for k, v in display.extra.items() if k != "details_url"}
    extra["details_from"] = url
    completed: DisplayFields = replace(display, image=record.display.image or display.image, extra=extra)
    wallet.set_display(record.id, completed)
    wallet.log("details", record.id, urlsplit(url).hostname)
    return wallet.get(record.id)


def _get_object(fetcher: Fetcher, url: str) -> dict[str, Any]:
    body = fetcher.get(url, accept=ACCEPT, max_bytes=formats.MAX_BYTES).body
    value = formats.parse_json_safely(body)
    if not isinstance(value, dict):
        raise Malformed("The issuer's server did not send a JSON object.")
    return value


def _assertion_of(record: CredentialRecord) -> dict[str, Any]:
    try:
        document = formats.parse(record.raw).credentials[0].document
    except Exception:  # noqa: BLE001 - the stored bytes were parsed once already; display only
        return {}
    return document if isinstance(document, dict) else {}


__all__ = ["details_host", "details_url", "fetch_details"]
