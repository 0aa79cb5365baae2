"""Which fields a credential with an ecdsa-sd-2023 base proof lets its holder hide (for display only).

Everything but the issuer's mandatory pointers (read from the base proof value: ``u`` + base64url of
``0xd9 0x5d 0x00`` + CBOR ``[baseSignature, publicKey, hmacKey, signatures, mandatoryPointers]``) and the ids and
types, which a derived credential always keeps. Never verifies anything."""

from __future__ import annotations

import base64
from typing import Any

BASE_HEADER = b"\xd9\x5d\x00"
MAX_POINTERS = 500


def mandatory_pointers(document: dict[str, Any]) -> list[str] | None:
    """The base proof's mandatory pointers; None when the document has no ecdsa-sd-2023 base proof."""
    proof = document.get("proof")
    value = proof.get("proofValue") if isinstance(proof, dict) else None
    if not isinstance(proof, dict) or proof.get("cryptosuite") != "ecdsa-sd-2023" or not isinstance(value, str) \
            or not value.startswith("u") or len(value) > 2_000_000:
        return None
    import cbor2  # loaded only for selective-disclosure proofs

    try:
        raw = base64.urlsafe_b64decode(value[1:] + "=" * (-(len(value) - 1) % 4))
        if raw[:3] != BASE_HEADER:
            return None
        items = cbor2.loads(raw[3:])
    except (ValueError, TypeError, cbor2.CBORDecodeError, RecursionError):
        return None
    if not isinstance(items, list) or len(items) != 5 or not isinstance(items[4], list):
        return None
    return [p for p in items[4] if isinstance(p, str)]


def disclosable_fields(document: dict[str, Any]) -> list[str] | None:
    """JSON pointers of the fields the holder may hide, or None when the credential cannot hide any."""
    mandatory = mandatory_pointers(document)
    if mandatory is None:
        return None
    found: list[str] = []
    _leaves({k: v for k, v in document.items() if k not in ("@context", "proof")}, "", found, 0)
    return [p for p in found if not any(p == m or p.startswith(m + "/") for m in mandatory)][:MAX_POINTERS]


def _leaves(value: Any, path: str, found: list[str], depth: int) -> None:
    if depth > 32 or len(found) >= MAX_POINTERS:
        return
    if isinstance(value, dict):
        for key, sub in value.items():
            if key not in ("id", "type"):
                _leaves(sub, f"{path}/{key.replace('~', '~0').replace('/', '~1')}", found, depth + 1)
    elif isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
        for index, sub in enumerate(value):
            _leaves(sub, f"{path}/{index}", found, depth + 1)
    elif path:
        found.append(path)
