"""Recruiter history: what was verified in recruiter mode (`scan`), and for how long it is kept."""

from __future__ import annotations

import argparse

from satchel.cli import context, output
from satchel.cli.parser import Subcommands


def register(sub: Subcommands) -> None:
    p = sub.add_parser("history", help="past verifications of recruiter mode (scan), and how long they are kept",
                       description="Recruiter history holds candidates' names, DIDs, challenges and reports. "
                                   "Entries older than the retention (default 30 days) are deleted.")
    hsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    c = hsub.add_parser("list", help="list past verifications, newest first")
    c.add_argument("--json", action="store_true", help="print the whole entries, reports included")
    hsub.add_parser("clear", help="delete the whole history now")
    c = hsub.add_parser("retention", help="show, or set, how many days entries are kept (0 = keep nothing)")
    c.add_argument("days", nargs="?", metavar="DAYS")
    p.set_defaults(handler=cmd_history)


def cmd_history(args: argparse.Namespace) -> int:
    satchel = context.app(args)
    if args.action == "list":
        entries = satchel.history_entries()
        if args.json:
            output.emit_json(entries)
            return 0
        if not entries:
            print("The recruiter history is empty.")
        for entry in entries:
            print(f"{entry.get('at', '?')}  {entry.get('outcome', '?')}  {entry.get('holder') or '—'}"
                  f"  challenge {entry.get('challenge') or '—'}")
    elif args.action == "clear":
        satchel.clear_history()
        print("Recruiter history deleted.")
    else:
        if args.days is not None:
            satchel.history.set_retention_days(args.days)
        days = satchel.history.retention_days()
        print("Recruiter history is not kept." if days == 0 else f"Recruiter history is kept for {days} days.")
    return 0
