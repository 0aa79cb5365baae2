"""`satchel disclosures list|forget`: the fields you chose to show each verifier, remembered per verifier and
credential (see docs/verification.md, "Remembered choices")."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from satchel.cli import context, output
from satchel.cli.parser import Subcommands
from satchel.errors import UsageError
from satchel.i18n import t
from satchel.i18n.dates import human_moment
from satchel.model.disclosure import key_label

HELP = """\
When you share with a recruiter's domain (satchel share|present --domain, or the app's Share screen) or
answer a verifier whose identity is proven (satchel respond, or the app), Satchel remembers which fields of
each credential you showed. Next time the same verifier asks for the same credential, the same fields are
chosen, and fields it asks for the first time are not shown until you add them. VERIFIER is written as
listed: domain:<domain> or openid4vp:<client id>."""


def register(sub: Subcommands) -> None:
    p = sub.add_parser("disclosures", help="the fields you chose to show each verifier (remembered choices)",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    dsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    c = dsub.add_parser("list", help="list remembered choices, newest first")
    c.add_argument("--json", action="store_true")
    c = dsub.add_parser("forget", help="forget remembered choices")
    c.add_argument("verifier", nargs="?", metavar="VERIFIER", help="forget only the choices for this verifier")
    c.add_argument("--credential", metavar="ID", help="forget only the choices about this credential")
    c.add_argument("--all", action="store_true", help="forget every remembered choice")
    p.set_defaults(handler=cmd_disclosures)


def cmd_disclosures(args: argparse.Namespace) -> int:
    satchel = context.unlocked(args)
    if args.action == "forget":
        if not (args.verifier or args.credential or args.all):
            raise UsageError(t("disclosures.say_what", args.lang))
        count = satchel.forget_choices(verifier=args.verifier, cred_id=args.credential)
        print(t("disclosures.forgotten", args.lang, count=count))
        return 0
    choices = satchel.remembered_choices()
    if args.json:
        output.emit_json([{**asdict(c), "revealed_labels": [key_label(k) for k in c.revealed]} for c in choices])
        return 0
    if not choices:
        print(t("disclosures.none_kept", args.lang))
    for choice in choices:
        fields = ", ".join(key_label(k) for k in choice.revealed) or t("disclosures.nothing", args.lang)
        print(t("disclosures.entry", args.lang, when=human_moment(choice.chosen_at, args.lang), who=choice.verifier,
                name=choice.credential_name or choice.credential_id or "?", fields=fields))
    return 0


# -- `satchel respond`: which asked claims go, and what was remembered ----------------------------------------
def respond_ticks(view: Any, selection: dict[str, str], reveal: list[str] | None) -> dict[str, tuple[str, ...]]:
    """Per query id, the claim keys to show: ``--reveal`` pointers when given (each must name an asked claim of
    some query), else each choice's start (last time's choice, never a newly asked claim)."""
    from satchel.services.answer_choices import ticked_by_pointer
    ticks: dict[str, tuple[str, ...]] = {}
    used: set[str] = set()
    for query in view.queries:
        choice = next((c for c in query.choices if c.record_id == selection.get(query.id)), None)
        if choice is None:
            continue
        if reveal is None:
            ticks[query.id] = choice.default()
            continue
        mine = [p for p in reveal if p in {c.pointer for c in choice.claims}]
        used.update(mine)
        ticks[query.id] = ticked_by_pointer(choice, mine, dict(query.matches).get(choice.record_id, "?"))
    stray = [p for p in reveal or () if p not in used]
    if stray:
        raise UsageError(f"No query of this request asks for {stray[0]!r}; only asked claims can be shown.",
                         code="reveal_unknown", claim=stray[0])
    return ticks


def print_ticks(view: Any, selection: dict[str, str], ticks: dict[str, tuple[str, ...]], lang: str) -> None:
    shown_any = False
    for query in view.queries:
        choice = next((c for c in query.choices if c.record_id == selection.get(query.id)), None)
        if choice is None:
            continue
        shown_any = True
        print(f"  {query.id}:")
        if choice.remembered is not None:
            fields = ", ".join(key_label(k) for k in choice.remembered.revealed) or t("disclosures.nothing", lang)
            print("    " + t("disclosures.last_time", lang, when=human_moment(choice.remembered.chosen_at, lang),
                                fields=fields))
        for claim in choice.claims:
            ticked = claim.key in ticks.get(query.id, ()) or not claim.hideable
            note = (t("disclosures.always_shown", lang) if not claim.hideable else
                    t("disclosures.newly_asked", lang) if claim.newly_asked and not ticked else
                    t("disclosures.not_shown_last_time", lang) if choice.remembered is not None and not ticked
                    else "")
            print(f"    [{'x' if ticked else ' '}] {claim.pointer}" + (f"  {note}" if note else ""))
    if shown_any and not view.remembers:
        print("  " + t("disclosures.not_remembered", lang))


def ticks_as_json(view: Any, selection: dict[str, str], ticks: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for query in view.queries:
        choice = next((c for c in query.choices if c.record_id == selection.get(query.id)), None)
        if choice is not None:
            out[query.id] = {
                "claims": [{"pointer": c.pointer, "shown": c.key in ticks.get(query.id, ()) or not c.hideable,
                            "hideable": c.hideable, "newly_asked": c.newly_asked} for c in choice.claims],
                "remembered": None if choice.remembered is None else {
                    "chosen_at": choice.remembered.chosen_at,
                    "shown": [key_label(k) for k in choice.remembered.revealed]}}
    return out
