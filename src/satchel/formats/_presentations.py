"""Verifiable Presentations (JSON or JWT) and the credentials inside them.

An embedded credential may be a JSON object, a compact JWT string, or a VC 2.0
``EnvelopedVerifiableCredential`` whose ``id`` is ``data:application/vc+jwt,<jwt>`` (any *jwt media type,
or a JSON one such as ``application/vc+ld+json``). Its ``raw`` is the compact JSON serialisation of the
object, or the token string.
"""

from __future__ import annotations

import json
from typing import Any

from satchel.dataurl import decode_data_url, media_kind
from satchel.errors import ImportRefused, Malformed, TooLarge, UnsupportedFormat
from satchel.formats._credentials import (
    credential_from_object,
    credential_from_token,
    is_presentation,
    types_of,
    vp_from_jwt_payload,
)
from satchel.formats._jades import credential_from_jades, looks_like_jades
from satchel.formats._json import parse_json_safely
from satchel.formats._jws import looks_like_compact_jws, split_compact_jws
from satchel.limits import MAX_CREDENTIALS_IN_PRESENTATION
from satchel.model.credential import ParsedCredential, ParsedPresentation

ENVELOPED_CREDENTIAL = "EnvelopedVerifiableCredential"
ENVELOPED_PRESENTATION = "EnvelopedVerifiablePresentation"


def presentation_from_object(obj: dict[str, Any], raw: bytes) -> ParsedPresentation:
    """A VP given as JSON (``raw`` = the input bytes)."""
    credentials = _embedded_credentials(obj.get("verifiableCredential"))
    return ParsedPresentation(raw=raw, document=obj, verifiable=obj, credentials=credentials, holder=_holder(obj))


def presentation_from_token(token: str, raw: bytes) -> ParsedPresentation | None:
    """A VP-JWT (``vp`` claim, or a VC 2.0 JOSE presentation); None when the token holds no presentation."""
    token = token.strip()
    _, payload, _, _ = split_compact_jws(token)
    document = vp_from_jwt_payload(payload)
    if document is None:
        return None
    credentials = _embedded_credentials(document.get("verifiableCredential"))
    return ParsedPresentation(
        raw=raw, document=document, verifiable=token, credentials=credentials, holder=_holder(document)
    )


def enveloped_content(obj: dict[str, Any]) -> tuple[str, bytes] | None:
    """For an Enveloped VC/VP object: ("token", jwt bytes) or ("json", json bytes); None otherwise."""
    if not types_of(obj) & {ENVELOPED_CREDENTIAL, ENVELOPED_PRESENTATION}:
        return None
    url = obj.get("id")
    if not isinstance(url, str):
        raise Malformed("This enveloped credential has no data: address holding the credential.")
    media_type, content = decode_data_url(url)
    kind = media_kind(media_type)
    if kind is not None:
        return kind, content
    raise UnsupportedFormat(f"This enveloped credential uses the type {media_type[:60]}, which Satchel cannot read.")


def _embedded_credentials(value: Any) -> tuple[ParsedCredential, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    if len(items) > MAX_CREDENTIALS_IN_PRESENTATION:  # the verifier's cap: nothing is parsed or stored
        raise TooLarge(f"This presentation holds {len(items)} credentials; Satchel takes at most "
                       f"{MAX_CREDENTIALS_IN_PRESENTATION} in one presentation.",
                       code="too_many_credentials", count=len(items), limit=MAX_CREDENTIALS_IN_PRESENTATION)
    parsed = []
    for index, item in enumerate(items, start=1):
        try:
            parsed.append(embedded_credential(item))
        except ImportRefused as exc:
            message = f"{exc.message.rstrip('.')} (credential {index} of the presentation)."
            raise type(exc)(message, code=exc.code, **exc.params) from None
    return tuple(parsed)


def embedded_credential(item: Any) -> ParsedCredential:
    """One credential carried inside another document (a presentation, a learner record)."""
    if isinstance(item, str):
        token = item.strip()
        if not looks_like_compact_jws(token):
            raise Malformed("This text is not a signed credential token.")
        return credential_from_token(token, token.encode("ascii"))
    if not isinstance(item, dict):
        raise UnsupportedFormat("This entry is not a credential.")
    enveloped = enveloped_content(item)
    if enveloped is not None:
        kind, content = enveloped
        if kind == "token":
            token = enveloped_token(content)
            return credential_from_token(token, token.encode("ascii"))
        inner = parse_json_safely(content)
        if not isinstance(inner, dict):
            raise UnsupportedFormat("This enveloped credential is not a JSON object.")
        if looks_like_jades(inner):  # a sealed Europass credential, its bytes as received
            return credential_from_jades(inner, content)
        return credential_from_object(inner, content)
    if is_presentation(item):
        raise UnsupportedFormat("A presentation cannot be nested inside another presentation.")
    compact = json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return credential_from_object(item, compact)


def _holder(document: dict[str, Any]) -> str | None:
    holder = document.get("holder")
    if isinstance(holder, dict):
        holder = holder.get("id")
    return holder if isinstance(holder, str) else None


def enveloped_token(content: bytes) -> str:
    """The compact JWS inside an enveloped credential's content (ASCII), or Malformed."""
    try:
        token = content.decode("ascii").strip()
    except UnicodeDecodeError:
        raise Malformed("This enveloped token contains characters a token never has.") from None
    if not looks_like_compact_jws(token):
        raise Malformed("This enveloped credential does not hold a signed token.")
    return token
