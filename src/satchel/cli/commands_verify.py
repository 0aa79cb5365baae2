"""Verification commands: verify, cache, trust."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from satchel.cli import context, output
from satchel.cli.parser import Subcommands
from satchel.clock import FixedClock, parse_instant
from satchel.errors import UsageError
from satchel.model import VerificationReport

if TYPE_CHECKING:  # the facades load when a command runs (a file needs only the recruiter's side)
    from satchel.services import Recruiter, Satchel


def register(sub: Subcommands) -> None:
    p = sub.add_parser("verify", help="verify a credential, presentation, baked badge, QR payload or stored id",
                       description="Exit 0 when no check failed or is unknown (warnings allowed), 1 otherwise. "
                                   "--all re-verifies every credential in the wallet (progress on stderr).")
    p.add_argument("target", metavar="PATH|ID|-", nargs="?")
    p.add_argument("--all", action="store_true", dest="verify_all",
                   help="re-verify every credential in the wallet and store the new results")
    p.add_argument("--json", action="store_true")
    p.add_argument("--now", metavar="ISO", help="verify as if it were this instant (e.g. 2027-01-01T00:00:00Z)")
    p.add_argument("--offline", action="store_true", help="use only cached public documents, never the network")
    p.add_argument("--challenge", metavar="C", help="the challenge you gave the holder")
    p.add_argument("--domain", metavar="D", help="the domain you expect the presentation to be bound to")
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("cache", help="public documents kept for offline checks (DID documents, status lists)",
                       description="A cached copy is used only while fresh: until its own validUntil/ttl, else "
                                   "for the maximum age (default 7 days, see 'cache max-age'). An older copy "
                                   "makes the check unknown until 'satchel cache refresh' downloads it again.")
    csub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    c = csub.add_parser("list", help="what is cached, and how old it is")
    c.add_argument("--json", action="store_true")
    c = csub.add_parser("import", help="seed the cache: the document at URL is the content of FILE")
    c.add_argument("url")
    c.add_argument("file")
    csub.add_parser("clear", help="empty the cache")
    csub.add_parser("refresh", help="download every cached document again")
    c = csub.add_parser("max-age", help="show or set how many days a cached copy is used (default 7)")
    c.add_argument("days", nargs="?", help="a whole number of days from 1 to 365")
    p.set_defaults(handler=cmd_cache)

    p = sub.add_parser("trust", help="issuers you trust (others are shown with a warning)")
    tsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    tsub.add_parser("list", help="list trusted issuers")
    c = tsub.add_parser("add", help="trust an issuer")
    c.add_argument("issuer_id")
    c.add_argument("--name")
    c = tsub.add_parser("remove", help="stop trusting an issuer")
    c.add_argument("issuer_id")
    p.set_defaults(handler=cmd_trust)


def _print(reports: list[VerificationReport], args: argparse.Namespace) -> int:
    """Print the reports; the exit code is the verdict, even when nobody reads the output."""
    code = 0 if reports and all(r.passed for r in reports) else 1
    try:
        if args.json:
            output.emit_json(reports[0].to_dict() if len(reports) == 1 else [r.to_dict() for r in reports])
        else:
            for report in reports:
                output.print_report(report, args.lang)
        sys.stdout.flush()  # a closed pipe is found here, not in the flush at exit
    except BrokenPipeError:  # `satchel verify x | true`: the reader left, the verdict still stands
        output.quiet_closed_stdout()
    return code


FILE_SUFFIXES = (".json", ".jsonld", ".jwt", ".txt", ".png", ".svg", ".jpg", ".jpeg", ".gif", ".webp", ".bmp")


def looks_like_path(target: str) -> bool:
    """A path rather than a credential id (ids are hexadecimal, without dots or slashes)."""
    return "/" in target or "\\" in target or target.startswith(("~", ".")) \
        or target.lower().endswith(FILE_SUFFIXES)


def _at(facade: Recruiter | Satchel, args: argparse.Namespace) -> None:
    """Apply --now (verify as if it were that instant) to the facade's clock."""
    if args.now:
        try:
            facade.clock = FixedClock(parse_instant(args.now))
        except ValueError:
            raise UsageError("--now takes an ISO 8601 instant such as 2027-01-01T00:00:00Z, "
                             f"not '{args.now}'.") from None


