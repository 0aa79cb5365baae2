"""Find values in a credential by a simple path and render them as text, keeping their JSON pointer.

A path is keys separated by ``/``; wherever a value on the way is a list, every item is visited (its index
goes into the pointer). Rendering knows the shapes credentials use for text: plain strings, numbers,
language maps (``{"en": "…", "fr": "…"}``, ELM), notes (``noteLiteral``), concepts (``prefLabel``), and
named objects (``name`` / ``title`` / ``targetName``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

PREFERRED_LANGUAGES = ("en", "fr")
MAX_VALUE_CHARS = 600
MAX_ITEMS = 12


@dataclass(frozen=True)
class Found:
    pointer: str
    value: Any


def find(document: Any, path: str) -> Iterator[Found]:
    """Every value at ``path`` (lists expanded), with its JSON pointer."""
    yield from _walk(document, [p for p in path.split("/") if p], "")


def _walk(value: Any, keys: list[str], pointer: str) -> Iterator[Found]:
    if isinstance(value, list):
        for index, item in enumerate(value[:MAX_ITEMS * 4]):
            yield from _walk(item, keys, f"{pointer}/{index}")
        return
    if not keys:
        if value is not None:
            yield Found(pointer or "/", value)
        return
    if isinstance(value, dict) and keys[0] in value:
        yield from _walk(value[keys[0]], keys[1:], f"{pointer}/{_escape(keys[0])}")


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def text(value: Any) -> str | None:
    """A credential value as one line of text, or None when it says nothing."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return _number(value)
    if isinstance(value, str):
        return _clip(value)
    if isinstance(value, dict):
        for key in ("noteLiteral", "prefLabel", "title", "name", "targetName", "legalName", "narrative"):
            if key in value:
                found = text(value[key])
                if found:
                    return found
        return _language_map(value)
    return None


def _language_map(value: dict[str, Any]) -> str | None:
    if not value or not all(isinstance(k, str) and len(k) <= 8 and "@" not in k for k in value):
        return None
    for lang in PREFERRED_LANGUAGES:
        if isinstance(value.get(lang), str):
            return _clip(value[lang])
    first = next((v for v in value.values() if isinstance(v, str)), None)
    return _clip(first) if first else None


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _clip(value: str) -> str | None:
    value = " ".join(value.split())
    if not value:
        return None
    return value if len(value) <= MAX_VALUE_CHARS else value[: MAX_VALUE_CHARS - 1] + "…"


Render = Callable[[Any], "str | None"]
Where = Callable[[Any], bool]


@dataclass(frozen=True)
class Source:
    """One place an element may be read from: a path, an optional filter, and how to render it."""

    path: str
    render: Render = text
    where: Where | None = None

    def read(self, document: Any) -> tuple[str, str] | None:
        """(value, pointer) of the first match, or all matches joined when there are several."""
        values: list[str] = []
        pointers: list[str] = []
        for found in find(document, self.path):
            if self.where is not None and not self.where(found.value):
                continue
            rendered = self.render(found.value)
            if rendered and rendered not in values:
                values.append(rendered)
                pointers.append(found.pointer)
            if len(values) >= MAX_ITEMS:
                break
        if not values:
            return None
        return "; ".join(values), _common_pointer(pointers)


def _common_pointer(pointers: list[str]) -> str:
    """One pointer for several matches: the shared prefix up to the first list index that differs."""
    if len(pointers) == 1:
        return pointers[0]
    parts = [p.split("/") for p in pointers]
    shared: list[str] = []
    for column in zip(*parts, strict=False):  # the shortest pointer bounds the shared prefix
        if len(set(column)) != 1:
            break
        shared.append(column[0])
    return "/".join(shared) or "/"


__all__ = ["Found", "Source", "find", "text"]
