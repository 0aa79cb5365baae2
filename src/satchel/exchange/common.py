"""What every exchange protocol shares: the holder handed in by services, the HTTP seam, JSON bodies."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlsplit

from satchel import formats
from satchel.errors import ExchangeFailed, ImportRefused
from satchel.net import Response

MAX_BODY = 2_000_000


@dataclass(frozen=True)
class Holder:
    """The wallet's signing identity (an Ed25519 did:key): handed in by services, never stored here."""

    did: str
    kid: str  # the did:key verification method, did:key:z6Mk…#z6Mk…
    secret: bytes = field(repr=False)


class Http(Protocol):
    """The part of :class:`satchel.net.HttpsFetcher` the protocols use."""

    def get(self, url: str, *, accept: str | None = None, max_bytes: int = ...,
            timeout: float = ...) -> Response: ...

    def post(self, url: str, *, form: dict[str, str] | None = None, json_body: object = None,
             headers: dict[str, str] | None = None, accept: str = ..., max_bytes: int = ...,
             timeout: float = ...) -> Response: ...


@dataclass(frozen=True)
class Received:
    """One credential as an issuer handed it over: ``data`` is what gets stored, byte for byte."""

    format: str  # ldp_vc | jwt_vc_json | dc+sd-jwt | vcapi
    data: bytes
    configuration: str | None = None


Confirm = Callable[[dict[str, Any]], bool]


def json_of(response: Response, what: str) -> Any:
    try:
        return formats.parse_json_safely(response.body)
    except ImportRefused as exc:
        raise ExchangeFailed(f"The {what} answer is not valid JSON.", what=what) from exc


def json_object(response: Response, what: str) -> dict[str, Any]:
    value = json_of(response, what)
    if not isinstance(value, dict):
        raise ExchangeFailed(f"The {what} answer is not a JSON object.", what=what)
    return value


def error_of(response: Response) -> tuple[str | None, str | None]:
    """The OAuth ``error`` and ``error_description`` of an error answer, when it has them."""
    try:
        value = json.loads(response.body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None, None
    if not isinstance(value, dict):
        return None, None
    error, description = value.get("error") or value.get("code"), value.get("error_description") or value.get("message")
    return (error if isinstance(error, str) else None,
            description[:300] if isinstance(description, str) else None)


def fail(response: Response, what: str) -> ExchangeFailed:
    error, description = error_of(response)
    detail = f": {error}" if error else ""
    detail += f" ({description})" if description else ""
    return ExchangeFailed(f"The {what} answered with error {response.status}{detail}.", what=what,
                          status=response.status, error=error)


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def as_bytes(credential: Any) -> bytes:
    if isinstance(credential, str):
        return credential.encode("utf-8")
    return json.dumps(credential, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


__all__ = ["Confirm", "Holder", "Http", "Received", "as_bytes", "error_of", "fail", "host_of", "json_object"]
