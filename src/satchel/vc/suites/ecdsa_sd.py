"""ecdsa-sd-2023 (W3C vc-di-ecdsa §3.4): verification of **derived** proofs, P-256 and P-384 issuers.

A derived ``proofValue`` is ``u`` + base64url(CBOR) with header bytes ``0xd9 0x5d 0x01`` and the array
``[baseSignature, publicKey, signatures, compressedLabelMap, mandatoryIndexes]``. Verifying it (§3.4.8
createVerifyData): canonicalize the revealed document (RDFC-1.0), replace each ``_:c14nN`` label by the label
map's HMAC-derived label (``_:u…``), sort the N-Quads, split them into the mandatory ones (by index) and the
others; the issuer's key signs ``hash(proof config) ‖ publicKey ‖ hash(mandatory N-Quads)``, and the ephemeral
P-256 ``publicKey`` signs each other N-Quad on its own. Hashes are SHA-256 (SHA-384 for a P-384 issuer).

A **base** proof (header ``0xd9 0x5d 0x00``) is meant for the holder, not for verifiers; Satchel does not check
it yet and says so (``unsupported_suite``), never "failed".
"""

from __future__ import annotations

import base64
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
from satchel.vc.suites.rdfc import rdfc_transform

BASE_HEADER = b"\xd9\x5d\x00"
DERIVED_HEADER = b"\xd9\x5d\x01"
_LABEL = re.compile(r"_:(c14n[0-9]+)")
MAX_SIGNATURES = 10_000


@dataclass(frozen=True)
class DerivedProof:
    base_signature: bytes
    public_key: bytes  # multikey bytes of the ephemeral P-256 key (0x80 0x24 + compressed point)
    signatures: tuple[bytes, ...]
    label_map: dict[str, str]  # c14nN -> uBASE64URL
    mandatory_indexes: tuple[int, ...]


def proof_kind(proof_value: object) -> str | None:
    """"base", "derived" or None (not an ecdsa-sd-2023 proof value)."""
    raw = _decode(proof_value)
    if raw is None:
        return None
    return {BASE_HEADER: "base", DERIVED_HEADER: "derived"}.get(raw[:3])


def _decode(proof_value: object) -> bytes | None:
    if not isinstance(proof_value, str) or not proof_value.startswith("u") or len(proof_value) > 2_000_000:
        return None
    try:
        return base64.urlsafe_b64decode(proof_value[1:] + "=" * (-(len(proof_value) - 1) % 4))
    except ValueError:
        return None


def parse_derived(proof_value: object) -> DerivedProof | None:
    """The components of a derived proof value; None when it is not one (or is malformed)."""
    import cbor2  # loaded only for selective-disclosure proofs

    raw = _decode(proof_value)
    if raw is None or raw[:3] != DERIVED_HEADER:
        return None
    try:
        items = cbor2.loads(raw[3:])
    except (cbor2.CBORDecodeError, ValueError, TypeError, RecursionError):
        return None
    if not isinstance(items, list) or len(items) != 5:
        return None
    base_signature, public_key, signatures, labels, indexes = items
    if not (isinstance(base_signature, bytes) and isinstance(public_key, bytes) and isinstance(signatures, list)
            and isinstance(labels, dict) and isinstance(indexes, list) and len(signatures) <= MAX_SIGNATURES
            and all(isinstance(s, bytes) for s in signatures)
            and all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in indexes)
            and all(isinstance(k, int) and not isinstance(k, bool) and isinstance(v, bytes)
                    for k, v in labels.items())):
        return None
    label_map = {f"c14n{k}": "u" + base64.urlsafe_b64encode(v).rstrip(b"=").decode("ascii")
                 for k, v in labels.items()}
    return DerivedProof(base_signature, public_key, tuple(signatures), label_map, tuple(indexes))


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
    proof: DerivedProof
    proof_hash: bytes
    mandatory_hash: bytes
    non_mandatory: tuple[str, ...]


class EcdsaSd2023(Cryptosuite):
    def value_problem(self, proof: dict[str, Any]) -> str | None:
        if proof_kind(proof.get(self.value_field)) is None:
            return "its proofValue is not an ecdsa-sd-2023 proof value (base or derived)."
        return None

    def verify_data(self, unsecured: dict[str, Any], proof: dict[str, Any], key_kind: str, loader: DocumentLoader,
                    document_bytes: bytes | None = None) -> VerifyData | None:
        """§3.4.8 createVerifyData; None when the proof value or its label map does not fit the document."""
        derived = parse_derived(proof.get("proofValue"))
        if derived is None:
            return None
        canonical = (document_bytes or rdfc_transform(unsecured, loader)).decode("utf-8")
        quads = relabelled_nquads(canonical, derived.label_map)
        if quads is None or any(i >= len(quads) for i in derived.mandatory_indexes):
            return None
        mandatory_set = set(derived.mandatory_indexes)
        mandatory = [q for i, q in enumerate(quads) if i in mandatory_set]
        digest = hash_for_key(key_kind)
        return VerifyData(derived, digest(self.transform(self.proof_config(unsecured, proof), loader)),
                          digest("".join(mandatory).encode("utf-8")),
                          tuple(q for i, q in enumerate(quads) if i not in mandatory_set))

    def verify(self, unsecured: dict[str, Any], proof: dict[str, Any], key: PublicKey, loader: DocumentLoader,
               document_bytes: bytes | None = None) -> bool:
        data = self.verify_data(unsecured, proof, key.kind, loader, document_bytes)
        if data is None or len(data.non_mandatory) != len(data.proof.signatures):
            return False
        signed = data.proof_hash + data.proof.public_key + data.mandatory_hash
        if not verify(key, algorithm_for(key), signed, data.proof.base_signature):
            return False
        try:
            ephemeral = public_key_from_multikey(multibase_b58(data.proof.public_key))
        except (InvalidKey, ValueError):
            return False
        if ephemeral.kind != "P-256":
            return False
        return all(verify(ephemeral, "ES256", quad.encode("utf-8"), signature)
                   for quad, signature in zip(data.non_mandatory, data.proof.signatures, strict=True))

    def sign(self, unsecured: dict[str, Any], proof: dict[str, Any], secret: bytes, key_kind: str,
             loader: DocumentLoader) -> str:
        raise InvalidKey("Satchel does not issue ecdsa-sd-2023 proofs.")


ECDSA_SD_2023 = EcdsaSd2023(
    name="ecdsa-sd-2023", proof_type="DataIntegrityProof", cryptosuite="ecdsa-sd-2023",
    required_key_types=EC_KEY_TYPES, key_kinds=frozenset({"P-256", "P-384"}), transform=rdfc_transform)
