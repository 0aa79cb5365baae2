"""The cryptosuite registry (satchel/vc/suites/__init__.py) imports a suite's module only when a proof
of that suite is met; its table must say truly where each suite lives and which proofs it takes."""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

from satchel.vc import suites
from satchel.vc.suites import base

SRC = Path(__file__).resolve().parents[2] / "src"
MODULES = [importlib.import_module(f"satchel.vc.suites.{m.name}") for m in pkgutil.iter_modules(suites.__path__)]
EVERY_SUITE = list({id(value): value for module in MODULES for value in vars(module).values()
                    if isinstance(value, base.Cryptosuite)}.values())  # every suite defined in the package


def test_the_table_holds_every_suite_defined_once_under_its_own_name():
    assert sorted(s.name for s in EVERY_SUITE) == sorted(suites.BY_NAME)
    for suite in EVERY_SUITE:
        assert suites.BY_NAME[suite.name] is suite


@pytest.mark.parametrize("suite", EVERY_SUITE, ids=lambda s: s.name)
def test_find_suite_answers_as_each_suite_matches(suite):
    proof = {"type": suite.proof_type, **({"cryptosuite": suite.cryptosuite} if suite.cryptosuite else {})}
    assert suite.matches(proof) and suites.find_suite(proof) is suite


@pytest.mark.parametrize("proof", [
    {"type": "DataIntegrityProof"},                                    # no cryptosuite
    {"type": "DataIntegrityProof", "cryptosuite": "bbs-2023"},         # not supported
    {"type": "Ed25519Signature2020", "cryptosuite": "eddsa-rdfc-2022"},
    {"type": ["DataIntegrityProof"], "cryptosuite": "eddsa-rdfc-2022"},  # not a string: never hashed
    {"type": "DataIntegrityProof", "cryptosuite": ["eddsa-rdfc-2022"]},
    {"cryptosuite": "eddsa-rdfc-2022"},
])
def test_a_proof_no_suite_matches_finds_none(proof):
    assert not any(s.matches(proof) for s in EVERY_SUITE)
    assert suites.find_suite(proof) is None


def test_an_eddsa_rdfc_proof_loads_no_other_suite_module():
    probe = ("import json, sys\n"
             "from satchel.vc.suites import find_suite\n"
             "find_suite({'type': 'DataIntegrityProof', 'cryptosuite': 'eddsa-rdfc-2022'})\n"
             "print(json.dumps(sorted(m for m in sys.modules if m.startswith('satchel.vc.suites.'))))")
    done = subprocess.run([sys.executable, "-c", probe], env={**os.environ, "PYTHONPATH": str(SRC)},
                          capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(done.stdout) == ["satchel.vc.suites.base", "satchel.vc.suites.rdfc"]
