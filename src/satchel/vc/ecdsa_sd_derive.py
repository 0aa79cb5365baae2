"""ecdsa-sd-2023 derivation (W3C vc-di-ecdsa §3.4.x createDisclosureData): from a credential with a **base**
proof, the holder keeps the mandatory statements plus the ones the chosen JSON pointers name, and the
signatures of the latter, and writes a **derived** proof a verifier can check without the rest."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

import cbor2

from satchel.errors import Malformed, UsageError
from satchel.vc.jsonld import selective
from satchel.vc.jsonld.protocol import DocumentLoader
from satchel.vc.suites.ecdsa_sd_base import hmac_labels, matching
from satchel.vc.suites.ecdsa_sd_values import DERIVED_HEADER, BaseProof, proof_kind
from satchel.vc.suites.ecdsa_sd_values import parse_base as _parse_base


def parse_base(proof_value: object) -> BaseProof:
    """The components of a base proof value (header 0xd9 0x5d 0x00). Malformed otherwise."""
    base = _parse_base(proof_value)
    if base is None:
        raise Malformed("This is not an ecdsa-sd-2023 base proof with its five parts.")
    return base


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@dataclass(frozen=True)
class DisclosureData:
    """The intermediate values of createDisclosureData (what the W3C vectors list, step by step)."""

    base: BaseProof
    nquads: tuple[str, ...]  # the base document's canonical N-Quads, HMAC labels, sorted
    mandatory: frozenset[int]
    selective: frozenset[int]
    combined: frozenset[int]
    mandatory_indexes: tuple[int, ...]  # positions of the mandatory statements among the revealed ones
    signatures: tuple[bytes, ...]  # the signatures of the revealed non-mandatory statements
    label_map: dict[int, bytes]  # the revealed document's c14nN → HMAC label bytes
    reveal_document: dict[str, Any]


def disclosure_data(credential: dict[str, Any], reveal: list[str], loader: DocumentLoader) -> DisclosureData:
    proof = credential.get("proof")
    if not isinstance(proof, dict) or proof.get("cryptosuite") != "ecdsa-sd-2023":
        raise UsageError("Only credentials with one ecdsa-sd-2023 base proof can hide fields.")
    base = parse_base(proof.get("proofValue"))
    document = {k: v for k, v in credential.items() if k != "proof"}
    mandatory, combined = list(base.mandatory_pointers), [*base.mandatory_pointers, *reveal]
    expanded, compact = selective.skolemize_compact(document, loader)
    nquads, label_map = selective.label_replacement_canonicalize(
        selective.deskolemized_nquads(expanded, loader), hmac_labels(base.hmac_key))
    mandatory_match, _ = matching(nquads, label_map, selective.select(mandatory, compact), loader)
    selective_match, _ = matching(nquads, label_map, selective.select(list(reveal), compact), loader)
    combined_match, combined_quads = matching(nquads, label_map, selective.select(combined, compact), loader)
    mandatory_indexes = [relative for relative, absolute in enumerate(sorted(combined_match))
                         if absolute in mandatory_match]
    kept, index = [], 0
    for signature in base.signatures:
        while index in mandatory_match:
            index += 1
        if index in selective_match:
            kept.append(signature)
        index += 1
    _, reveal_ids = selective.canonical_id_map(combined_quads)
    verifier_labels = {int(c14n.removeprefix("c14n")): base64.urlsafe_b64decode(label_map[old][1:] + "==")
                       for old, c14n in reveal_ids.items()}
    return DisclosureData(base, tuple(nquads), frozenset(mandatory_match), frozenset(selective_match),
                          frozenset(combined_match), tuple(mandatory_indexes), tuple(kept), verifier_labels,
                          selective.select(combined, document) or {})


def derive(credential: dict[str, Any], reveal: list[str], loader: DocumentLoader) -> dict[str, Any]:
    """The credential reduced to its mandatory fields and ``reveal`` (JSON pointers), with a derived proof."""
    data = disclosure_data(credential, reveal, loader)
    value = DERIVED_HEADER + cbor2.dumps([data.base.base_signature, data.base.public_key, list(data.signatures),
                                          data.label_map, list(data.mandatory_indexes)])
    derived = dict(data.reveal_document)
    derived["proof"] = {**credential["proof"], "proofValue": "u" + _b64(value)}
    return derived


def reveal_everything(credential: dict[str, Any]) -> list[str]:
    """Pointers that keep the whole credential (what is shown when the holder hides nothing)."""
    return ["/" + key.replace("~", "~0").replace("/", "~1") for key in credential if key not in ("@context", "proof")]


def applicable(credential: dict[str, Any], pointers: list[str]) -> list[str]:
    """The pointers that name something in this credential (the others belong to other credentials)."""
    found = []
    for pointer in pointers:
        try:
            selective.select([pointer], credential)
        except UsageError:
            continue
        found.append(pointer)
    return found


def is_base(credential: dict[str, Any]) -> bool:
    proof = credential.get("proof")
    return isinstance(proof, dict) and proof.get("cryptosuite") == "ecdsa-sd-2023" \
        and proof_kind(proof.get("proofValue")) == "base"


__all__ = ["DisclosureData", "applicable", "derive", "disclosure_data", "hmac_labels", "is_base", "parse_base",
           "reveal_everything"]
