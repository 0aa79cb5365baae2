"""A small N-Quads reader for the W3C rdf-canon test inputs: each line → a quad of canonical terms."""

from __future__ import annotations

import re

from satchel.vc.jsonld.nquads import iri, literal

_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_UNESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_IRI = r"<((?:[^>\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*)>"
_BNODE = r"(_:[^\s]+)"
_LITERAL = r'"((?:[^"\\]|\\.)*)"(?:\^\^' + _IRI + r"|@([A-Za-z]+(?:-[A-Za-z0-9]+)*))?"
_TERM = f"(?:{_IRI}|{_BNODE}|{_LITERAL})"
_LINE = re.compile(rf"^\s*{_TERM}\s*{_IRI}\s*{_TERM}\s*(?:{_TERM}\s*)?\.\s*(?:#.*)?$")


def _unescape(text: str) -> str:
    def one(match: re.Match) -> str:
        short, long, char = match.groups()
        if short or long:
            return chr(int(short or long, 16))
        return _ECHAR[char]
    return _UNESCAPE.sub(one, text)


def _term(groups: tuple) -> str:
    iri_value, bnode, lit, datatype, language = groups
    if iri_value is not None:
        return iri(_unescape(iri_value))
    if bnode is not None:
        return bnode
    if lit is not None:
        return literal(_unescape(lit), _unescape(datatype) if datatype else None, language)
    return ""


def read_nquads(text: str) -> list[tuple[str, str, str, str]]:
    quads = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LINE.match(line)
        assert match, f"unreadable N-Quads line: {line!r}"
        g = match.groups()
        quads.append((_term(g[0:5]), iri(_unescape(g[5])), _term(g[6:11]), _term(g[11:16])))
    return quads
