"""The one strict JSON decoder, with caps on size, nesting depth and number length.

Importing (``satchel.formats``) and verifying (``satchel.vc``) both read untrusted JSON through it, with
the caps of :mod:`satchel.limits`, so a document means the same thing to both and what one accepts the
other reads. It sits beside ``errors`` and ``clock``: importable from every layer.

Choices (other packages rely on them):
- Input is UTF-8 (a leading BOM is tolerated and dropped); anything else is refused as Malformed.
- Nesting is measured on the raw text *before* decoding, so a 10,000-deep ``[[[[…`` is refused as TooDeep
  in linear time and the decoder never recurses deeper than ``max_depth``.
- Duplicate object keys are refused (Malformed): JSON parsers disagree on which copy wins, and a signed
  credential must mean the same thing to the wallet and to every verifier.
- ``NaN``/``Infinity`` and numbers that overflow a float are refused; integers are capped at 4,300 digits.
- Strings holding an unpaired ``\\uD800``-style escape are refused, so every decoded string encodes as UTF-8.
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate
from typing import Any

from satchel.errors import Malformed, TooDeep, TooLarge
from satchel.limits import MAX_BYTES, MAX_DEPTH, MAX_INT_DIGITS, describe_size

_BOM = b"\xef\xbb\xbf"
# A JSON string, or an unterminated one running to the end: always matches, so the scan stays linear.
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', re.S)
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")
_STEP = [0] * 256
for _open in b"[{":
    _STEP[_open] = 1
for _close in b"]}":
    _STEP[_close] = -1


def parse_json_safely(data: bytes | str, *, max_depth: int = MAX_DEPTH, max_bytes: int = MAX_BYTES) -> Any:
    """Decode one JSON document, or raise TooLarge / TooDeep / Malformed with a plain sentence."""
    raw, text = _as_bytes_and_text(data, max_bytes)
    if not text.strip():
        raise Malformed("The file is empty.")
    if nesting_depth(raw) > max_depth:
        raise TooDeep(f"The document is nested more than {max_depth} levels deep; a credential never is.")
    try:
        value = json.loads(
            text,
            object_pairs_hook=_object_without_duplicates,
            parse_int=_bounded_int,
            parse_float=_finite_float,
            parse_constant=_refuse_constant,
        )
    except json.JSONDecodeError as exc:
        raise Malformed(_explain(exc, text)) from None
    except RecursionError:  # cannot happen below max_depth; kept so no other exception escapes
        raise TooDeep("The document is nested too deeply to be a credential.") from None
    _refuse_lone_surrogates(value)
    return value


def nesting_depth(raw: bytes) -> int:
    """The deepest nesting of ``[``/``{`` outside strings, in linear time and without recursion."""
    skeleton = _STRING.sub(b"", raw).translate(None, _NOT_BRACKET)
    if not skeleton:
        return 0
    return max(0, max(accumulate(map(_STEP.__getitem__, skeleton))))


def _as_bytes_and_text(data: bytes | str, max_bytes: int) -> tuple[bytes, str]:
    if isinstance(data, str):
        if len(data) > max_bytes:
            raise TooLarge(
                f"The text is {describe_size(len(data))}; a credential is at most {max_bytes // (1024 * 1024)} MB."
            )
        text = data[1:] if data.startswith("\ufeff") else data
        return text.encode("utf-8", "surrogatepass"), text
    raw = bytes(data)
    if len(raw) > max_bytes:
        raise TooLarge(
            f"The file is {describe_size(len(raw))}; a credential is at most {max_bytes // (1024 * 1024)} MB."
        )
    skipped = len(_BOM) if raw.startswith(_BOM) else 0
    raw = raw[skipped:]
    try:
        return raw, raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        position = skipped + exc.start + 1  # counted from 1, as editors do
        raise Malformed(f"The file is not valid UTF-8 text (a broken character at byte {position}).") from None


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise Malformed(f'The JSON has the key "{_short(key)}" twice in the same object.')
            seen.add(key)
    return obj


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise Malformed(f"A number in the JSON is too long (more than {MAX_INT_DIGITS} digits).")
    return int(text)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise Malformed("A number in the JSON is too large to be read.")
    return value


def _refuse_constant(name: str) -> Any:
    raise Malformed(f"The JSON uses {name}, which is not a valid JSON number.")


def _refuse_lone_surrogates(value: Any) -> None:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            _check_text(item)
        elif isinstance(item, dict):
            for key, sub in item.items():
                _check_text(key)
                stack.append(sub)
        elif isinstance(item, list):
            stack.extend(item)


def _check_text(text: str) -> None:
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise Malformed("The JSON contains a broken character (an unpaired \\u escape).") from None


def _explain(exc: json.JSONDecodeError, text: str) -> str:
    if exc.msg.startswith("Unterminated string") or exc.pos >= len(text.rstrip()):
        end_line = text.rstrip().count("\n") + 1
        return f"The JSON ends too early (line {end_line})."
    if exc.msg == "Extra data":
        return f"There is extra text after the end of the JSON (line {exc.lineno})."
    if exc.msg.startswith("Invalid control character"):
        return f"The JSON has a control character inside a text value (line {exc.lineno})."
    return f"The JSON is broken at line {exc.lineno}, column {exc.colno}."


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
