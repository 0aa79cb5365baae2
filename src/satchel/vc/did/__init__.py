"""DID resolution for verification: did:key and did:jwk locally, did:web (and https key documents)
through the engine's injected ``web`` callable, which receives a ``did:web:`` DID or an https URL
without fragment and returns the JSON document (or raises a :class:`satchel.errors.SatchelError`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from satchel.crypto import PublicKey, public_key_from_base58, public_key_from_jwk, public_key_from_multikey
from satchel.errors import DidResolutionError, InvalidKey, SatchelError
from satchel.vc.did.jwk import resolve_did_jwk
from satchel.vc.did.key import resolve_did_key

Web = Callable[[str], dict[str, Any]]

VERIFICATION_RELATIONSHIPS = ("authentication", "assertionMethod", "capabilityDelegation",
                              "capabilityInvocation", "keyAgreement")


class DidResolver:
    """``resolve(did)`` → DID document; ``dereference(vm_id)`` → (verification method, its controller's document)."""

    def __init__(self, web: Web | None = None) -> None:
        self._web = web

    def resolve(self, did: str) -> dict[str, Any]:
        if not isinstance(did, str):
            raise DidResolutionError("A DID must be a string.")
        did = did.split("#", 1)[0]
        if did.startswith("did:key:"):
            return resolve_did_key(did)
        if did.startswith("did:jwk:"):
            return resolve_did_jwk(did)
        if did.startswith("did:web:") or did.startswith("https://"):
            return self._fetch(did)
        raise DidResolutionError(f"Satchel cannot resolve {did!r}: only did:key, did:jwk and did:web "
                                 "are supported.")

    def dereference(self, vm_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
        if not isinstance(vm_id, str) or not vm_id:
            raise DidResolutionError("The proof names no verification method.")
        base = vm_id.split("#", 1)[0]
        document = self.resolve(base)
        method = find_method(document, vm_id)
        if method is None and document.get("id") == vm_id:
            method = document  # an https URL that serves the key description itself
        if method is None:
            raise DidResolutionError(f"The key {vm_id} is not listed in its document.")
        controller = method.get("controller")
        if not isinstance(controller, str):
            raise DidResolutionError(f"The key {vm_id} names no controller.")
        controller_doc = document if document.get("id") == controller else self.resolve(controller)
        return method, controller_doc

    def _fetch(self, did_or_url: str) -> dict[str, Any]:
        if self._web is None:
            raise DidResolutionError(f"{did_or_url} needs the network and no fetcher was given.")
        try:
            document = self._web(did_or_url)
        except SatchelError as exc:
            raise DidResolutionError(f"{did_or_url} could not be resolved: {exc.message}") from None
        if not isinstance(document, dict):
            raise DidResolutionError(f"{did_or_url} did not resolve to a JSON document.")
        return document


def _absolute(document: dict[str, Any], ref: str) -> str:
    return document.get("id", "") + ref if isinstance(ref, str) and ref.startswith("#") else ref


def _methods(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for key in ("verificationMethod", *VERIFICATION_RELATIONSHIPS):
        entries = document.get(key, [])
        for entry in entries if isinstance(entries, list) else [entries]:
            if isinstance(entry, dict):
                yield entry


def find_method(document: dict[str, Any], vm_id: str) -> dict[str, Any] | None:
    """The verification method ``vm_id`` listed (or embedded in a relationship) in ``document``."""
    for method in _methods(document):
        method_id = method.get("id")
        if isinstance(method_id, str) and _absolute(document, method_id) == vm_id:
            found = dict(method)
            found["id"] = vm_id
            if isinstance(found.get("controller"), str):
                found["controller"] = _absolute(document, found["controller"])
            return found
    return None


def is_authorized(did_doc: dict[str, Any], vm_id: str, purpose: str) -> bool:
    """True if the document lists ``vm_id`` under ``purpose`` (by reference or embedded)."""
    entries = did_doc.get(purpose, [])
    for entry in entries if isinstance(entries, list) else [entries]:
        ref = entry.get("id") if isinstance(entry, dict) else entry
        if isinstance(ref, str) and _absolute(did_doc, ref) == vm_id:
            return True
    return False


def public_key_of(method: dict[str, Any]) -> PublicKey:
    """The public key a verification method describes (multikey, JWK or legacy base58)."""
    try:
        if "publicKeyMultibase" in method:
            return public_key_from_multikey(method["publicKeyMultibase"])
        if "publicKeyJwk" in method:
            return public_key_from_jwk(method["publicKeyJwk"])
        if "publicKeyBase58" in method:
            return public_key_from_base58(method["publicKeyBase58"])
    except InvalidKey as exc:
        raise DidResolutionError(f"The key {method.get('id')} is unusable: {exc.message}") from None
    raise DidResolutionError(f"The key {method.get('id')} carries no public key Satchel can read.")


__all__ = ["DidResolver", "find_method", "is_authorized", "public_key_of"]
