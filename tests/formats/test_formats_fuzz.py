"""Property tests: whatever arrives, every importer answers with a result or an ImportRefused, quickly."""

from __future__ import annotations

import contextlib
import json
import struct
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from satchel.errors import ImportRefused
from satchel.formats import Parsed, parse, parse_json_safely, split_compact_jws

from ._builders import PNG_SIGNATURE, b64url, itxt, ob3_credential, png, token
from ._corpus import sample_files

SEEDS = sample_files()
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SECOND = 1.0


def _answers(data: bytes, filename: str | None = None) -> Parsed | ImportRefused:
    started = time.perf_counter()
    try:
        result: Parsed | ImportRefused = parse(data, filename=filename)
    except ImportRefused as exc:
        assert not exc.params.get("internal"), f"an unexpected {exc.__cause__!r} was turned into a refusal"
        assert exc.message.endswith((".", ")")) and "\n" not in exc.message
        result = exc
    assert time.perf_counter() - started < SECOND
    return result


def test_the_seeds_cover_every_importer():
    assert {path.suffix for path in SEEDS} >= {".json", ".jwt", ".png", ".svg"}


@FUZZ
@given(data=st.binary(max_size=3000))
def test_arbitrary_bytes(data: bytes):
    _answers(data)


@FUZZ
@given(prefix=st.sampled_from([PNG_SIGNATURE, b"{", b"[", b"<svg ", b"<?xml", b"eyJ", b"\xef\xbb\xbf{"]),
       rest=st.binary(max_size=2000))
def test_arbitrary_bytes_behind_each_format_signature(prefix: bytes, rest: bytes):
    _answers(prefix + rest)


_mutation = st.tuples(st.sampled_from(["flip", "truncate", "insert", "delete", "utf8"]),
                      st.floats(0, 1), st.binary(min_size=1, max_size=8))


def _mutate(data: bytes, kind: str, where: float, blob: bytes) -> bytes:
    at = int(where * (len(data) - 1))
    if kind == "flip":
        return data[:at] + bytes([data[at] ^ (blob[0] or 1)]) + data[at + 1:]
    if kind == "truncate":
        return data[:at]
    if kind == "insert":
        return data[:at] + blob + data[at:]
    if kind == "delete":
        return data[:at] + data[at + len(blob) * 7:]
    return data[:at] + b"\xc3\x28\xff" + data[at:]  # broken UTF-8


@FUZZ
@given(seed=st.sampled_from(SEEDS), mutations=st.lists(_mutation, min_size=1, max_size=3))
def test_mutated_corpus_files(seed: Path, mutations):
    data = seed.read_bytes()
    for mutation in mutations:
        data = _mutate(data, *mutation) if data else data
    _answers(data, filename=seed.name)


def _png_chunks(data: bytes) -> list[tuple[int, int]]:
    spans, pos = [], 8
    while pos + 12 <= len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        spans.append((pos, length))
        pos += 12 + length
    return spans


@FUZZ
@given(seed=st.sampled_from([p for p in SEEDS if p.suffix == ".png"]), which=st.integers(0, 10),
       cut=st.integers(1, 4000), lie=st.booleans())
def test_png_chunks_cut_short_or_lying_about_their_length(seed: Path, which: int, cut: int, lie: bool):
    data = seed.read_bytes()
    spans = [span for span in _png_chunks(data) if span[1] > 0]  # IEND has nothing to cut
    pos, length = spans[which % len(spans)]
    if lie:  # the length field promises fewer bytes than the chunk has
        data = data[:pos] + struct.pack(">I", max(0, length - cut)) + data[pos + 4:]
    else:  # the chunk's data is cut short
        data = data[:pos + 8 + max(0, length - cut)] + data[pos + 8 + length:]
    assert isinstance(_answers(data), ImportRefused)


@FUZZ
@given(digits=st.integers(1, 12_000), negative=st.booleans(), exponent=st.sampled_from(["", "e5", "e999", "E-999"]))
def test_huge_numbers_inside_a_credential(digits: int, negative: bool, exponent: str):
    number = ("-" if negative else "") + "7" * digits + exponent
    text = json.dumps(ob3_credential()).replace('"Bread Baking"', number, 1)
    _answers(text.encode())


_json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=25,
)


@FUZZ
@given(key=st.sampled_from(["name", "issuer", "credentialSubject", "type", "@context", "verifiableCredential", "id",
                            "validFrom", "badge", "recipient", "proof"]),
       value=_json_value, vp=st.booleans(), in_token=st.booleans(), in_png=st.booleans())
def test_odd_json_in_every_container(key: str, value, vp: bool, in_token: bool, in_png: bool):
    doc = ob3_credential()
    doc[key] = value
    if vp:
        doc = {"type": "VerifiablePresentation", "verifiableCredential": [doc, value]}
    text = token(doc) if in_token else json.dumps(doc, ensure_ascii=bool(in_png))
    data = png(itxt("openbadgecredential", text)) if in_png else text.encode()
    _answers(data)


@FUZZ
@given(text=st.text(alphabet="eyJAaZz09-_.~=+/ ", max_size=200))
def test_token_like_text(text: str):
    started = time.perf_counter()
    with contextlib.suppress(ImportRefused):
        split_compact_jws(text)
    _answers(text.encode())
    assert time.perf_counter() - started < SECOND


@FUZZ
@given(header=_json_value, payload=_json_value, signature=st.binary(max_size=64))
def test_tokens_with_any_json_inside(header, payload, signature: bytes):
    text = ".".join(b64url(json.dumps(part).encode()) for part in (header, payload)) + "." + b64url(signature)
    _answers(text.encode())


@FUZZ
@given(text=st.text(max_size=300))
def test_parse_json_safely_on_any_text(text: str):
    started = time.perf_counter()
    with contextlib.suppress(ImportRefused):
        parse_json_safely(text)
    assert time.perf_counter() - started < SECOND


@pytest.mark.parametrize("depth", [65, 1_000, 100_000])
def test_deep_nesting_in_every_container(depth: int):
    deep = "[" * depth + "]" * depth
    text = json.dumps(ob3_credential()).replace('"Bread Baking"', deep, 1)
    for data in (text.encode(), png(itxt("openbadgecredential", text))):
        assert isinstance(_answers(data), ImportRefused)
