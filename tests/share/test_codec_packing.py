"""Base58btc value packing (codec B): lossless on any compact JSON, dedupes repeated values."""

from __future__ import annotations

import json

import base58
from hypothesis import given, settings
from hypothesis import strategies as st

from satchel.share.payload.packing import MAX_VALUES, NEW_VALUE, REPEAT_VALUE, pack_values, unpack_values

BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
KEY = "z" + base58.b58encode(b"\xed\x01" + bytes(range(32))).decode()
SIGNATURE = "z" + base58.b58encode(bytes(range(100, 164))).decode()


def compact(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def round_trip(text: bytes) -> bytes:
    packed, table = pack_values(text)
    return unpack_values(packed, table, 1 << 21)


def test_keys_and_signatures_become_tokens_and_repeats_reference_the_first():
    text = compact({"holder": f"did:key:{KEY}", "proof": {"verificationMethod": f"did:key:{KEY}#{KEY}",
                                                          "proofValue": SIGNATURE}})
    packed, table = pack_values(text)
    assert KEY.encode() not in packed and SIGNATURE.encode() not in packed
    assert packed.count(bytes((NEW_VALUE, 34))) == 1 and packed.count(bytes((REPEAT_VALUE, 0))) == 2
    assert len(table) == 34 + 64
    assert unpack_values(packed, table, 1 << 21) == text


def test_values_with_leading_zero_bytes_and_short_or_embedded_strings_round_trip():
    zeros = "z11" + base58.b58encode(bytes(40)).decode()[2:] + "Q"
    samples = {"a": zeros, "b": "z" + "1" * 30, "c": "zShort", "d": "prefix" + SIGNATURE,
               "e": f"https://example.org/{KEY}/x", "f": KEY + "0", "g": "z" + "l" * 30}
    assert round_trip(compact(samples)) == compact(samples)


def test_more_distinct_values_than_one_byte_can_index_are_left_as_text():
    values = ["z" + base58.b58encode(i.to_bytes(2, "big") + bytes(30)).decode() for i in range(MAX_VALUES + 10)]
    text = compact(values + values)
    packed, table = pack_values(text)
    assert len(table) == MAX_VALUES * 32
    assert values[-1].encode() in packed and values[0].encode() not in packed
    assert unpack_values(packed, table, 1 << 21) == text


@settings(max_examples=200, deadline=None)
@given(st.recursive(
    st.one_of(st.text(alphabet=BASE58 + "z:#/ \"\\é\x00\x01", max_size=80), st.integers(), st.none()),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.text(max_size=5), children, max_size=4)),
    max_leaves=12))
def test_packing_is_lossless_on_any_json(value):
    text = compact({"v": value, "k": [KEY, f"did:key:{KEY}#{KEY}", SIGNATURE]})
    assert round_trip(text) == text
