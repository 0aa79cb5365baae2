"""European credentials on the command line: pathways towards larger credentials."""

from __future__ import annotations

import argparse
import sys

from satchel.cli import context, output
from satchel.i18n import t
from satchel.model.pathway import Pathway


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pathway", help="progress towards larger credentials (learner records, Europass "
                                       "qualifications, stacked badges)")
    p.add_argument("--json", action="store_true", help="print the pathways as JSON")
    p.set_defaults(handler=cmd_pathway)


def cmd_pathway(args: argparse.Namespace) -> int:
    found = context.unlocked(args).pathways()
    if args.json:
        output.emit_json([p.to_dict() for p in found])
        return 0
    if not found:
        print(t("pathway.none", args.lang))
        return 0
    for pathway in found:
        print_pathway(pathway, args.lang)
    return 0


def progress(pathway: Pathway, lang: str) -> str:
    """``4 of 6 parts · 60 of 100 ECTS`` (credits only when they are known)."""
    text = t("pathway.parts", lang, held=pathway.held_count, total=len(pathway.parts))
    if pathway.total_credits is not None and pathway.held_credits is not None:
        text += " · " + t("pathway.credits", lang, held=_number(pathway.held_credits),
                          total=_number(pathway.total_credits), unit=unit(pathway, lang))
    return text


def print_pathway(pathway: Pathway, lang: str) -> None:
    out = sys.stdout
    out.write(f"{pathway.name or pathway.id} — {progress(pathway, lang)}\n")
    for part in pathway.parts:
        mark = "✓" if part.held else "·"
        credits = f" ({_number(part.credits)} {unit(pathway, lang)})" if part.credits is not None else ""
        state = t("pathway.held", lang) if part.held else t("pathway.missing", lang)
        out.write(f"  {mark} {part.name or part.id}{credits} — {state}\n")


def unit(pathway: Pathway, lang: str) -> str:
    return t(f"pathway.unit.{pathway.credit_unit}", lang)


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


__all__ = ["progress", "register", "unit"]
