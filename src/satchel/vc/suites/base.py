"""A cryptosuite is a small value: how to turn (document, proof options) into bytes, hash and sign them.

The signature algorithm always follows the resolved key (:func:`satchel.crypto.algorithm_for`),
never a field of the document.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from satchel.crypto import (
    PublicKey,
    algorithm_for,
    multibase_b58,
    multibase_decode,
    sha256,
    sha384,
    sign_ecdsa,
    sign_ed25519,
    verify,
)
from satchel.errors import InvalidKey
from satchel.vc.jsonld.protocol import DocumentLoader

# Verification method types whose key the suites accept, as the JS multikey libraries do (``from()``
# converts the legacy types). The key's actual algorithm is checked separately (``key_kinds``).
ED25519_KEY_TYPES = frozenset({"Multikey", "Ed25519VerificationKey2020", "Ed25519VerificationKey2018",
                               "JsonWebKey2020", "JsonWebKey"})
EC_KEY_TYPES = frozenset({"Multikey", "JsonWebKey2020", "JsonWebKey"})

# (document or proof options, loader) → canonical bytes
Transform = Callable[[dict[str, Any], DocumentLoader], bytes]


def hash_for_key(kind: str) -> Callable[[bytes], bytes]:
    """SHA-384 for P-384 keys, SHA-256 for every other key."""
    return sha384 if kind == "P-384" else sha256


@dataclass(frozen=True)
class Cryptosuite:
    name: str                          # what Satchel calls it (the cryptosuite or legacy proof type)
    proof_type: str                    # proof "type"
    cryptosuite: str | None            # proof "cryptosuite" (None for legacy suites)
    required_key_types: frozenset[str]  # verification method types accepted
    key_kinds: frozenset[str]          # key algorithms accepted (Ed25519, P-256, P-384, secp256k1)
    transform: Transform
    value_field: str = "proofValue"    # where the signature is ("jws" for the 2018/2019 suites)

    def matches(self, proof: dict[str, Any]) -> bool:
        return proof.get("type") == self.proof_type and proof.get("cryptosuite") == self.cryptosuite

    def proof_config(self, document: dict[str, Any], proof: dict[str, Any]) -> dict[str, Any]:
        """The proof options that are signed: the proof without its value, in the document's context."""
        config = {key: value for key, value in proof.items() if key != self.value_field}
        if "@context" in document:
            config.setdefault("@context", document["@context"])
        return config

    def value_problem(self, proof: dict[str, Any]) -> str | None:
        """Why the proof's value cannot be a signature of this suite (a malformed proof), else None."""
        value = proof.get(self.value_field)
        try:
            if not isinstance(value, str):
                raise TypeError(self.value_field)
            multibase_decode(value)
        except (ValueError, TypeError):
            return f"its {self.value_field} is not valid multibase."
        return None

    def document_problem(self, unsecured: dict[str, Any], proof: dict[str, Any]) -> str | None:
        """Why the proof cannot apply to this document at all (a malformed proof), else None."""
        return None

    def hash_data(self, unsecured: dict[str, Any], proof: dict[str, Any], loader: DocumentLoader, key_kind: str,
                  document_bytes: bytes | None = None) -> bytes:
        """hash(canonical proof options) ‖ hash(canonical document), the bytes that are signed."""
        digest = hash_for_key(key_kind)
        if document_bytes is None:
            document_bytes = self.transform(unsecured, loader)
        return digest(self.transform(self.proof_config(unsecured, proof), loader)) + digest(document_bytes)

    def verify(self, unsecured: dict[str, Any], proof: dict[str, Any], key: PublicKey, loader: DocumentLoader,
               document_bytes: bytes | None = None) -> bool:
        """True when ``proof.proofValue`` is a valid signature by ``key``."""
        value = proof.get("proofValue")
        if not isinstance(value, str):
            return False
        try:
            signature = multibase_decode(value)
        except ValueError:
            return False
        data = self.hash_data(unsecured, proof, loader, key.kind, document_bytes)
        return verify(key, algorithm_for(key), data, signature)

    def sign(self, unsecured: dict[str, Any], proof: dict[str, Any], secret: bytes, key_kind: str,
             loader: DocumentLoader) -> str:
        """The ``proofValue`` (base58btc multibase) for ``proof`` over ``unsecured``."""
        if key_kind not in self.key_kinds:
            raise InvalidKey(f"{self.name} cannot sign with a {key_kind} key.")
        data = self.hash_data(unsecured, proof, loader, key_kind)
        signature = sign_ed25519(secret, data) if key_kind == "Ed25519" else sign_ecdsa(secret, key_kind, data)
        return multibase_b58(signature)
