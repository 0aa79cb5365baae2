"""Suites over RDFC-1.0 canonical N-Quads: eddsa-rdfc-2022 (and its pre-standard name eddsa-2022),
ecdsa-rdfc-2019, Ed25519Signature2020."""

from __future__ import annotations

from typing import Any

from satchel.vc.jsonld import DocumentLoader, canonize
from satchel.vc.suites.base import EC_KEY_TYPES, ED25519_KEY_TYPES, Cryptosuite


def rdfc_transform(document: dict[str, Any], loader: DocumentLoader) -> bytes:
    return canonize(document, loader).encode("utf-8")


EDDSA_RDFC_2022 = Cryptosuite(
    name="eddsa-rdfc-2022", proof_type="DataIntegrityProof", cryptosuite="eddsa-rdfc-2022",
    required_key_types=ED25519_KEY_TYPES, key_kinds=frozenset({"Ed25519"}),
    transform=rdfc_transform)

ECDSA_RDFC_2019 = Cryptosuite(
    name="ecdsa-rdfc-2019", proof_type="DataIntegrityProof", cryptosuite="ecdsa-rdfc-2019",
    required_key_types=EC_KEY_TYPES, key_kinds=frozenset({"P-256", "P-384"}),
    transform=rdfc_transform)

ED25519_SIGNATURE_2020 = Cryptosuite(
    name="Ed25519Signature2020", proof_type="Ed25519Signature2020", cryptosuite=None,
    required_key_types=ED25519_KEY_TYPES,
    key_kinds=frozenset({"Ed25519"}), transform=rdfc_transform)

# The name the cryptosuite had in the vc-di-eddsa drafts of 2022-2023 (same algorithm, same bytes),
# still found in credentials issued then.
EDDSA_2022 = Cryptosuite(
    name="eddsa-2022", proof_type="DataIntegrityProof", cryptosuite="eddsa-2022",
    required_key_types=ED25519_KEY_TYPES, key_kinds=frozenset({"Ed25519"}),
    transform=rdfc_transform)
