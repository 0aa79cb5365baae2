"""Suites over the JSON Canonicalization Scheme (RFC 8785): eddsa-jcs-2022, ecdsa-jcs-2019."""

from __future__ import annotations

from typing import Any

import rfc8785

from satchel.vc.jsonld import DocumentLoader
from satchel.vc.suites.base import EC_KEY_TYPES, ED25519_KEY_TYPES, Cryptosuite


def jcs_transform(document: dict[str, Any], loader: DocumentLoader) -> bytes:
    return rfc8785.dumps(document)


EDDSA_JCS_2022 = Cryptosuite(
    name="eddsa-jcs-2022", proof_type="DataIntegrityProof", cryptosuite="eddsa-jcs-2022",
    required_key_types=ED25519_KEY_TYPES, key_kinds=frozenset({"Ed25519"}),
    transform=jcs_transform)

ECDSA_JCS_2019 = Cryptosuite(
    name="ecdsa-jcs-2019", proof_type="DataIntegrityProof", cryptosuite="ecdsa-jcs-2019",
    required_key_types=EC_KEY_TYPES, key_kinds=frozenset({"P-256", "P-384"}),
    transform=jcs_transform)
