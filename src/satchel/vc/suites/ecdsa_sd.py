"""ecdsa-sd-2023 (W3C vc-di-ecdsa §3.5), P-256 and P-384 issuers: **derived** proofs (what a holder shows a
verifier) and **base** proofs (what the issuer gives the holder), both checked fully.

Both end the same way (§3.5.8 / the base proof serialization): the issuer's key signs
``hash(proof config) ‖ publicKey ‖ hash(mandatory N-Quads)`` and the ephemeral P-256 ``publicKey`` signs each
other N-Quad on its own. Hashes are SHA-256 (SHA-384 for a P-384 issuer). They differ in how the N-Quads are
rebuilt:

- derived (``0xd9 0x5d 0x01``, §3.5.8 createVerifyData): canonicalize the revealed document (RDFC-1.0),
  replace each ``_:c14nN`` label by the label map's HMAC-derived label (``_:u…``), sort, and split by
  ``mandatoryIndexes``;
- base (``0xd9 0x5d 0x00``): the proof value carries the HMAC key and the mandatory pointers, so the holder
  redoes the issuer's transformation (:mod:`satchel.vc.suites.ecdsa_sd_base`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from satchel.crypto import (
    PublicKey,
    algorithm_for,
    multibase_b58,
    public_key_from_multikey,
    verify,
)
from satchel.errors import InvalidKey
from satchel.vc.jsonld.protocol import DocumentLoader
from satchel.vc.suites.base import EC_KEY_TYPES, Cryptosuite, hash_for_key
from satchel.vc.suites.ecdsa_sd_base import base_groups, pointer_problem
from satchel.vc.suites.ecdsa_sd_values import parse_base, parse_derived, proof_kind
from satchel.vc.suites.rdfc import rdfc_transform

_LABEL = re.compile(r"_:(c14n[0-9]+)")


def relabelled_nquads(canonical: str, label_map: dict[str, str]) -> list[str] | None:
    """The canonical N-Quads with every ``_:c14nN`` replaced by its mapped label, sorted; None when a blank node
    has no label in the map."""
    missing = False

    def replace(match: re.Match[str]) -> str:
        nonlocal missing
        label = label_map.get(match.group(1))
        if label is None:
            missing = True
            return match.group(0)
        return f"_:{label}"

    quads = [_LABEL.sub(replace, line) + "\n" for line in canonical.splitlines() if line]
    return None if missing else sorted(quads)


@dataclass(frozen=True)
class VerifyData:
    """What the signatures of a base or derived proof cover."""

    base_signature: bytes
    public_key: bytes  # multikey bytes of the ephemeral P-256 key
    signatures: tuple[bytes, ...]
    proof_hash: bytes
    mandatory_hash: bytes
    non_mandatory: tuple[str, ...]


def _ephemeral(public_key: bytes) -> PublicKey | None:
    try:
        key = public_key_from_multikey(multibase_b58(public_key))
    except (InvalidKey, ValueError):
        return None
    return key if key.kind == "P-256" else None


class EcdsaSd2023(Cryptosuite):
    def value_problem(self, proof: dict[str, Any]) -> str | None:
        value = proof.get(self.value_field)
        kind = proof_kind(value)
        if kind is None:
            return "its proofValue is not an ecdsa-sd-2023 proof value (base or derived)."
        parsed = parse_base(value) if kind == "base" else parse_derived(value)
        if parsed is None:
            return f"its {kind} proof value does not hold the five parts of an ecdsa-sd-2023 {kind} proof."
        if _ephemeral(parsed.public_key) is None:
            return "its ephemeral key is not a P-256 public key."
        return None

    def document_problem(self, unsecured: dict[str, Any], proof: dict[str, Any]) -> str | None:
        base = parse_base(proof.get(self.value_field))
        return None if base is None else pointer_problem(unsecured, base.mandatory_pointers)

    def _proof_hash(self, unsecured: dict[str, Any], proof: dict[str, Any], key_kind: str,
                    loader: DocumentLoader) -> bytes:
        return hash_for_key(key_kind)(self.transform(self.proof_config(unsecured, proof), loader))

    def verify_data(self, unsecured: dict[str, Any], proof: dict[str, Any], key_kind: str, loader: DocumentLoader,
                    document_bytes: bytes | None = None) -> VerifyData | None:
        """§3.5.8 createVerifyData of a derived proof; None when the proof value or its label map does not fit
        the document."""
        derived = parse_derived(proof.get("proofValue"))
        if derived is None:
            return None
        canonical = (document_bytes or rdfc_transform(unsecured, loader)).decode("utf-8")
        quads = relabelled_nquads(canonical, derived.label_map)
        if quads is None or any(i >= len(quads) for i in derived.mandatory_indexes):
            return None
        mandatory_set = set(derived.mandatory_indexes)
        mandatory = [q for i, q in enumerate(quads) if i in mandatory_set]
        return VerifyData(derived.base_signature, derived.public_key, derived.signatures,
                          self._proof_hash(unsecured, proof, key_kind, loader),
                          hash_for_key(key_kind)("".join(mandatory).encode("utf-8")),
                          tuple(q for i, q in enumerate(quads) if i not in mandatory_set))

    def base_verify_data(self, unsecured: dict[str, Any], proof: dict[str, Any], key_kind: str,
                         loader: DocumentLoader) -> VerifyData | None:
        """What a base proof's signatures cover, rebuilt with its HMAC key; None when it is not a base proof."""
        base = parse_base(proof.get("proofValue"))
        if base is None:
            return None
        groups = base_groups(unsecured, base, loader)
        return VerifyData(base.base_signature, base.public_key, base.signatures,
                          self._proof_hash(unsecured, proof, key_kind, loader),
                          hash_for_key(key_kind)("".join(groups.mandatory).encode("utf-8")), groups.non_mandatory)

    def verify(self, unsecured: dict[str, Any], proof: dict[str, Any], key: PublicKey, loader: DocumentLoader,
               document_bytes: bytes | None = None) -> bool:
        if proof_kind(proof.get("proofValue")) == "base":
            data = self.base_verify_data(unsecured, proof, key.kind, loader)
        else:
            data = self.verify_data(unsecured, proof, key.kind, loader, document_bytes)
        if data is None or len(data.non_mandatory) != len(data.signatures):
            return False
        signed = data.proof_hash + data.public_key + data.mandatory_hash
        if not verify(key, algorithm_for(key), signed, data.base_signature):
            return False
        ephemeral = _ephemeral(data.public_key)
        if ephemeral is None:
            return False
        return all(verify(ephemeral, "ES256", quad.encode("utf-8"), signature)
                   for quad, signature in zip(data.non_mandatory, data.signatures, strict=True))

    def sign(self, unsecured: dict[str, Any], proof: dict[str, Any], secret: bytes, key_kind: str,
             loader: DocumentLoader) -> str:
        raise InvalidKey("Satchel does not issue ecdsa-sd-2023 proofs.")


ECDSA_SD_2023 = EcdsaSd2023(
    name="ecdsa-sd-2023", proof_type="DataIntegrityProof", cryptosuite="ecdsa-sd-2023",
    required_key_types=EC_KEY_TYPES, key_kinds=frozenset({"P-256", "P-384"}), transform=rdfc_transform)

__all__ = ["ECDSA_SD_2023", "EcdsaSd2023", "VerifyData", "parse_base", "parse_derived", "proof_kind",
           "relabelled_nquads"]
