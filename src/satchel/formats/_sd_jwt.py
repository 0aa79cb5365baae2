"""SD-JWT for the importers: :mod:`satchel.model.sd_jwt` with this package's strict JSON reader."""

from __future__ import annotations

from typing import Any

from satchel.formats._json import parse_json_safely
from satchel.formats._jws import b64url_decode
from satchel.model.sd_jwt import (
    SdJwt,
    disclosable_pointers,
    is_sd_jwt_vc,
    select,
    split_sd_jwt,
)
from satchel.model.sd_jwt import disclosed_payload as _claims


def _read(part: str, what: str) -> Any:
    return parse_json_safely(b64url_decode(part, what))


def parse_sd_jwt(token: str) -> SdJwt:
    return split_sd_jwt(token, _read)


def claims_of(token: str) -> dict[str, Any]:
    """The issuer-signed payload with every disclosure ``token`` carries put back."""
    return _claims(parse_sd_jwt(token))


def disclosed_payload(token: str, payload: dict[str, Any] | None = None) -> dict[str, Any]:
    """The claims with every disclosure put back (``payload``, the issuer-signed claims, is read from
    ``token`` itself; the argument is kept for callers that already split it)."""
    return claims_of(token)


def pointers_of(token: str) -> list[str]:
    return disclosable_pointers(parse_sd_jwt(token))


def reveal(token: str, pointers: list[str]) -> str:
    """``token`` keeping only the disclosures that reveal ``pointers`` (ending in ``~``, no key binding)."""
    return select(parse_sd_jwt(token), pointers)


__all__ = ["claims_of", "disclosed_payload", "is_sd_jwt_vc", "parse_sd_jwt", "pointers_of", "reveal"]
