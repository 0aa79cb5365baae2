"""European credentials on the command line: link-only credentials, pathways towards larger ones."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from satchel.cli import context, output
from satchel.cli.parser import Subcommands
from satchel.errors import UsageError
from satchel.fsutil import atomic_write
from satchel.i18n import t
from satchel.i18n.pathways import credit_number, credit_unit, progress_text
from satchel.model.pathway import Pathway


def register(sub: Subcommands) -> None:
    p = sub.add_parser("link", help="keep a credential that exists only on its issuer's website, as a link")
    links = p.add_subparsers(dest="link_command", metavar="add|pdf", required=True)
    add = links.add_parser("add", help="keep a verification link (https) with its title, issuer and PDF")
    add.add_argument("url", help="the issuer's https verification page for the credential")
    add.add_argument("--title", required=True, help="what the credential is called")
    add.add_argument("--issuer", help="who issued it")
    add.add_argument("--pdf", metavar="FILE", help="the certificate PDF you were given (kept in the wallet)")
    add.set_defaults(handler=cmd_link_add)
    pdf = links.add_parser("pdf", help="write the PDF kept with a link-only credential")
    pdf.add_argument("id")
    pdf.add_argument("--out", required=True, metavar="FILE")
    pdf.set_defaults(handler=cmd_link_pdf)

    p = sub.add_parser("pathway", help="progress towards larger credentials (learner records, Europass "
                                       "qualifications, stacked badges)")
    p.add_argument("--json", action="store_true", help="print the pathways as JSON")
    p.set_defaults(handler=cmd_pathway)


def cmd_link_add(args: argparse.Namespace) -> int:
    from satchel.services.reading import read_capped
    pdf = read_capped(Path(args.pdf)) if args.pdf else None
    outcome = context.unlocked(args).add_link(args.url, args.title, issuer=args.issuer, pdf=pdf)
    for cred_id in (*outcome.added, *outcome.existing):
        print(t("link.added", args.lang, id=cred_id))
    return 0


def cmd_link_pdf(args: argparse.Namespace) -> int:
    app = context.unlocked(args)
    cred_id = app.resolve_id(args.id)
    data = app.link_pdf(cred_id)
    if data is None:
        raise UsageError("This credential has no PDF kept with it (only link-only credentials can have one).")
    atomic_write(Path(args.out), data, mode=0o600)
    return 0


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


def print_pathway(pathway: Pathway, lang: str) -> None:
    out = sys.stdout
    out.write(f"{pathway.name or pathway.id} — {progress_text(pathway, lang)}\n")
    for part in pathway.parts:
        mark = "✓" if part.held else "·"
        credits = (f" ({credit_number(part.credits)} {credit_unit(pathway, lang)})"
                   if part.credits is not None else "")
        state = t("pathway.held", lang) if part.held else t("pathway.missing", lang)
        out.write(f"  {mark} {part.name or part.id}{credits} — {state}\n")


__all__ = ["register"]
