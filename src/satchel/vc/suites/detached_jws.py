"""Linked Data Signatures whose value is a detached JWS (RFC 7797, ``b64: false``): Ed25519Signature2018
and EcdsaSecp256k1Signature2019, as in the JS ``jsonld-signatures`` family and the 2022 JFF plugfests.

The signed bytes are ``ASCII(header) ‖ "." ‖ sha256(canonical proof options) ‖ sha256(canonical
document)``, the proof options being the proof without ``jws``, in the document's context (URDNA2015).
The header must say ``b64: false`` with ``crit: ["b64"]`` and name the suite's one algorithm.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from satchel.crypto import PublicKey, b64url_decode, verify
from satchel.errors import InvalidKey, SatchelError
from satchel.vc.jsonld import DocumentLoader
from satchel.vc.safejson import load_object
from satchel.vc.suites.base import ED25519_KEY_TYPES, Cryptosuite
from satchel.vc.suites.rdfc import rdfc_transform

SECP256K1_KEY_TYPES = frozenset({"EcdsaSecp256k1VerificationKey2019", "JsonWebKey2020", "JsonWebKey",
                                 "Multikey"})


@dataclass(frozen=True)
class DetachedJwsSuite(Cryptosuite):
    jws_alg: str = ""

    def _split(self, value: object) -> tuple[bytes, bytes] | None:
        """(encoded header, signature) of a well-formed detached unencoded-payload JWS, else None."""
        if not isinstance(value, str) or value.count(".") != 2:
            return None
        head, payload, signature = value.split(".")
        if payload:
            return None
        try:
            header = load_object(b64url_decode(head))
            raw = b64url_decode(signature)
        except (ValueError, TypeError, SatchelError):
            return None
        if header.get("alg") != self.jws_alg or header.get("b64") is not False \
                or header.get("crit") != ["b64"] or set(header) - {"alg", "b64", "crit", "kid", "typ"}:
            return None
        return head.encode("ascii"), raw

    def value_problem(self, proof: dict[str, Any]) -> str | None:
        if self._split(proof.get(self.value_field)) is None:
            return (f"its jws is not a detached {self.jws_alg} JWS with an unencoded payload "
                    "(b64: false, crit: [\"b64\"]).")
        return None

    def verify(self, unsecured: dict[str, Any], proof: dict[str, Any], key: PublicKey, loader: DocumentLoader,
               document_bytes: bytes | None = None) -> bool:
        parts = self._split(proof.get(self.value_field))
        if parts is None:
            return False
        head, signature = parts
        data = head + b"." + self.hash_data(unsecured, proof, loader, key.kind, document_bytes)
        return verify(key, self.jws_alg, data, signature)

    def sign(self, unsecured: dict[str, Any], proof: dict[str, Any], secret: bytes, key_kind: str,
             loader: DocumentLoader) -> str:
        raise InvalidKey(f"Satchel verifies {self.name} proofs but does not make them.")


ED25519_SIGNATURE_2018 = DetachedJwsSuite(
    name="Ed25519Signature2018", proof_type="Ed25519Signature2018", cryptosuite=None,
    required_key_types=ED25519_KEY_TYPES, key_kinds=frozenset({"Ed25519"}),
    transform=rdfc_transform, value_field="jws", jws_alg="EdDSA")

ECDSA_SECP256K1_SIGNATURE_2019 = DetachedJwsSuite(
    name="EcdsaSecp256k1Signature2019", proof_type="EcdsaSecp256k1Signature2019", cryptosuite=None,
    required_key_types=SECP256K1_KEY_TYPES, key_kinds=frozenset({"secp256k1"}),
    transform=rdfc_transform, value_field="jws", jws_alg="ES256K")
