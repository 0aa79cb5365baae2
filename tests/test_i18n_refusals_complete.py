"""Every refusal Satchel writes reads in French.

The source is read with ``ast``: each construction of a :class:`satchel.errors.SatchelError` subclass (raised,
returned or kept for later; by name, as ``errors.Name``, as ``cls`` in a class method or through
``super().__init__`` in the class itself) whose message (``message=``, else the place of the class's ``message``
parameter) is a string literal, an f-string or a module-level string constant — each side of an ``or`` or a
conditional expression counting — is a sentence a person can meet: through the CLI's error line, the app's
notices, or quoted inside another error. Each needs French, either because it *is* the general sentence of its
error (the class default or the catalogue sentence of its code, which render_error already shows in French) or
through an entry of satchel.i18n.messages (exact, or a template whose literal text is the f-string's). A message
the walk cannot read (a variable, a call, ``.format``, ``%``) must be listed in ``OPAQUE`` with the reason its
French is checked elsewhere, so nothing is exempt silently.
"""

from __future__ import annotations

import ast
import inspect
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from satchel import errors
from satchel.errors import DidResolutionError, ExchangeFailed, ExchangeRefused, Malformed, PayloadRefused, UsageError
from satchel.i18n import CATALOG, render_error
from satchel.i18n.messages import (
    MAX_MATCHED,
    TERMS,
    areas,
    fields,
    fragment_areas,
    french_sentence,
    literal_parts,
    pattern_of,
)

SRC = Path(__file__).resolve().parents[1] / "src" / "satchel"
ERROR_CLASSES = {name: cls for name, cls in vars(errors).items()
                 if inspect.isclass(cls) and issubclass(cls, errors.SatchelError)}


@dataclass(frozen=True)
class Site:
    where: str
    cls: type[errors.SatchelError]
    parts: tuple[str, ...]  # literal text around the inserted values (one part: a plain sentence)
    code: str | None

    @property
    def plain(self) -> str | None:
        return self.parts[0] if len(self.parts) == 1 else None


def _parts(node: ast.expr, constants: dict[str, str]) -> tuple[str, ...] | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return (node.value,)
    if isinstance(node, ast.Name) and node.id in constants:
        return (constants[node.id],)
    if isinstance(node, ast.JoinedStr):
        parts, current = [], ""
        for value in node.values:
            if isinstance(value, ast.Constant):
                current += str(value.value)
            else:
                parts.append(current)
                current = ""
        return (*parts, current)
    return None


def _code(call: ast.Call, cls: type[errors.SatchelError]) -> str | None:
    for keyword in call.keywords:
        if keyword.arg == "code" and isinstance(keyword.value, ast.Constant):
            return str(keyword.value.value)
        if keyword.arg == "reason" and isinstance(keyword.value, ast.Constant):
            return f"refused_{keyword.value.value}"
    return cls.code


def _message_arg(call: ast.Call, cls: type[errors.SatchelError]) -> ast.expr | None:
    """The argument that becomes the message: ``message=``, else the positional place of the class's
    ``message`` parameter (UnknownContext's is second, after the address), else the first."""
    for keyword in call.keywords:
        if keyword.arg == "message":
            return keyword.value
    names = [name for name in inspect.signature(cls).parameters]
    index = names.index("message") if "message" in names else 0
    return call.args[index] if index < len(call.args) else None


def _alternatives(node: ast.expr) -> list[ast.expr]:
    """``a or b`` and ``a if c else b`` give either text."""
    if isinstance(node, ast.BoolOp):
        return [alt for value in node.values for alt in _alternatives(value)]
    if isinstance(node, ast.IfExp):
        return [*_alternatives(node.body), *_alternatives(node.orelse)]
    return [node]


def _constructions(path: Path, tree: ast.Module) -> list[tuple[ast.Call, type[errors.SatchelError], ast.expr]]:
    """Each construction of an error with its message argument: ``Malformed(...)``, ``errors.Malformed(...)``,
    ``cls(...)`` in an error's class method and ``super().__init__(...)`` in an error's ``__init__``."""
    found = []
    for owner in [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef))]:
        own_class = ERROR_CLASSES.get(owner.name) if isinstance(owner, ast.ClassDef) else None
        for node in ast.walk(owner):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if owner is tree:
                cls = ERROR_CLASSES.get(name)
                message = _message_arg(node, cls) if cls else None
            else:
                inner = func.value if isinstance(func, ast.Attribute) else None
                super_init = (name == "__init__" and isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name)
                              and inner.func.id == "super")
                cls = own_class if own_class and (name == "cls" or super_init) else None
                message = (node.args[0] if node.args else None) if super_init else (
                    _message_arg(node, cls) if cls else None)
            if cls and message is not None:
                found.extend((node, cls, alternative) for alternative in _alternatives(message))
    return found


