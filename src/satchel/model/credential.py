"""What the importers produce: the exact bytes received, how they are signed, and what to display."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class CredentialFormat(str, Enum):
    """The container a credential arrived in (stored as the record's ``format``)."""

    VC_JSON = "vc-json"  # W3C VC 1.1 / 2.0 JSON(-LD), including Open Badges 3.0
    VC_JWT = "vc-jwt"  # compact JWS whose payload carries a VC (VC-JWT, or VC 2.0 JOSE)
    OB2_JSON = "ob2-json"  # Open Badges 2.0 assertion (hosted verification)
    OB2_JWS = "ob2-jws"  # Open Badges 2.0 signed assertion (compact JWS)
    BAKED_PNG = "baked-png"  # a PNG badge image with the credential inside
    BAKED_SVG = "baked-svg"  # an SVG badge image with the credential inside
    JADES_JSON = "jades-json"  # a credential sealed with a JAdES signature (Europass EDC), JWS JSON
    LINK = "link"  # a credential that lives only on its issuer's website: a link kept by the learner
    SD_JWT_VC = "sd-jwt-vc"  # an SD-JWT VC (dc+sd-jwt), compact with its disclosures, stored as received


class SignedForm(str, Enum):
    """How the credential is secured, i.e. which verifier path applies."""

    DATA_INTEGRITY = "data-integrity"  # JSON-LD with embedded proof(s), or none at all
    VC_JWT = "vc-jwt"
    OB2_HOSTED = "ob2-hosted"
    OB2_SIGNED = "ob2-signed"
    JADES = "jades"  # JAdES electronic seal over the exact payload bytes (X.509 certificate)
    LINK_ONLY = "link-only"  # nothing Satchel can check: the issuer's website is the only proof
    SD_JWT_VC = "sd-jwt-vc"  # SD-JWT VC (dc+sd-jwt): issuer JWT with selective disclosures


@dataclass(frozen=True)
class DisplayFields:
    """Everything a list or a detail page shows, extracted once at import time."""

    name: str | None = None
    description: str | None = None
    issuer_name: str | None = None
    issuer_id: str | None = None
    subject_name: str | None = None
    subject_id: str | None = None
    issued: str | None = None  # ISO 8601 (issuanceDate / validFrom / iat / issuedOn)
    valid_from: str | None = None
    valid_until: str | None = None
    image: str | None = None  # URL or data: URI of the badge image
    achievement_type: str | None = None
    achievement_name: str | None = None
    criteria: str | None = None  # narrative or URL
    credential_id: str | None = None  # the credential's own id (urn:uuid:…, https://…)
    public_url: str | None = None  # a public https URL for the credential, if any (LinkedIn)
    vc_version: str | None = None  # "1.1", "2.0" or "ob2"
    alignments: tuple[dict[str, Any], ...] = ()  # Alignment objects (targetName, targetUrl, …)
    related: tuple[dict[str, Any], ...] = ()  # related achievements (how this badge stacks)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ParsedCredential:
    """One credential as received.

    ``raw`` is what the wallet stores and exports byte for byte. ``verifiable`` is what the verifier
    checks: the credential JSON object, or a compact JWT/JWS string (for JWTs and baked images that
    carry one).
    """

    raw: bytes
    format: CredentialFormat
    signed_form: SignedForm
    document: dict[str, Any]  # the credential as a JSON object (a JWT's decoded VC, an OB2 assertion)
    verifiable: dict[str, Any] | str
    display: DisplayFields
    media_type: str = "application/json"

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()


@dataclass(frozen=True)
class ParsedPresentation:
    """A Verifiable Presentation as received (JSON object, or a compact JWT string)."""

    raw: bytes
    document: dict[str, Any]
    verifiable: dict[str, Any] | str
    credentials: tuple[ParsedCredential, ...]
    holder: str | None = None
