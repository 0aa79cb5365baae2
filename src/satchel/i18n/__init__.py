"""French and English strings for everything Satchel says to people.

``t(key, lang, **params)`` renders one sentence. Catalogues are plain dicts, one module per area
(:mod:`.checks` for verification sentences, :mod:`.errors` for error sentences); the UI adds its own.
Missing French falls back to English; a missing key falls back to the key itself, so a gap shows up
in tests rather than crashing the app.
"""

from __future__ import annotations

import locale
import os
from typing import Any

from satchel.errors import SatchelError
from satchel.i18n.catalog import CATALOG, register
from satchel.i18n.messages import specific_sentence
from satchel.model import Check, CheckName

LANGUAGES = ("en", "fr")


def system_language() -> str:
    """'fr' when the system locale is French, else 'en'."""
    for var in ("SATCHEL_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:  # pragma: no cover - odd platform locales
        loc = ""
    return "fr" if loc.lower().startswith("fr") else "en"


def t(key: str, lang: str = "en", **params: Any) -> str:
    entry = CATALOG.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry.get("en") or key
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


def render_check(check: Check, lang: str = "en") -> str:
    """The one plain sentence for a :class:`satchel.model.Check`."""
    return t(check.message, lang, **check.params)


def check_title(check: Check, lang: str = "en", *, in_credential: bool = False) -> str:
    """The name of a check as a reader sees it. ``in_credential``: the check belongs to one credential's report (a
    credential inside a presentation, or a credential on its own), not to a presentation's. There a holder check
    from an SD-JWT VC is that credential's own key binding signature, named "Key binding" — "Holder" is the
    presentation's proof of who presents it."""
    if in_credential and check.name is CheckName.HOLDER and check.message.startswith("holder.sd_jwt_"):
        return t("check.key_binding", lang)
    return t(f"check.{check.name.value}", lang)


def _catalogue_sentence(message: str, lang: str) -> str | None:
    """A message written with :func:`t` (the CLI's usage refusals), in ``lang`` whichever language wrote it."""
    entry = next((entry for entry in CATALOG.values() if message in (entry.get("en"), entry.get("fr"))), None)
    return None if entry is None else entry.get(lang) or entry.get("en")


def render_error(error: SatchelError, lang: str = "en") -> str:
    """The sentence for a :class:`satchel.errors.SatchelError` (its own message when untranslated)."""
    key = f"error.{error.code}"
    if lang == "en" or key not in CATALOG:
        return error.message
    params = error.params
    general = t(key, lang, **params)
    if error.message in (type(error).default_message, CATALOG[key].get("en"), t(key, "en", **params)):
        return general
    # A specific sentence (which chunk, which part) is shown only when it is translated (see
    # satchel.i18n.messages): a French reader never gets English in the middle of a sentence.
    specific = specific_sentence(error.message, lang) or _catalogue_sentence(error.message, lang)
    if not specific or specific.rstrip(".") in general:  # nothing to add, or the general sentence already says it
        return general
    return f"{general} {specific}"


__all__ = ["LANGUAGES", "check_title", "register", "render_check", "render_error", "system_language", "t"]
