"""How a pathway's progress reads, in the CLI and the app alike: ``2 of 4 parts · 10 of 30 credits``."""

from __future__ import annotations

from satchel.i18n import t
from satchel.model.pathway import Pathway


def credit_number(value: float) -> str:
    """10.0 → '10', 7.5 → '7.5'."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def credit_unit(pathway: Pathway, lang: str) -> str:
    """"ECTS" where the source says so, else "credits" in the reader's language."""
    return t(f"pathway.unit.{pathway.credit_unit}", lang)


def progress_text(pathway: Pathway, lang: str) -> str:
    """Parts held of all, then credits held of the total when they are known."""
    text = t("pathway.parts", lang, held=pathway.held_count, total=len(pathway.parts))
    total, held = pathway.total_credits, pathway.held_credits
    if total is not None and held is not None:
        text += " · " + t("pathway.credits", lang, held=credit_number(held), total=credit_number(total),
                          unit=credit_unit(pathway, lang))
    return text


__all__ = ["credit_number", "credit_unit", "progress_text"]
