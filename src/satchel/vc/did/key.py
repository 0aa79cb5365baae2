"""did:key → DID document, built as the JS ``@digitalbazaar/did-method-key`` does (Multikey VMs)."""

from __future__ import annotations

from typing import Any

from satchel.crypto import public_key_from_multikey
from satchel.errors import DidResolutionError, InvalidKey

DID_V1 = "https://www.w3.org/ns/did/v1"
MULTIKEY_V1 = "https://w3id.org/security/multikey/v1"
RELATIONSHIPS = ("authentication", "assertionMethod", "capabilityDelegation", "capabilityInvocation")


def resolve_did_key(did: str) -> dict[str, Any]:
    """The DID document of a ``did:key:z6Mk…`` (Ed25519), ``zDn…`` (P-256) or ``z82…`` (P-384)."""
    multikey = did.removeprefix("did:key:")
    if not did.startswith("did:key:") or not multikey or ":" in multikey:
        raise DidResolutionError(f"{did!r} is not a valid did:key.")
    try:
        public_key_from_multikey(multikey)
    except InvalidKey as exc:
        raise DidResolutionError(f"The did:key does not hold a usable key: {exc.message}") from None
    vm_id = f"{did}#{multikey}"
    document = {
        "@context": [DID_V1, MULTIKEY_V1],
        "id": did,
        "verificationMethod": [
            {"id": vm_id, "type": "Multikey", "controller": did, "publicKeyMultibase": multikey}
        ],
    }
    for relationship in RELATIONSHIPS:
        document[relationship] = [vm_id]
    return document