def _constants(tree: ast.Module) -> dict[str, str]:
    return {target.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            for target in node.targets if isinstance(target, ast.Name)}


def _sites_in(path: Path) -> list[Site]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = _constants(tree)
    return [Site(f"{path.relative_to(SRC)}:{node.lineno}", cls, parts, _code(node, cls))
            for node, cls, message in _constructions(path, tree)
            if (parts := _parts(message, constants)) is not None]


def _opaque_in(path: Path) -> list[tuple[str, str]]:
    """Messages the walk cannot read (a variable, a call, ``.format``, ``%``, ``+``): (file, expression)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = _constants(tree)
    return [(str(path.relative_to(SRC)), ast.unparse(message)) for _node, cls, message in _constructions(path, tree)
            if _parts(message, constants) is None
            and not (isinstance(message, ast.Constant) and message.value is None)]


_CATALOGUE = "a catalogue sentence, shown in the reader's language by render_error"
# Messages passed in from elsewhere, each with why its French is already checked. A new entry needs a reason.
OPAQUE = {
    ("exchange/dcql.py", "message"): "_unanswered's callers pass literal sentences, in the tables",
    ("exchange/oid4vp.py", "exc.message"): "another refusal's message, itself walked",
    ("strictjson.py", "_explain(exc, text)"): "_explain returns literal sentences of refusals_formats",
    ("errors.py", "self.message"): "SatchelError passing its own message to Exception",
    ("errors.py", "message"): "an error passing its own message parameter on to SatchelError",
    ("errors.py", "reason"): "UnsafeDocument's reason, a sentence written at its callers",
    ("cli/commands_disclosures.py", "t('disclosures.say_what', args.lang)"): _CATALOGUE,
    ("cli/commands_exchange.py", "t('exchange.tx_code_needed', args.lang)"): _CATALOGUE,
    ("cli/commands_exchange.py", "t('exchange.declined', args.lang)"): _CATALOGUE,
    ("cli/commands_exchange.py", "t('exchange.anchor_unknown', args.lang)"): _CATALOGUE,
}


SITES = [site for path in sorted(SRC.rglob("*.py")) for site in _sites_in(path)]
TEMPLATES = {literal_parts(en): en for area in areas() for en in area if fields(en)}


def test_every_message_the_walk_cannot_read_is_accounted_for():
    opaque = {site for path in sorted(SRC.rglob("*.py")) for site in _opaque_in(path)}
    assert opaque - set(OPAQUE) == set(), "messages built where the walk cannot read them"
    assert set(OPAQUE) - opaque == set(), "stale entries in OPAQUE"


def _general(site: Site) -> bool:
    """The sentence is the general one of its error, which the catalogue already has in French."""
    template = "".join(part + (f"{{f{i}}}" if i < len(site.parts) - 1 else "") for i, part in enumerate(site.parts))
    generals = [site.cls.default_message, CATALOG.get(f"error.{site.code}", {}).get("en")]
    return any(text and pattern_of(template).match(text) for text in generals)


def _translated(site: Site) -> bool:
    if site.plain is not None:
        return french_sentence(site.plain) is not None
    return site.parts in TEMPLATES


def test_the_walk_finds_the_refusals_it_is_about():
    assert len(SITES) > 400
    wheres = {site.where.split(":")[0] for site in SITES}
    assert {"share/payload/codec.py", "share/payload/vpqr.py", "share/dictionary/__init__.py",
            "errors.py", "exchange/vcapi.py", "store/backup.py"} <= wheres
    assert any(site.parts == ("This QR code uses compression dictionary ",
                              ", which this version of Satchel does not know.") for site in SITES)


def test_every_refusal_has_french():
    missing = [f"{site.where}: {'{…}'.join(site.parts)}" for site in SITES
               if not _general(site) and not _translated(site)]
    assert not missing, "no French for:\n" + "\n".join(missing)


@pytest.mark.parametrize("en,fr", [(en, fr) for area in (*areas(), *fragment_areas()) for en, fr in area.items()])
def test_each_french_entry_keeps_the_fields_of_its_english_and_is_french(en, fr):
    assert sorted(set(fields(fr))) == sorted(set(fields(en)))
    assert fr.strip() and fr != en


def _written() -> set[tuple[str, ...]]:
    """The literal text of every string and f-string in the source (a sentence may reach an error through a
    variable or a helper's argument, as the fragments do)."""
    found = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            parts = _parts(node, {}) if isinstance(node, ast.Constant | ast.JoinedStr) else None
            if parts is not None:
                found.add(parts)
    return found


def test_every_entry_is_a_sentence_satchel_writes():
    written = _written()
    stale = [en for area in (*areas(), *fragment_areas()) for en in area if literal_parts(en) not in written]
    assert not stale
    # a term may be written with a capital and lowered where it is used ("This enveloped credential")
    lowered = {parts[0].lower() for parts in written if len(parts) == 1}
    assert [term for term in TERMS if term.lower() not in lowered] == []


def test_a_template_fills_its_french_with_the_values_of_the_message():
    error = PayloadRefused("This QR code uses compression dictionary 7, which this version of Satchel does not know.")
    assert render_error(error, "fr") == ("Ce code QR ne contient pas de présentation lisible par Satchel. Ce code QR "
                                         "utilise le dictionnaire de compression 7, que cette version de Satchel "
                                         "ne connaît pas.")
    assert render_error(error, "en") == error.message


def test_a_quoted_error_and_an_english_word_in_a_field_are_translated_too():
    inner = "The did:key does not hold a usable key: An Ed25519 public key must be 32 bytes long."
    french = french_sentence(inner)
    assert french == ("Le did:key ne contient pas de clé utilisable : Une clé publique Ed25519 doit faire "
                      "32 octets.")
    assert french_sentence("The JWT header is not valid base64url JSON.") == (
        f"L'élément « {TERMS['JWT header']} » n'est pas du JSON base64url valide.")
    assert render_error(ExchangeFailed("The token answer is not a JSON object."), "fr").endswith(
        "La réponse (jeton) n'est pas un objet JSON.")


def test_a_value_that_is_not_a_known_sentence_stays_as_given():
    assert french_sentence("Satchel cannot resolve 'did:ex:1': only did:key, did:jwk and did:web are supported.") == (
        "Satchel ne sait pas résoudre 'did:ex:1' : seuls did:key, did:jwk et did:web sont pris en charge.")
    assert french_sentence("A sentence no code writes.") is None
    unknown = DidResolutionError("A sentence no code writes.")
    assert render_error(unknown, "fr") == "La clé du signataire est introuvable."


def test_a_template_matches_a_whole_message_and_a_repeated_field_holds_the_same_text():
    pattern = pattern_of("Part {n} of {total} (again {n}).")
    assert pattern.match("Part 2 of 9 (again 2).").groupdict() == {"n": "2", "total": "9"}
    assert pattern.match("Part 2 of 9 (again 3).") is None
    assert pattern.match("Part 2 of 9 (again 2). And more") is None


def test_plain_refusals_from_the_qr_and_store_read_in_french():
    assert render_error(Malformed("This PNG image is damaged (a chunk has an invalid name)."), "fr").endswith(
        "Cette image PNG est endommagée (un bloc porte un nom invalide).")
    assert render_error(UsageError("The two passphrases differ; nothing was changed."), "fr") == (
        "La commande n'a pas été utilisée correctement. Les deux phrases secrètes diffèrent ; rien n'a été modifié.")


def test_an_english_word_with_no_french_leaves_the_specific_sentence_out():
    # "The {what} is not a JSON object." fits, but "foo bar" has no French: no English inside a French sentence
    assert french_sentence("The frobnicator of this signed token is not a JSON object.") is None
    refused = ExchangeRefused("The foo bar is not a JSON object.", reason="malformed")
    assert render_error(refused, "fr") == "La demande est endommagée ou dans une forme que Satchel ne lit pas ; " \
        "rien n'a été envoyé."
    assert french_sentence("The request's client_metadata is not a JSON object.") == (
        "Le client_metadata de la demande n'est pas un objet JSON.")


def test_a_long_message_made_of_a_template_s_own_words_is_rendered_at_once():
    hostile = "The only copy of " + "x is x old (downloaded x, usable until " * 200  # lazy fields backtrack on it
    assert len(hostile) > MAX_MATCHED
    start = time.perf_counter()
    assert render_error(Malformed(hostile), "fr") == CATALOG["error.malformed"]["fr"]
    assert time.perf_counter() - start < 1


def test_a_value_that_is_data_is_kept_in_a_field_that_is_not_a_word_field():
    assert french_sentence("The exchanger asks for something Satchel cannot answer (QueryByFrame).") == (
        "L'échangeur demande quelque chose à quoi Satchel ne sait pas répondre (QueryByFrame).")


def test_a_term_is_only_read_in_a_word_field():
    # a verifier's parameter named "code" is data, not the QR code's "code entier"
    assert french_sentence("The request repeats the parameter code.") == "La demande répète le paramètre code."


def test_no_two_entries_key_the_same_english():
    # the areas are merged into one table: a second entry for the same sentence or template would shadow the first
    for group in (areas(), fragment_areas()):
        keys = [literal_parts(en) for area in group for en in area]
        assert len(keys) == len(set(keys))
