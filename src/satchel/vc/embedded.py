"""The credentials a presentation carries, unwrapped: a JSON object, a compact VC-JWT string (VC 1.1
presentations), or a VC 2.0 ``EnvelopedVerifiableCredential`` whose ``id`` is a ``data:`` URL holding a
VC-JWT (``application/vc+jwt``) or a JSON credential. Each is verified as the credential it carries."""

from __future__ import annotations

from typing import Any

from satchel.dataurl import decode_data_url, media_kind
from satchel.errors import Malformed, UnsupportedFormat
from satchel.model import SignedForm
from satchel.vc.datamodel import types_of
from satchel.vc.safejson import loads

ENVELOPED_CREDENTIAL = "EnvelopedVerifiableCredential"
ENVELOPED_PRESENTATION = "EnvelopedVerifiablePresentation"


def unwrap(item: Any) -> tuple[Any, SignedForm | None]:
    """(the credential, its signed form when the wrapper says it). Raises Malformed / UnsupportedFormat."""
    if isinstance(item, str):
        return item.strip(), None
    if not isinstance(item, dict):
        raise UnsupportedFormat("This entry of the presentation is not a credential.")
    kinds = set(types_of(item))
    if ENVELOPED_PRESENTATION in kinds:
        raise UnsupportedFormat("A presentation cannot be nested inside another presentation.")
    if ENVELOPED_CREDENTIAL not in kinds:
        return item, None
    media_type, content = decode_data_url(item.get("id"), what="This enveloped credential")
    kind = media_kind(media_type)
    if kind == "token":
        try:
            return content.decode("ascii").strip(), SignedForm.VC_JWT
        except UnicodeDecodeError:
            raise Malformed("This enveloped token contains characters a token never has.") from None
    if kind == "json":
        return loads(content), None
    raise UnsupportedFormat(f"This enveloped credential uses the type {media_type[:60]}, "
                            "which Satchel cannot read.")


def credential_document(value: Any) -> dict[str, Any] | None:
    """The credential's JSON (a VC-JWT's claims mapped onto it), for reading its subject; None if unreadable."""
    if isinstance(value, dict):
        return value
    if isinstance(value, str):
        from satchel.vc.jws import split_jws  # JWT readers: loaded for a token only
        from satchel.vc.jwt import credential_from_claims
        try:
            return credential_from_claims(split_jws(value).payload)[0]
        except (Malformed, ValueError, TypeError, KeyError, AttributeError):
            return None
    return None
