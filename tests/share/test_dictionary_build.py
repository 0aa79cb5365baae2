"""Preset dictionaries: deterministic builds, pinned bytes on disk, generic content only."""

from __future__ import annotations

import hashlib
import re

import pytest

from satchel.errors import PayloadRefused
from satchel.share.dictionary import load_dictionary
from satchel.share.dictionary.build import BUILDERS, PINNED, dictionary_path


@pytest.mark.parametrize("dictionary_id", sorted(BUILDERS))
def test_every_dictionary_builds_to_its_pinned_bytes_and_file(dictionary_id):
    built = BUILDERS[dictionary_id]()
    assert hashlib.sha256(built).hexdigest() == PINNED[dictionary_id]
    assert dictionary_path(dictionary_id).read_bytes() == built
    assert load_dictionary(dictionary_id) == built
    assert len(built) <= 32 * 1024  # a deflate window


def test_dictionary_1_is_unchanged():
    assert PINNED[1] == "1eb5e62758b750fc3335d19678c8a0665ed11e60aca367c6e0245af835661513"


def test_dictionary_2_holds_no_keys_signatures_or_corpus_names():
    text = load_dictionary(2).decode("utf-8")
    assert not re.search(r"z[1-9A-HJ-NP-Za-km-z]{20,}", text)
    assert not re.search(r"urn:uuid:[0-9a-f]", text)
    assert not re.search(r"\d{4}-\d\d-\d\dT", text)
    for specific in ("example.edu", "Jane", "Teamwork", "Literacy", "capstone"):
        assert specific not in text


def test_unknown_dictionary_is_refused():
    with pytest.raises(PayloadRefused, match="does not know"):
        load_dictionary(99)
