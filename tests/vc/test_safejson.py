from __future__ import annotations

import pytest

from satchel.errors import Malformed, TooDeep, TooLarge
from satchel.vc.safejson import load_object, loads


def test_parses_plain_json_and_ignores_brackets_in_strings():
    assert loads(b'{"a": "[[[[{{{{", "b": [1]}', max_depth=2) == {"a": "[[[[{{{{", "b": [1]}


@pytest.mark.parametrize("text,error", [
    ("[" * 30 + "]" * 5, TooDeep), ("x" * 50, TooLarge), ('{"a": NaN}', Malformed), ("{", Malformed),
    (b"\xff\xfe", Malformed), ("", Malformed)])
def test_refuses_hostile_or_broken_input(text, error):
    with pytest.raises(error):
        loads(text, max_bytes=40, max_depth=20)


def test_load_object_wants_an_object():
    with pytest.raises(Malformed):
        load_object("[]")
