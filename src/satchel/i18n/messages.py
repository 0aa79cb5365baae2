"""French for the specific sentences of refusals: the English sentence an error carries -> its French.

The tables live in one module per area (:mod:`.refusals_formats`, :mod:`.refusals_share`, ...). An entry is
keyed by the English sentence exactly as the code raises it, or, for a sentence built with an f-string, by
its *template*: the literal text with each inserted value written as a named field, e.g.

    "This QR code uses compression dictionary {dictionary_id}, which this version of Satchel does not know."

A template matches a message when the whole message reads as the template with some text in each field
(the same field twice must hold the same text); the French template then gets those texts in its own fields,
so a French entry names exactly the fields of its English key. When two templates match, the one with more
literal text wins. An inserted value is itself translated when it is an English sentence this module knows (an
error quoting another error's message), a fragment of :func:`fragment_areas` (why an image is damaged, how
old a copy is) or, in a field of :data:`WORD_FIELDS`, one of the few English words in :data:`TERMS` (what part
of a token, which answer). Other values (a number, an address, a parameter's name) are data and stay as they
are. A word field only ever holds English words, so a value there with no French makes the template give no
French at all (the next matching template is tried): the reader then gets the general sentence alone, never
English inside French.

Templates are only tried on messages of at most :data:`MAX_MATCHED` characters: the fields are lazy
wildcards, and a long message with many repeats of a template's literal text (a server's error text, a
hostile address) would otherwise make matching slow enough to hang the error it explains.

:func:`french_sentence` returns ``None`` for a sentence with no entry: the reader then gets only the general
French sentence of the error's code (see :func:`satchel.i18n.render_error`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache


@cache
def areas() -> tuple[Mapping[str, str], ...]:
    """The tables of refusal sentences, loaded on the first refusal shown in French (not at start-up)."""
    from satchel.i18n import refusals_exchange, refusals_formats, refusals_share, refusals_verify, refusals_wallet
    return (refusals_formats.FRENCH, refusals_share.FRENCH, refusals_exchange.FRENCH, refusals_verify.FRENCH,
            refusals_wallet.FRENCH)


@cache
def fragment_areas() -> tuple[Mapping[str, str], ...]:
    """Parts of sentences that code passes into a field (why an image is damaged, how old a copy is, a size):
    translated only there, never as a message of their own."""
    from satchel.i18n import refusals_exchange, refusals_formats, refusals_share, refusals_verify
    return (refusals_formats.FRAGMENTS, refusals_share.FRAGMENTS, refusals_verify.FRAGMENTS,
            refusals_exchange.FRAGMENTS)

# English words that code passes into a template field (which part of a token, which answer, which label).
TERMS: dict[str, str] = {
    "header": "en-tête", "content": "contenu", "payload": "contenu", "signature": "signature",
    "disclosure": "divulgation",
    "JWT header": "en-tête du JWT", "JWT payload": "contenu du JWT",
    "credential offer": "offre de badge", "issuer metadata": "métadonnées de l'émetteur",
    "authorization server": "serveur d'autorisation", "token": "jeton", "nonce": "nonce",
    "credential": "badge", "deferred credential": "badge différé", "interaction": "interaction",
    "exchange": "échange", "pushed authorization request": "demande d'autorisation poussée",
    "exchange address": "adresse de l'échange", "interaction address": "adresse de l'interaction",
    "token endpoint": "point d'accès des jetons", "nonce endpoint": "point d'accès des nonces",
    "credential endpoint": "point d'accès des badges",
    "deferred credential endpoint": "point d'accès des badges différés",
    "exchanger": "échangeur", "pushed authorization request endpoint": "point d'accès des demandes d'autorisation",
    "verifier's request endpoint": "point d'accès des demandes du vérificateur",
    "code": "code entier", "part": "partie", "tag": "Une étiquette", "collection name": "Un nom de collection",
    "a verifier": "un vérificateur", "a verifier name": "un nom de vérificateur",
    "claims shown": "informations montrées", "claims asked": "informations demandées",
    "a request id": "un identifiant de demande", "a time": "une heure",
    "a credential": "un badge", "a signed token": "un jeton signé", "a badge image": "une image de badge",
    "This enveloped credential": "ce badge enveloppé", "this enveloped credential": "ce badge enveloppé",
}

# Fields into which code passes only English words (a term, a fragment): never left in English.
WORD_FIELDS = frozenset({"what", "why"})
MAX_MATCHED = 2000  # longer messages get only their exact entry (see the module)

_FIELD = re.compile(r"\{(\w+)\}")
_DEPTH = 3  # an error quoting an error quoting an error is as deep as Satchel goes


def fields(template: str) -> list[str]:
    """The field names of a template, in order (a name may repeat)."""
    return _FIELD.findall(template)


def literal_parts(template: str) -> tuple[str, ...]:
    """The literal text around the fields, in order (one more than the fields, empty at either end when a
    field is there): two templates with the same parts say the same thing."""
    return tuple(_FIELD.split(template)[0::2])


class _Table:
    """Exact entries by their English sentence; templates as patterns, the most literal text first."""

    def __init__(self, tables: tuple[Mapping[str, str], ...]) -> None:
        self.exact = {en: fr for table in tables for en, fr in table.items() if not fields(en)}
        ranked = sorted(((en, fr) for table in tables for en, fr in table.items() if fields(en)),
                        key=lambda pair: -sum(map(len, literal_parts(pair[0]))))
        self.templates = tuple((pattern_of(en), fr) for en, fr in ranked)


@cache
def _sentences() -> _Table:
    return _Table(areas())


@cache
def _fragments() -> _Table:
    return _Table(fragment_areas())


def pattern_of(template: str) -> re.Pattern[str]:
    """The regular expression that reads a whole message as ``template`` (see the module)."""
    pieces = _FIELD.split(template)
    seen: set[str] = set()
    out = [re.escape(pieces[0])]
    for name, literal in zip(pieces[1::2], pieces[2::2], strict=True):
        out.append(f"(?P={name})" if name in seen else f"(?P<{name}>.*?)")
        out.append(re.escape(literal))
        seen.add(name)
    return re.compile(r"\A" + "".join(out) + r"\Z", re.DOTALL)


def _value(name: str, text: str, depth: int) -> str | None:
    """The French of the value of field ``name``, or ``None`` when it has none. A term is only read in a word
    field: elsewhere "code" or "nonce" is a parameter's name, data to keep as it is."""
    if name in WORD_FIELDS and text in TERMS:
        return TERMS[text]
    return _french(_fragments(), text, depth + 1) or _french(_sentences(), text, depth + 1)


