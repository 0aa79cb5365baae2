"""The EU micro-credential checklist (Annex I of Council Recommendation 2022/C 243/02) for one credential.

    eu_checklist(document, signed_form=...) -> AnnexChecklist

Pure: reads the credential document only (never the network); the mapping per format is in ``_rules``
and documented in docs/eu-microcredentials.md.
"""

from __future__ import annotations

from typing import Any

from satchel.formats.microcredential._rules import ELM3, OB2, OB3, Rules
from satchel.model.credential import SignedForm
from satchel.model.microcredential import ANNEX_I_ELEMENTS, AnnexChecklist, AnnexElement

_ELM_TYPES = {"EuropeanDigitalCredential", "EuropassCredential"}


def profile_of(document: dict[str, Any], signed_form: SignedForm | None = None) -> str:
    """Which mapping applies: ``ob2`` (Open Badges 2.0 assertion), ``elm3`` (Europass EDC) or ``ob3``."""
    if signed_form in (SignedForm.OB2_HOSTED, SignedForm.OB2_SIGNED):
        return "ob2"
    types = document.get("type")
    names = set(types) if isinstance(types, list) else {types}
    if names & _ELM_TYPES or _has_elm_claim(document):
        return "elm3"
    return "ob3"


def _has_elm_claim(document: dict[str, Any]) -> bool:
    subject = document.get("credentialSubject")
    return isinstance(subject, dict) and "hasClaim" in subject


_RULES: dict[str, Rules] = {"ob3": OB3, "elm3": ELM3, "ob2": OB2}


def eu_checklist(document: object, *, signed_form: SignedForm | None = None) -> AnnexChecklist:
    """Every Annex I element: present or not, its value and where it was read. Never raises on odd input."""
    if not isinstance(document, dict):
        document = {}
    profile = profile_of(document, signed_form)
    rules = _RULES[profile]
    elements = []
    for key, mandatory in ANNEX_I_ELEMENTS:
        found = None
        for source in rules.get(key, ()):
            found = source.read(document)
            if found is not None:
                break
        value, pointer = found if found is not None else (None, None)
        elements.append(AnnexElement(key, mandatory, value, pointer))
    return AnnexChecklist(tuple(elements), profile)


__all__ = ["eu_checklist", "profile_of"]
