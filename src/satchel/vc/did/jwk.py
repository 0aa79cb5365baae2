"""did:jwk → DID document (https://github.com/quartzjer/did-jwk): one JsonWebKey2020 VM, ``#0``."""

from __future__ import annotations

import json
from typing import Any

from satchel.crypto import b64url_decode, public_key_from_jwk
from satchel.errors import DidResolutionError, InvalidKey

_PRIVATE_MEMBERS = ("d", "p", "q", "dp", "dq", "qi", "k")
_SIGNING = ("authentication", "assertionMethod", "capabilityDelegation", "capabilityInvocation")


def resolve_did_jwk(did: str) -> dict[str, Any]:
    encoded = did.removeprefix("did:jwk:")
    try:
        jwk = json.loads(b64url_decode(encoded))
    except (ValueError, TypeError):
        raise DidResolutionError("The did:jwk does not hold a base64url-encoded JSON key.") from None
    if not isinstance(jwk, dict) or any(member in jwk for member in _PRIVATE_MEMBERS):
        raise DidResolutionError("The did:jwk must hold a public JWK object only.")
    try:
        public_key_from_jwk(jwk)
    except InvalidKey as exc:
        raise DidResolutionError(f"The did:jwk does not hold a usable key: {exc.message}") from None
    vm_id = f"{did}#0"
    document = {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"],
        "id": did,
        "verificationMethod": [
            {"id": vm_id, "type": "JsonWebKey2020", "controller": did, "publicKeyJwk": jwk}
        ],
    }
    use = jwk.get("use")
    relationships = {"enc": ("keyAgreement",), "sig": _SIGNING}.get(use, (*_SIGNING, "keyAgreement")) \
        if isinstance(use, str) else (*_SIGNING, "keyAgreement")
    for relationship in relationships:
        document[relationship] = [vm_id]
    return document
