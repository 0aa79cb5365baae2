"""Issue 9 §4: the bundled JSON-LD contexts are real published documents, each with its source and
SHA-256 in src/satchel/vc/contexts/manifest.json, and they give real credentials their meaning."""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

import pytest

from satchel.errors import UnsafeDocument
from satchel.vc.jsonld import OfflineLoader, bundled_urls, canonize, expand_safely
from tests.conftest import corpus_dir

CONTEXTS = resources.files("satchel.vc.contexts")
MANIFEST = json.loads(CONTEXTS.joinpath("manifest.json").read_text(encoding="utf-8"))
VECTORS = Path(__file__).parents[1] / "vc" / "vectors"


def test_the_manifest_lists_every_bundled_context_once():
    index = json.loads(CONTEXTS.joinpath("index.json").read_text(encoding="utf-8"))
    assert {entry["url"]: entry["file"] for entry in MANIFEST} == index
    assert len({entry["url"] for entry in MANIFEST}) == len(MANIFEST)
    assert {entry["url"] for entry in MANIFEST} == set(bundled_urls())


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["url"] for e in MANIFEST])
def test_each_bundled_context_matches_its_manifest_hash_and_names_its_source(entry):
    data = CONTEXTS.joinpath(entry["file"]).read_bytes()
    assert hashlib.sha256(data).hexdigest() == entry["sha256"]
    assert entry["source"].strip() and "@context" in json.loads(data)


@pytest.mark.parametrize("url", [
    "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
    "https://www.w3.org/2018/credentials/examples/v1",
    "https://www.w3.org/ns/credentials/examples/v2",
    "https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/jff-vc-edu-plugfest-1-context.json",
    "http://data.europa.eu/snb/model/context/edc-ap",
    "https://raw.githubusercontent.com/educredentials/obv3-examples/refs/heads/main/contexts/educredential.json",
    "https://openbadgespec.org/extensions/accessibilityExtension/context-3.0.0.json",
    "https://w3id.org/security/suites/ed25519-2018/v1",
    "https://w3id.org/security/suites/secp256k1-2019/v1",
])
def test_the_vocabularies_real_credentials_use_are_bundled(url):
    assert url in bundled_urls()


def test_a_clr_2_credential_canonicalizes_to_1edtechs_published_n_quads():
    """1EdTech's CLR 2.0 proof example (ob_v3p0/impl/linked-data-proof-clr.html): the document before
    signing and its published canonical form (test-vectors/clrv2p0/document-canon.txt)."""
    folder = VECTORS / "1edtech-clr"
    document = json.loads((folder / "document-before-signing.json").read_text(encoding="utf-8"))
    expected = (folder / "document-canon.txt").read_text(encoding="utf-8")
    assert canonize(document, OfflineLoader()) == expected


def test_the_europass_sample_micro_credential_has_a_meaning_for_every_term():
    sample = corpus_dir() / "eu" / "Sample-MC-Annex1-unsigned.jsonld"
    expanded = expand_safely(json.loads(sample.read_text(encoding="utf-8")), OfflineLoader())
    assert expanded and "https://www.w3.org/2018/credentials#VerifiableCredential" in expanded[0]["@type"]


@pytest.mark.parametrize("name", ["theed_microcredential_full_ho.json", "uvh_at_regular_full.json"])
def test_edubadges_examples_are_refused_because_their_published_context_is_invalid(name):
    """educredentials/obv3-examples' context (as published) defines ``supervisionType`` with a
    ``context`` key instead of ``@context``: pyld and jsonld.js both call it an invalid scoped context.
    Satchel has the document now, so the refusal names that, instead of an unknown vocabulary."""
    credential = json.loads((VECTORS / "edubadges" / name).read_text(encoding="utf-8"))
    with pytest.raises(UnsafeDocument, match="invalid scoped context"):
        expand_safely(credential, OfflineLoader())


def test_contexts_read_from_the_folder_are_those_importlib_resources_reads(monkeypatch):
    """bundled.py reads the files from the package folder (cheaper at start-up) and falls back to
    importlib.resources for a zipped package: both give the same text for every context."""
    from satchel.vc.jsonld import bundled

    on_disk = {entry["file"]: bundled._read(entry["file"]) for entry in MANIFEST}
    assert bundled._folder() is not None
    monkeypatch.setattr(bundled, "_folder", lambda: None)  # as from a zip: importlib.resources answers
    for name, text in on_disk.items():
        assert bundled._read(name) == text == CONTEXTS.joinpath(name).read_text(encoding="utf-8")
