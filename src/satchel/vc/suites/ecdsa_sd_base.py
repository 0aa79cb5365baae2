"""ecdsa-sd-2023 **base** proofs checked by their holder (W3C vc-di-ecdsa §3.5.1–3.5.4: base proof
transformation, hashing and serialization, run backwards).

The base proof value carries the HMAC key, so whoever holds it can redo the issuer's steps: canonicalize the
document (RDFC-1.0) with every blank node relabelled by HMAC-SHA-256 of its canonical label, sort the N-Quads,
and split them into the statements the ``mandatoryPointers`` select (``canonicalizeAndGroup``: skolemized
selection, same labels) and the others. The issuer's key signs ``hash(proof options) ‖ publicKey ‖
hash(mandatory N-Quads)``; the ephemeral P-256 ``publicKey`` signs each other N-Quad, in order. Checking those
signatures is the suite's part (:mod:`satchel.vc.suites.ecdsa_sd`); this module rebuilds what they sign.
Deriving (:mod:`satchel.vc.ecdsa_sd_derive`) uses the same steps.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from satchel.errors import UsageError
from satchel.vc.jsonld import expand_safely, selective
from satchel.vc.jsonld.protocol import DocumentLoader
from satchel.vc.suites.ecdsa_sd_values import BaseProof


def hmac_labels(key: bytes) -> Callable[[dict[str, str]], dict[str, str]]:
    """createHmacIdLabelMapFunction: each canonical label ``c14nN`` → ``u`` + base64url(HMAC-SHA-256)."""
    def factory(id_map: dict[str, str]) -> dict[str, str]:
        return {old: "u" + _b64(hmac.new(key, c14n.encode("utf-8"), hashlib.sha256).digest())
                for old, c14n in id_map.items()}
    return factory


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def matching(nquads: list[str], label_map: dict[str, str], selection: dict[str, Any] | None,
             loader: DocumentLoader) -> tuple[set[int], list[str]]:
    """(indexes of the canonical statements ``selection`` holds, the selection's own deskolemized N-Quads).

    ``selection`` is a part of the skolemized compact document, so its blank nodes carry the labels of the
    whole document and are relabelled with the same map."""
    if selection is None:
        return set(), []
    own = selective.deskolemized_nquads(expand_safely(selection, loader), loader)
    relabelled = {selective.BLANK.sub(lambda m: "_:" + label_map.get(m.group(1), m.group(1)), q) for q in own}
    return {i for i, q in enumerate(nquads) if q in relabelled}, own


def pointer_problem(document: dict[str, Any], pointers: tuple[str, ...]) -> str | None:
    """Why the mandatory pointers cannot select from ``document`` (one names nothing), else None."""
    for pointer in pointers:
        try:
            selective.select([pointer], document)
        except UsageError:
            return (f"its mandatory pointer {pointer[:80]!r} names nothing in this credential (a mandatory "
                    "field was removed, or the proof belongs to another document).")
    return None


@dataclass(frozen=True)
class BaseGroups:
    """The document as the issuer signed it, step by step (what the W3C vectors list)."""

    nquads: tuple[str, ...]  # canonical N-Quads with HMAC labels, sorted
    mandatory: tuple[str, ...]  # the statements the mandatory pointers select, in order
    non_mandatory: tuple[str, ...]  # the others, in order: one ephemeral signature each


def base_groups(unsecured: dict[str, Any], base: BaseProof, loader: DocumentLoader) -> BaseGroups:
    """canonicalizeAndGroup of the unsecured document with the base proof's HMAC key and mandatory pointers.
    UsageError when a mandatory pointer names nothing (see :func:`pointer_problem`)."""
    expanded, compact = selective.skolemize_compact(unsecured, loader)
    nquads, label_map = selective.label_replacement_canonicalize(
        selective.deskolemized_nquads(expanded, loader), hmac_labels(base.hmac_key))
    chosen, _ = matching(nquads, label_map, selective.select(list(base.mandatory_pointers), compact), loader)
    return BaseGroups(tuple(nquads), tuple(q for i, q in enumerate(nquads) if i in chosen),
                      tuple(q for i, q in enumerate(nquads) if i not in chosen))


__all__ = ["BaseGroups", "base_groups", "hmac_labels", "matching", "pointer_problem"]