_DECIMAL = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+\.\d+")  # 4.01, 1,234, 1,234.5


def _french_number(name: str, text: str) -> str:
    """A size or count written in English ("4.01", "1,234") as French writes it ("4,01", "1 234", with a
    narrow no-break space); only in fields that hold sizes and counts, never in identifiers or versions."""
    if not any(part in name for part in ("size", "limit", "count", "bytes")) or not _DECIMAL.fullmatch(text):
        return text
    return text.replace(",", "\u202f").replace(".", ",")


def _fill(fr: str, found: re.Match[str], depth: int) -> str | None:
    values = {}
    for name, text in found.groupdict().items():
        french = _value(name, text, depth)
        if french is None and name in WORD_FIELDS:
            return None
        values[name] = _french_number(name, text) if french is None else french
    return _FIELD.sub(lambda field: values[field.group(1)], fr)


def _french(table: _Table, message: str, depth: int) -> str | None:
    exact = table.exact.get(message)
    if exact is not None or depth > _DEPTH or len(message) > MAX_MATCHED:
        return exact
    for pattern, fr in table.templates:
        found = pattern.match(message)
        if found and (french := _fill(fr, found, depth)) is not None:
            return french
    return None


def french_sentence(message: str) -> str | None:
    """The French for one English refusal sentence, or ``None`` when there is none."""
    return _french(_sentences(), message, 0)


def specific_sentence(message: str, lang: str) -> str | None:
    """The specific sentence of an error in ``lang`` (English is the message itself)."""
    if lang == "en":
        return message
    return french_sentence(message) if lang == "fr" else None
