"""parse_json_safely: strict JSON with caps on size, depth and numbers, and plain sentences on refusal."""

from __future__ import annotations

import time

import pytest

from satchel.errors import Malformed, TooDeep, TooLarge
from satchel.formats import MAX_BYTES, parse, parse_json_safely


def test_reads_ordinary_json_and_drops_a_bom():
    assert parse_json_safely(b'\xef\xbb\xbf{"a": [1, 2.5, "x", true, null]}') == {"a": [1, 2.5, "x", True, None]}
    assert parse_json_safely('\ufeff{"é": "ü"}') == {"é": "ü"}


def test_a_50_mb_file_is_refused_by_size_before_reading():
    data = b"{" + b" " * (50 * 1024 * 1024 - 2) + b"}"
    with pytest.raises(TooLarge) as info:
        parse_json_safely(data)
    assert str(info.value) == "The file is 50.0 MB; a credential is at most 4 MB."
    with pytest.raises(TooLarge, match=r"50\.0 MB; a credential is at most 4 MB"):
        parse(data)


def test_exactly_the_cap_is_allowed():
    data = b'"' + b"a" * (MAX_BYTES - 2) + b'"'
    assert len(parse_json_safely(data)) == MAX_BYTES - 2


@pytest.mark.parametrize("opener", ["[", "{\"a\":"])
def test_ten_thousand_levels_are_refused_quickly_without_recursion(opener: str):
    data = (opener * 10_000).encode()
    started = time.perf_counter()
    with pytest.raises(TooDeep):
        parse_json_safely(data)
    with pytest.raises(TooDeep):
        parse_json_safely(data + b"1" + (b"]" if opener == "[" else b"}") * 10_000)
    assert time.perf_counter() - started < 0.5


def test_depth_limit_is_exact_and_ignores_brackets_inside_strings():
    assert parse_json_safely("[" * 64 + "]" * 64) is not None
    with pytest.raises(TooDeep):
        parse_json_safely("[" * 65 + "]" * 65)
    assert parse_json_safely('["' + "[" * 500 + '"]') == ["[" * 500]
    assert parse_json_safely('["\\"[[[[", "]]"]', max_depth=1) == ['"[[[[', "]]"]
    with pytest.raises(TooDeep):
        parse_json_safely("[[1]]", max_depth=1)


def test_huge_integers_are_malformed_not_value_errors():
    with pytest.raises(Malformed, match="more than 4300 digits"):
        parse_json_safely(b'{"n": ' + b"9" * 5000 + b"}")
    assert parse_json_safely(b"-" + b"9" * 4300) == -int("9" * 4300)


@pytest.mark.parametrize("text", ["[1e400]", "[-1e400]", "NaN", "[Infinity]", "[-Infinity]"])
def test_non_finite_numbers_are_refused(text: str):
    with pytest.raises(Malformed):
        parse_json_safely(text)


def test_duplicate_keys_are_refused_and_named():
    with pytest.raises(Malformed, match='the key "name" twice'):
        parse_json_safely('{"name": "A", "x": {"name": 1}, "name": "B"}')
    assert parse_json_safely('{"a": {"name": 1}, "b": {"name": 2}}') == {"a": {"name": 1}, "b": {"name": 2}}


def test_broken_utf8_is_named_with_its_position():
    with pytest.raises(Malformed) as info:
        parse_json_safely(b'{"a": "caf\xc3"}')
    assert str(info.value) == "The file is not valid UTF-8 text (a broken character at byte 11)."


def test_unpaired_surrogate_escapes_are_refused_but_pairs_are_fine():
    with pytest.raises(Malformed, match="unpaired"):
        parse_json_safely(b'{"a": "\\ud800"}')
    with pytest.raises(Malformed, match="unpaired"):
        parse_json_safely(b'{"\\udc00": 1}')
    assert parse_json_safely(b'"\\ud83d\\ude00"') == "\U0001F600"


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ('{\n  "a": 1,\n  "b": ', "The JSON ends too early (line 3)."),
        ('{"a": "never closed', "The JSON ends too early (line 1)."),
        ('{"a": 1} {"b": 2}', "There is extra text after the end of the JSON (line 1)."),
        ('{\n"a": tru}', "The JSON is broken at line 2, column 6."),
        ('{"a": "tab\there"}', "The JSON has a control character inside a text value (line 1)."),
        ("   ", "The file is empty."),
        ("", "The file is empty."),
    ],
)
def test_broken_json_gets_one_plain_sentence(text: str, sentence: str):
    with pytest.raises(Malformed) as info:
        parse_json_safely(text.encode())
    assert str(info.value) == sentence


def test_unterminated_string_full_of_escaped_quotes_is_linear():
    data = b'["' + b'\\"' * 1_000_000
    started = time.perf_counter()
    with pytest.raises(Malformed, match="ends too early"):
        parse_json_safely(data)
    assert time.perf_counter() - started < 1.0
