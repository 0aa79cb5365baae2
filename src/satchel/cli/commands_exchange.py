"""Online exchanges: `satchel receive URI` (OpenID4VCI offers, VC-API exchanges) and `satchel respond URI`
(OpenID4VP requests)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from satchel.cli import commands_disclosures, context, output
from satchel.cli.parser import Subcommands
from satchel.errors import ExchangeRefused, UsageError
from satchel.i18n import render_error, t

RECEIVE_HELP = """\
URI is an OpenID4VCI credential offer (openid-credential-offer://…), a DCC VC-API link
(https://lcw.app/request.html?…, dccrequest://…, interaction:https://…). What arrives is verified at
once and stored with its report. A VC-API exchanger that asks for stored credentials by example
(QueryByExample) gets, for each query, the --select credentials that answer it; with none, nothing is
sent and what it asks for (and which of your credentials would answer) is printed.
Who it came from is said as far as the protocol proves it: an OpenID4VCI offer's credential issuer (and
the name it gives itself); for a VC-API link, only the website that ran the exchange, not verified.
Exit 0 when something was received, 1 otherwise."""

RESPOND_HELP = """\
URI is an OpenID4VP request (openid4vp://…). Satchel shows who is asking and what, and which of your
credentials match; nothing is sent without your consent (--yes, or answering y). A credential bound to
another key than this wallet's (or to none) is listed as "not offered", with the reason, when the verifier
asks for proof that it is yours; so is one the verifier does not accept (its vp_formats_supported: the
format, the credential's signature algorithm or proof, or the proof this wallet would add, e.g. "this
verifier does not accept ES256K signatures"); when it does not (require_cryptographic_holder_binding: false), a W3C
credential is sent as issued, not inside a presentation signed by this wallet. Requests Satchel refuses get
nothing at all. Exit 0 when the verifier accepted the answer, 1 otherwise.

Only the claims a query asks for are shown, never more. When the credential can hide fields (SD-JWT VC,
ecdsa-sd-2023), each asked claim is listed with [x] (shown) or [ ] (not shown). A verifier whose identity
is proven gets what you showed it last time; a claim it asks for the first time is not shown unless you
name it with --reveal. The choice is remembered ('satchel disclosures list|forget')."""


def register(sub: Subcommands) -> None:
    p = sub.add_parser("receive", help="receive credentials from an issuer link (OpenID4VCI, VC-API)",
                       description=RECEIVE_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("uri", metavar="URI")
    p.add_argument("--tx-code", metavar="CODE", help="the transaction code the issuer sent you separately")
    p.add_argument("--select", nargs="+", metavar="ID", default=[],
                   help="stored credentials to send when a VC-API exchanger asks for some by example (each "
                        "query gets those that answer it)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_receive)

    p = sub.add_parser("respond", help="answer a verifier's presentation request (OpenID4VP)",
                       description=RESPOND_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("uri", metavar="URI")
    p.add_argument("--select", nargs="+", metavar="ID", default=[],
                   help="which credentials to send (default: the first match of each query)")
    p.add_argument("--reveal", action="append", metavar="POINTER",
                   help="an asked claim to show, as listed (e.g. /credentialSubject/achievement/name); repeatable; "
                        "the claims of a credential that can hide fields are then exactly these (default: what "
                        "you showed this verifier last time, or every asked claim the first time)")
    p.add_argument("--yes", action="store_true", help="consent without asking")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_respond)

    p = sub.add_parser("anchors", help="certificate authorities you trust for verifiers' signed requests")
    asub = p.add_subparsers(dest="anchors_command", metavar="ACTION", required=True)
    asub.add_parser("list", help="the authorities you added (the system roots are always trusted)")
    c = asub.add_parser("add", help="trust the CA certificates in a file (PEM, or DER for one certificate)")
    c.add_argument("file", metavar="FILE")
    c = asub.add_parser("remove", help="stop trusting an authority you added")
    c.add_argument("fingerprint", metavar="SHA256")
    p.set_defaults(handler=cmd_anchors)


def _ask(question: str) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        return None
    try:
        return input(question)
    except EOFError:
        return None


def _refusal_as_json(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """With --json, a refusal is also a JSON answer (``refused``: the reason; nothing was sent)."""
    def run(args: argparse.Namespace) -> int:
        from satchel.errors import ExchangeRefused
        from satchel.i18n import render_error
        try:
            return int(handler(args))
        except ExchangeRefused as err:
            if not args.json:
                raise
            output.emit_json({"refused": err.reason, "message": render_error(err, args.lang), "sent": False})
            return 1
    return run


@_refusal_as_json
def cmd_receive(args: argparse.Namespace) -> int:
    from satchel.services import credential_requests, receiving
    satchel = context.unlocked(args)
    http = context.exchange_http(satchel)
    plan = receiving.prepare(satchel, http, args.uri, args.lang)
    tx_code = args.tx_code
    if plan.tx_code is not None and not tx_code:
        hint = t("exchange.tx_code_prompt", args.lang, length=plan.tx_code.length or "?",
                 mode=t(f"exchange.tx_mode.{plan.tx_code.input_mode}", args.lang))
        tx_code = _ask(f"{hint} ")
        if not tx_code:
            raise UsageError(t("exchange.tx_code_needed", args.lang))
    wanted = [satchel.resolve_id(i) for i in args.select]
    selected = credential_requests.chooser(satchel, wanted)

    def choose(query: dict[str, Any]) -> list[Any]:
        """The selected credentials that answer the query; with none, what it asks and what would answer."""
        picked = selected(query)
        if not picked:
            _asked(credential_requests.asked_query(query, credential_requests.candidates(satchel)), args.lang)
        return picked

    def open_browser(url: str) -> None:
        sys.stderr.write(t("exchange.sign_in", args.lang, url=url) + "\n")
        import webbrowser
        webbrowser.open(url)
    items = receiving.run(satchel, http, plan, tx_code=tx_code, open_browser=open_browser, choose=choose)
    if args.json:
        output.emit_json({"protocol": plan.protocol, **_sender_json(plan),
                          "received": [{"id": i.id, "new": i.new, "format": i.format,
                                        "outcome": i.report.outcome.value, "report": i.report.to_dict()}
                                       for i in items]})
    else:
        print("\n".join(_sender_lines(plan, len(items), args.lang)))
        for item in items:
            record = satchel.get(item.id)
            state = t(f"outcome.{item.report.outcome.value}", args.lang)
            mark = "" if item.new else f" ({t('exchange.already_there', args.lang)})"
            print(f"  {item.id}  {record.display.name or '?'}  [{state}]{mark}")
    return 0 if items else 1


def _sender_json(plan: Any) -> dict[str, Any]:
    """Who the credentials came from, as far as the protocol establishes it. OpenID4VCI: the credential issuer
    (the offer's, which its own metadata at that address confirms) and the display name it gives itself. VC-API:
    no issuer — only the website that ran the exchange, which nothing verifies, and the origin the link names
    when it is another one (not proven either)."""
    if plan.sender is None:
        return {"issuer": plan.issuer, "issuer_name": plan.issuer_name}
    host, named = plan.sender
    return {"issuer": None, "issuer_name": None, "website": f"https://{host}", "website_verified": False,
            "named_origin": named}


def _sender_lines(plan: Any, count: int, lang: str) -> list[str]:
    sender = _sender_json(plan)
    if "website" in sender:
        lines = [t("exchange.received_website", lang, count=count, website=sender["website"])]
        if sender["named_origin"]:
            lines.append("  " + t("exchange.named_origin", lang, origin=sender["named_origin"]))
        return lines
    if plan.issuer_name:
        return [t("exchange.received_issuer_named", lang, count=count, issuer=plan.issuer or "?",
                  name=plan.issuer_name)]
    return [t("exchange.received_issuer", lang, count=count, issuer=plan.issuer or "?")]


def _asked(query: Any, lang: str) -> None:
    """On stderr: what a VC-API exchanger asks for, and the ids of the stored credentials that answer it."""
    what = ", ".join(query.types) or t("exchange.any_credential", lang)
    lines = [t("exchange.qbe_asks", lang, what=what)]
    lines += ["  " + t("exchange.reason", lang, reason=reason) for reason in query.reasons]
    matches = [f"    {record_id}  {name}" for record_id, name in query.matches]
    lines += matches or ["    " + t("exchange.no_match", lang)]
    sys.stderr.write("\n".join(lines) + "\n")


def _summary(view: Any, lang: str) -> None:
    from satchel.services import responding
    print(t("exchange.asker", lang, who=view.who))
    if not view.verified:
        print("  " + t("exchange.unverified_site", lang))
    for query in view.queries:
        asked = ", ".join(".".join(str(p) for p in path) for path in query.claims) or t("exchange.whole", lang)
        print(t("exchange.query", lang, id=query.id, format=query.format, asked=asked))
        for record_id, name in query.matches:
            print(f"    {record_id}  {name}")
        for record_id, name, reason, value in query.unavailable:
            print(f"    {record_id}  " + t("exchange.not_offered", lang, name=name,
                                          reason=responding.not_offered(reason, value, lang)))
        if not query.matches:
            print("    " + t("exchange.no_match", lang))


def _not_offered_json(view: Any, lang: str) -> list[dict[str, str]]:
    """The credentials listed as not offered, per query, with the reason code, what is not accepted, and why."""
    from satchel.services import responding
    return [{"query": query.id, "id": record_id, "name": name, "reason": reason, "value": value,
             "message": responding.not_offered(reason, value, lang)}
            for query in view.queries for record_id, name, reason, value in query.unavailable]


@_refusal_as_json
def cmd_respond(args: argparse.Namespace) -> int:
    from satchel.services import responding
    satchel = context.unlocked(args)
    http = context.exchange_http(satchel)
    prepared = responding.prepare(satchel, http, args.uri)
    view = prepared.view
    selection = responding.selection(view, [satchel.resolve_id(i) for i in args.select])
    ticks = commands_disclosures.respond_ticks(view, selection, args.reveal)
    if not args.json:
        _summary(view, args.lang)
        commands_disclosures.print_ticks(view, selection, ticks, args.lang)
    if not args.yes:
        answer = _ask(t("exchange.consent", args.lang) + " ")
        if (answer or "").strip().lower() not in ("y", "yes", "o", "oui"):
            raise UsageError(t("exchange.declined", args.lang))
    not_offered = _not_offered_json(view, args.lang)
    try:
        result = responding.send(satchel, http, prepared, selection, ticks)
    except ExchangeRefused as err:
        if not args.json:
            raise
        output.emit_json({"refused": err.reason, "message": render_error(err, args.lang), "sent": False,
                          "not_offered": not_offered})
        return 1
    if args.json:
        output.emit_json({"verifier": view.who, "client_id": view.client_id, "verified_client": view.verified,
                          "sent": {q: [record_id] for q, record_id in selection.items()},
                          "not_offered": not_offered,
                          "claims": commands_disclosures.ticks_as_json(view, selection, ticks),
                          "status": result.status, "accepted": result.accepted,
                          "redirect_uri": result.redirect_uri})
    else:
        print(t("exchange.accepted" if result.accepted else "exchange.rejected", args.lang, status=result.status))
        if result.redirect_uri:
            print(t("exchange.continue_at", args.lang, url=result.redirect_uri))
    return 0 if result.accepted else 1


def cmd_anchors(args: argparse.Namespace) -> int:
    from pathlib import Path

    from satchel.services import anchors
    satchel = context.app(args)
    home, now = satchel.home, satchel.clock.now()

    def line(anchor: Any) -> str:
        until = t("exchange.anchor_expired" if anchor.expired(now) else "exchange.anchor_until", args.lang,
                  date=f"{anchor.valid_until:%Y-%m-%d}")
        return f"{anchor.fingerprint}  {anchor.subject}  ({until})"
    if args.anchors_command == "add":
        from satchel.errors import TooLarge
        from satchel.services.reading import read_capped
        try:
            data = read_capped(Path(args.file), anchors.MAX_BYTES)
        except TooLarge:
            raise UsageError("This file is too large to be a certificate.", code="certificate_too_large") from None
        added = anchors.add(home, data)
        for anchor in added:
            print(line(anchor))
        if not added:
            print(t("exchange.anchor_known", args.lang))
        return 0
    if args.anchors_command == "remove":
        if not anchors.remove(home, args.fingerprint):
            raise UsageError(t("exchange.anchor_unknown", args.lang))
        return 0
    for anchor in anchors.entries(home):
        print(line(anchor))
    return 0
