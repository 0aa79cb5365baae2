"""Cryptosuite registry: a proof is matched to its suite by ``type`` + ``cryptosuite``.

The registry names where each suite lives; a suite's module is imported the first time a proof of
that suite is met (an eddsa-rdfc-2022 credential loads neither the JCS, the detached-JWS nor the
ecdsa-sd-2023 code). ``tests/vc_core/test_suite_registry.py`` checks the table against the suites.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Any

from satchel.vc.suites.base import Cryptosuite, hash_for_key

# name -> (proof type, cryptosuite or None for a legacy suite, module under satchel.vc.suites, attribute)
_WHERE: dict[str, tuple[str, str | None, str, str]] = {
    "eddsa-rdfc-2022": ("DataIntegrityProof", "eddsa-rdfc-2022", "rdfc", "EDDSA_RDFC_2022"),
    "ecdsa-rdfc-2019": ("DataIntegrityProof", "ecdsa-rdfc-2019", "rdfc", "ECDSA_RDFC_2019"),
    "Ed25519Signature2020": ("Ed25519Signature2020", None, "rdfc", "ED25519_SIGNATURE_2020"),
    "eddsa-jcs-2022": ("DataIntegrityProof", "eddsa-jcs-2022", "jcs", "EDDSA_JCS_2022"),
    "ecdsa-jcs-2019": ("DataIntegrityProof", "ecdsa-jcs-2019", "jcs", "ECDSA_JCS_2019"),
    "eddsa-2022": ("DataIntegrityProof", "eddsa-2022", "rdfc", "EDDSA_2022"),
    "Ed25519Signature2018": ("Ed25519Signature2018", None, "detached_jws", "ED25519_SIGNATURE_2018"),
    "EcdsaSecp256k1Signature2019": ("EcdsaSecp256k1Signature2019", None, "detached_jws",
                                    "ECDSA_SECP256K1_SIGNATURE_2019"),
    "ecdsa-sd-2023": ("DataIntegrityProof", "ecdsa-sd-2023", "ecdsa_sd", "ECDSA_SD_2023"),
}
_BY_PROOF = {(proof_type, cryptosuite): name for name, (proof_type, cryptosuite, _, _) in _WHERE.items()}


def _load(name: str) -> Cryptosuite:
    _, _, module, attribute = _WHERE[name]
    suite: Cryptosuite = getattr(importlib.import_module(f"{__name__}.{module}"), attribute)
    return suite


class _Suites(Mapping[str, Cryptosuite]):
    """Suite name -> suite, each module imported on first access."""

    def __getitem__(self, name: str) -> Cryptosuite:
        return _load(name)

    def __iter__(self) -> Iterator[str]:
        return iter(_WHERE)

    def __len__(self) -> int:
        return len(_WHERE)


BY_NAME: Mapping[str, Cryptosuite] = _Suites()


def find_suite(proof: dict[str, Any]) -> Cryptosuite | None:
    """The registered suite for this proof (same ``type`` and ``cryptosuite``), or None when Satchel does
    not support it."""
    proof_type, cryptosuite = proof.get("type"), proof.get("cryptosuite")
    if not isinstance(proof_type, str) or not (cryptosuite is None or isinstance(cryptosuite, str)):
        return None
    name = _BY_PROOF.get((proof_type, cryptosuite))
    return None if name is None else _load(name)


__all__ = ["BY_NAME", "Cryptosuite", "find_suite", "hash_for_key"]