def cmd_verify(args: argparse.Namespace) -> int:
    target = args.target
    if target is not None and not args.verify_all and \
            (target == "-" or Path(target).exists() or looks_like_path(target)):
        from satchel.services.reading import read_capped, read_stream_capped
        recruiter = context.recruiter(args)  # a file or standard input: no wallet involved
        _at(recruiter, args)
        # a missing file is "there is no file …", never "no credential id"
        data = read_stream_capped(sys.stdin.buffer) if target == "-" else read_capped(Path(target))
        return _print(recruiter.verify_bytes(data, challenge=args.challenge, domain=args.domain), args)
    satchel = context.app(args)
    _at(satchel, args)
    if args.verify_all or target is None:
        return _verify_all(satchel, args)
    # a stored credential's id: verifying it stores the report
    from satchel.cli.passphrase import wallet_passphrase
    if not satchel.wallet_exists():
        raise UsageError(f"'{target}' is neither a file nor a credential id (there is no wallet).")
    satchel.unlock(wallet_passphrase())
    if args.challenge or args.domain:
        raise UsageError("--challenge and --domain apply to presentations, not to stored credentials.")
    return _print([satchel.verify_stored(target)], args)


def cmd_cache(args: argparse.Namespace) -> int:
    satchel = context.app(args)
    if args.action == "list":
        now = satchel.clock.now()
        entries = satchel.cache_entries()
        if args.json:
            output.emit_json([{"url": e.url, "fetched_at": e.fetched_at.isoformat(),
                               "age_seconds": int((now - e.fetched_at).total_seconds()),
                               "usable_until": satchel.cache_usable_until(e).isoformat(),
                               "fresh": now <= satchel.cache_usable_until(e),
                               "size": len(e.body)} for e in entries])
        elif not entries:
            print("The cache is empty.")
        for e in entries if not args.json else ():
            age = now - e.fetched_at
            until = satchel.cache_usable_until(e)
            state = f"usable until {until:%Y-%m-%d}" if now <= until else \
                "too old: refresh with `satchel cache refresh`"
            print(f"{e.url}  fetched {e.fetched_at:%Y-%m-%d %H:%M} UTC ({_age(age.total_seconds())} ago; {state})")
    elif args.action == "import":
        from satchel.services.reading import read_capped
        satchel.cache_import(args.url, read_capped(Path(args.file)))
        print(f"Cached {args.url}")
    elif args.action == "max-age":
        if args.days is not None:
            satchel.set_cache_max_age_days(args.days)
        days = satchel.cache_max_age_days()
        print(f"Cached documents that state no validity of their own are used for {days} "
              f"day{'s' if days != 1 else ''}.")
    elif args.action == "clear":
        satchel.cache_clear()
        print("Cache cleared.")
    else:
        failures = [(u, e) for u, e in satchel.cache_refresh() if e]
        for url, error in failures:
            print(f"{url}: {error}", file=sys.stderr)
        return 1 if failures else 0
    return 0


def _age(seconds: float) -> str:
    for unit, size in (("days", 86400), ("hours", 3600), ("minutes", 60)):
        if seconds >= size:
            return f"{int(seconds // size)} {unit}"
    return f"{int(seconds)} seconds"


def cmd_trust(args: argparse.Namespace) -> int:
    satchel = context.app(args)
    if args.action == "list":
        for issuer_id, name in satchel.trusted_issuers():
            print(f"{issuer_id}  {name}")
    elif args.action == "add":
        satchel.trust_issuer(args.issuer_id, args.name)
    elif not satchel.distrust_issuer(args.issuer_id):
        print(f"{args.issuer_id} was not on the trust list.", file=sys.stderr)
        return 1
    return 0


def _verify_all(satchel: Satchel, args: argparse.Namespace) -> int:
    from satchel.cli.passphrase import wallet_passphrase
    from satchel.cli.progress import ProgressBar
    from satchel.i18n import t

    if args.target is not None or not args.verify_all:
        raise UsageError("Give either a file, '-' or a credential id, or --all (not both).")
    if args.challenge or args.domain:
        raise UsageError("--challenge and --domain apply to presentations, not to stored credentials.")
    if not satchel.wallet_exists():
        raise UsageError("There is no wallet here yet: nothing to verify.")
    satchel.unlock(wallet_passphrase())
    bar = ProgressBar(t("verify_all.progress", args.lang))
    summary = satchel.verify_all(on_progress=bar)
    bar.finish()
    if args.json:
        output.emit_json(summary.to_dict())
    else:
        output.print_verify_all(summary, args.lang)
    return 0 if summary.all_verified else 1
