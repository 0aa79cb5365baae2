"""Satchel's CachingProcessor expands every corpus document exactly as stock pyld does (its quicker
input copy and its shortcut for term names must change nothing), and never changes its input."""

from __future__ import annotations

import copy
import decimal
import json

import pytest
from pyld.jsonld import JsonLdError, JsonLdProcessor

from satchel.vc.jsonld.processor import CachingProcessor, _json_copy, pyld_options

from .conftest import corpus_root


def _documents() -> list[tuple[str, dict]]:
    found = []
    for path in sorted(corpus_root().rglob("*.json")):
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        if isinstance(document, dict) and "@context" in document:
            found.append((str(path.relative_to(corpus_root())), document))
    return found


def _expand(processor, document, loader):
    try:
        return processor.expand(document, pyld_options(loader, base=None))
    except JsonLdError as exc:
        return ("error", getattr(exc, "code", None) or exc.type)


def test_every_corpus_document_expands_as_with_stock_pyld(loader):
    documents = _documents()
    assert len(documents) > 150
    for name, document in documents:
        before = copy.deepcopy(document)
        ours = _expand(CachingProcessor(), document, loader)
        assert document == before, f"{name}: the input was changed"
        assert ours == _expand(JsonLdProcessor(), document, loader), name


def test_terms_mapped_to_null_keyword_aliases_and_prefixes_expand_as_with_stock_pyld(loader):
    document = {"@context": {"@vocab": "https://example.org/v#", "dropped": None, "kind": "@type",
                             "ex": "https://example.org/ex#", "name": "ex:name", "@version": 1.1},
                "kind": "ex:Thing", "dropped": "gone", "name": "kept", "ex:other": 1, "plain": [1.5, True],
                "@type": "Other", "nested": {"name": "inner", "dropped": {"deep": 1}}}
    expected = _expand(JsonLdProcessor(), document, loader)
    assert _expand(CachingProcessor(), document, loader) == expected
    assert expected[0]["https://example.org/ex#name"] == [{"@value": "kept"}]


def test_the_quick_copy_is_deep_and_hands_other_types_to_deepcopy():
    value = {"a": [1, 2.5, True, None, {"b": "c"}], "d": decimal.Decimal("1.5"), "e": (1, [2])}
    copied = _json_copy(value)
    assert copied == value
    assert copied["a"] is not value["a"] and copied["a"][4] is not value["a"][4]
    assert copied["e"][1] is not value["e"][1]


@pytest.mark.parametrize("document", [{"@context": {"@vocab": "https://example.org/"}, "a": {"b": [1]}}])
def test_pyld_works_on_a_copy(document, loader):
    expanded = CachingProcessor().expand(document, pyld_options(loader, base=None))
    expanded[0]["https://example.org/a"][0]["https://example.org/b"].append("changed")
    assert document["a"]["b"] == [1]
