"""Faster drop-in versions of two small pure functions of pyld 3.3.0 (pinned), installed on import.

pyld calls ``_is_absolute_iri`` and ``_is_keyword`` about 120 and 250 times per credential, with the
same few strings: the first runs ``re.match`` on an uncompiled pattern each time, the second scans a
29-item list. Same answers (tests/vc_core/test_pyld_fastpaths.py compares them with pyld's own on
every string of the corpus), less time. Nothing here caches anything but these pure functions.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pyld.jsonld

# pyld's own expression (``+-.`` is the range from '+' to '.').
_ABSOLUTE_IRI = re.compile(r"^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$")
_KEYWORDS = frozenset(pyld.jsonld.KEYWORDS)
PYLD_IS_ABSOLUTE_IRI = pyld.jsonld._is_absolute_iri
PYLD_IS_KEYWORD = pyld.jsonld._is_keyword


@lru_cache(maxsize=8192)
def _absolute(value: str) -> bool:
    return _ABSOLUTE_IRI.match(value) is not None


def is_absolute_iri(value: object) -> bool:
    if not isinstance(value, str):
        return False
    return _absolute(value) if len(value) <= 512 else _ABSOLUTE_IRI.match(value) is not None


def is_keyword(value: object) -> bool:
    return isinstance(value, str) and value in _KEYWORDS


def install() -> None:
    pyld.jsonld._is_absolute_iri = is_absolute_iri
    pyld.jsonld._is_keyword = is_keyword


install()
