"""Status-list decoding (bit order, bounds, encodings) and did:web addresses."""

from __future__ import annotations

import base64
import gzip

import pytest

from satchel.clock import FixedClock
from satchel.errors import DidResolutionError, Malformed
from satchel.net import Response
from satchel.vc.cache import DocumentCache
from satchel.vc.did.web import WebDidDocuments, did_web_url
from satchel.vc.documents import DocumentSource
from satchel.vc.status.bitstring import bit_at, decode_list
from tests.vc.corpus_helpers import DEFAULT_NOW


def encode(bits: bytes, multibase: bool) -> str:
    text = base64.urlsafe_b64encode(gzip.compress(bits)).rstrip(b"=").decode()
    return "u" + text if multibase else text


def test_bits_are_read_most_significant_first():
    bits = bytes([0b10000001, 0, 0b00100000])
    assert [i for i in range(24) if bit_at(bits, i)] == [0, 7, 18]


def test_index_bounds():
    with pytest.raises(Malformed):
        bit_at(b"\x00" * 2, 16)
    with pytest.raises(Malformed):
        bit_at(b"\x00", -1)


def test_both_encodings_decode():
    raw = bytes(range(64))
    assert decode_list(encode(raw, True), multibase=True) == raw
    assert decode_list(encode(raw, False), multibase=False) == raw
    with pytest.raises(Malformed, match="multibase"):
        decode_list(encode(raw, False), multibase=True)


@pytest.mark.parametrize("bad", ["", "u!!!", "u" + base64.urlsafe_b64encode(b"not gzip").decode(), None])
def test_broken_lists_are_malformed(bad):
    with pytest.raises(Malformed):
        decode_list(bad, multibase=True)


def test_a_decompression_bomb_is_refused(monkeypatch):
    monkeypatch.setattr("satchel.vc.status.bitstring.MAX_LIST_BYTES", 1000)
    with pytest.raises(Malformed, match="too large"):
        decode_list(encode(b"\x00" * 5000, True), multibase=True)


@pytest.mark.parametrize("did,url", [
    ("did:web:example.com", "https://example.com/.well-known/did.json"),
    ("did:web:w3c-ccg.github.io:user:alice", "https://w3c-ccg.github.io/user/alice/did.json"),
    ("did:web:example.com%3A3000:user:alice", "https://example.com:3000/user/alice/did.json"),
    ("did:web:example.com#key-1", "https://example.com/.well-known/did.json"),
])
def test_did_web_urls(did, url):
    assert did_web_url(did) == url


@pytest.mark.parametrize("did", ["did:key:z6Mk", "did:web:", "did:web:exa mple.com", "did:web:example.com:..",
                                 "did:web:example.com::x", "did:web:example.com%2Fevil"])
def test_bad_did_web_identifiers(did):
    with pytest.raises(DidResolutionError):
        did_web_url(did)


class OneDocument:
    def __init__(self, body):
        self.body, self.calls = body, []

    def get(self, url, *, accept=None, max_bytes=2_000_000, timeout=10.0):
        self.calls.append(url)
        return Response(url, 200, "application/did+json", self.body)


def test_did_web_document_must_name_itself(tmp_path):
    clock = FixedClock(DEFAULT_NOW)
    fetcher = OneDocument(b'{"id": "did:web:example.com"}')
    web = WebDidDocuments(DocumentSource(DocumentCache(tmp_path, clock), fetcher, clock))
    assert web("did:web:example.com")["id"] == "did:web:example.com"
    assert fetcher.calls == ["https://example.com/.well-known/did.json"]
    impostor = WebDidDocuments(DocumentSource(DocumentCache(tmp_path / "2", clock),
                                              OneDocument(b'{"id": "did:web:other.org"}'), clock))
    with pytest.raises(DidResolutionError, match="not the DID document"):
        impostor("did:web:example.com")


def test_did_web_failures_are_remembered(tmp_path):
    clock = FixedClock(DEFAULT_NOW)
    web = WebDidDocuments(DocumentSource(DocumentCache(tmp_path, clock), None, clock))
    with pytest.raises(DidResolutionError):
        web("did:web:example.com")
    assert "did:web:example.com" in web.failures
