"""The faster versions of pyld's `_is_absolute_iri` and `_is_keyword` give pyld's own answers."""

from __future__ import annotations

import json

import pyld.jsonld

from satchel.vc.jsonld import fastpaths

from .conftest import corpus_root

EDGES = ["", "@", "@id", "@ID", "@type ", "@vocab", "@foo", "_:b0", "_:", "_", "a:b", "a:b c", "a:b\n", "a:\tb",
         "1a:b", "a+b-c.d:x", "a,b:x", "a/b:x", "urn:uuid:1", "https://example.org/x#y", "did:key:z6Mk",
         "relative/path", "#fragment", "mailto:someone@example.org", "é:x", "x" * 600 + ":y", ":x"]


def _strings(value, out):
    if isinstance(value, str):
        out.add(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            out.add(key)
            _strings(item, out)
    elif isinstance(value, list):
        for item in value:
            _strings(item, out)


def _corpus_strings() -> set:
    found: set = set(EDGES)
    for path in corpus_root().rglob("*.json"):
        try:
            _strings(json.loads(path.read_text(encoding="utf-8")), found)
        except (ValueError, UnicodeDecodeError):
            continue
    return found


def test_installed_in_pyld():
    assert pyld.jsonld._is_absolute_iri is fastpaths.is_absolute_iri
    assert pyld.jsonld._is_keyword is fastpaths.is_keyword


def test_same_answers_as_pyld_on_every_corpus_string():
    values = _corpus_strings()
    assert len(values) > 1000
    for value in [*values, None, 1, 2.5, ["@id"], {"@id": "x"}]:
        assert fastpaths.is_absolute_iri(value) == bool(fastpaths.PYLD_IS_ABSOLUTE_IRI(value)), value
        assert fastpaths.is_keyword(value) == bool(fastpaths.PYLD_IS_KEYWORD(value)), value
