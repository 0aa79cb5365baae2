"""Cryptosuite registry: a proof is matched to its suite by ``type`` + ``cryptosuite``."""

from __future__ import annotations

from typing import Any

from satchel.vc.suites.base import Cryptosuite, hash_for_key
from satchel.vc.suites.detached_jws import ECDSA_SECP256K1_SIGNATURE_2019, ED25519_SIGNATURE_2018
from satchel.vc.suites.ecdsa_sd import ECDSA_SD_2023
from satchel.vc.suites.jcs import ECDSA_JCS_2019, EDDSA_JCS_2022
from satchel.vc.suites.rdfc import ECDSA_RDFC_2019, ED25519_SIGNATURE_2020, EDDSA_2022, EDDSA_RDFC_2022

SUITES: tuple[Cryptosuite, ...] = (EDDSA_RDFC_2022, ECDSA_RDFC_2019, ED25519_SIGNATURE_2020,
                                   EDDSA_JCS_2022, ECDSA_JCS_2019, EDDSA_2022, ED25519_SIGNATURE_2018,
                                   ECDSA_SECP256K1_SIGNATURE_2019, ECDSA_SD_2023)
BY_NAME = {suite.name: suite for suite in SUITES}


def find_suite(proof: dict[str, Any]) -> Cryptosuite | None:
    """The registered suite for this proof, or None when Satchel does not support it."""
    return next((suite for suite in SUITES if suite.matches(proof)), None)


__all__ = ["BY_NAME", "SUITES", "Cryptosuite", "find_suite", "hash_for_key"]
