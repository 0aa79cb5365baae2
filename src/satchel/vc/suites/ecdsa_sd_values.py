"""ecdsa-sd-2023 proof values (W3C vc-di-ecdsa §3.5.2 serializeBaseProofValue, §3.5.7 serializeDerivedProofValue):
``u`` + base64url of three header bytes and a CBOR array.

- **base** (``0xd9 0x5d 0x00``), what the issuer gives the holder:
  ``[baseSignature, publicKey, hmacKey, signatures, mandatoryPointers]``;
- **derived** (``0xd9 0x5d 0x01``), what the holder shows:
  ``[baseSignature, publicKey, signatures, compressedLabelMap, mandatoryIndexes]``.

``publicKey`` is the multikey bytes of the issuer's ephemeral P-256 key (``0x80 0x24`` + compressed point).
Reading only: nothing here verifies anything.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

BASE_HEADER = b"\xd9\x5d\x00"
DERIVED_HEADER = b"\xd9\x5d\x01"
MAX_SIGNATURES = 10_000
MAX_POINTERS = 10_000
_MAX_VALUE = 2_000_000  # characters of a proofValue


def decode(proof_value: object) -> bytes | None:
    """The bytes of a ``u``-multibase proof value; None when it is not one."""
    if not isinstance(proof_value, str) or not proof_value.startswith("u") or len(proof_value) > _MAX_VALUE:
        return None
    try:
        return base64.urlsafe_b64decode(proof_value[1:] + "=" * (-(len(proof_value) - 1) % 4))
    except ValueError:
        return None


def proof_kind(proof_value: object) -> str | None:
    """"base", "derived" or None (not an ecdsa-sd-2023 proof value)."""
    raw = decode(proof_value)
    if raw is None:
        return None
    return {BASE_HEADER: "base", DERIVED_HEADER: "derived"}.get(raw[:3])


def _items(proof_value: object, header: bytes) -> list[Any] | None:
    """The CBOR array after ``header``; None when the value has another header or is not CBOR."""
    import cbor2  # loaded only for selective-disclosure proofs

    raw = decode(proof_value)
    if raw is None or raw[:3] != header:
        return None
    try:
        items = cbor2.loads(raw[3:])
    except (cbor2.CBORDecodeError, ValueError, TypeError, RecursionError):
        return None
    return items if isinstance(items, list) and len(items) == 5 else None


def _index(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


@dataclass(frozen=True)
class DerivedProof:
    base_signature: bytes
    public_key: bytes  # multikey bytes of the ephemeral P-256 key (0x80 0x24 + compressed point)
    signatures: tuple[bytes, ...]
    label_map: dict[str, str]  # c14nN -> uBASE64URL
    mandatory_indexes: tuple[int, ...]


def parse_derived(proof_value: object) -> DerivedProof | None:
    """The components of a derived proof value; None when it is not one (or is malformed)."""
    items = _items(proof_value, DERIVED_HEADER)
    if items is None:
        return None
    base_signature, public_key, signatures, labels, indexes = items
    if not (isinstance(base_signature, bytes) and isinstance(public_key, bytes) and isinstance(signatures, list)
            and isinstance(labels, dict) and isinstance(indexes, list) and len(signatures) <= MAX_SIGNATURES
            and all(isinstance(s, bytes) for s in signatures) and all(_index(i) for i in indexes)
            and all(_index(k) and isinstance(v, bytes) for k, v in labels.items())):
        return None
    label_map = {f"c14n{k}": "u" + base64.urlsafe_b64encode(v).rstrip(b"=").decode("ascii")
                 for k, v in labels.items()}
    return DerivedProof(base_signature, public_key, tuple(signatures), label_map, tuple(indexes))


@dataclass(frozen=True)
class BaseProof:
    base_signature: bytes
    public_key: bytes  # multikey bytes of the ephemeral P-256 key
    hmac_key: bytes
    signatures: tuple[bytes, ...]
    mandatory_pointers: tuple[str, ...]


def parse_base(proof_value: object) -> BaseProof | None:
    """The components of a base proof value; None when it is not one (or is malformed)."""
    items = _items(proof_value, BASE_HEADER)
    if items is None:
        return None
    base_signature, public_key, hmac_key, signatures, pointers = items
    if not (isinstance(base_signature, bytes) and isinstance(public_key, bytes) and isinstance(hmac_key, bytes)
            and isinstance(signatures, list) and len(signatures) <= MAX_SIGNATURES
            and all(isinstance(s, bytes) for s in signatures)
            and isinstance(pointers, list) and len(pointers) <= MAX_POINTERS
            and all(isinstance(p, str) for p in pointers)):
        return None
    return BaseProof(base_signature, public_key, hmac_key, tuple(signatures), tuple(pointers))


__all__ = ["BASE_HEADER", "DERIVED_HEADER", "BaseProof", "DerivedProof", "decode", "parse_base", "parse_derived",
           "proof_kind"]
