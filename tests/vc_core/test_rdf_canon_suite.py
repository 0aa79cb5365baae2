"""The W3C RDF Dataset Canonicalization (RDFC-1.0) test suite, run through Satchel's canonicalizer.

The files under ``rdf_canon/`` are copied unchanged from https://github.com/w3c/rdf-canon, folder
``tests/`` (``manifest.csv`` and ``rdfc10/*``), commit 15619df2fda7a4ca88308733789b6774517f9638
(2026-02-24), distributed under the W3C Test Suite License and the W3C 3-clause BSD License
(``rdf_canon/LICENCE.md``). Every test of the manifest runs: the evaluation tests compare the canonical
N-Quads byte for byte; the one negative test (the 10-node clique, test074) must be refused as too complex.
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest

from satchel.errors import CanonicalizationTooComplex
from satchel.vc.jsonld.rdfc10 import canonicalize

from .nquads_reader import read_nquads

SUITE = Path(__file__).parent / "rdf_canon"
TESTS = list(csv.DictReader((SUITE / "manifest.csv").open(encoding="utf-8")))


def _input(test: dict) -> list:
    return read_nquads((SUITE / f"{test['test']}-in.nq").read_text(encoding="utf-8"))


def _hash(test: dict) -> str:
    return {"": "sha256", "SHA384": "sha384"}[test["hashAlgorithm"]]


def test_the_whole_manifest_is_here():
    assert len(TESTS) == 65
    for test in TESTS:
        assert (SUITE / f"{test['test']}-in.nq").is_file()


EVAL = [t for t in TESTS if t["rdfc10"] == "TRUE"]
NEGATIVE = [t for t in TESTS if t["rdfc10"] == "RDFC10NegativeEvalTest"]


@pytest.mark.parametrize("test", EVAL, ids=[t["test"] for t in EVAL])
def test_canonical_nquads_match_the_w3c_expected_output(test):
    expected = (SUITE / f"{test['test']}-rdfc10.nq").read_text(encoding="utf-8")
    assert canonicalize(_input(test), hash_name=_hash(test)) == expected


@pytest.mark.parametrize("test", NEGATIVE, ids=[t["test"] for t in NEGATIVE])
def test_poison_graphs_beyond_the_limit_are_refused_quickly(test):
    started = time.perf_counter()
    with pytest.raises(CanonicalizationTooComplex):
        canonicalize(_input(test), hash_name=_hash(test))
    assert time.perf_counter() - started < 2.0


def test_the_suite_has_both_kinds():
    assert len(EVAL) == 64 and [t["test"] for t in NEGATIVE] == ["test074"]


def test_input_order_does_not_change_the_result():
    test = next(t for t in EVAL if t["test"] == "test044")  # a poison graph within the limits
    quads = _input(test)
    assert canonicalize(list(reversed(quads))) == canonicalize(quads)
