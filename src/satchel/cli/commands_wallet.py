"""Wallet commands: init, import, list, show, delete, tag, untag, collection, export, backup, restore,
passwd."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from satchel.cli import context, output, passphrase
from satchel.cli.parser import Subcommands
from satchel.errors import SatchelError, UsageError
from satchel.i18n import render_error, t
from satchel.model import ListQuery, SortKey

if TYPE_CHECKING:  # the facade loads when a command runs, not when the parser is built
    from satchel.services import Satchel


def register(sub: Subcommands) -> None:
    p = sub.add_parser("init", help="create a new encrypted wallet")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("import", help="add credentials from a file, an https URL, or - (standard input)")
    p.add_argument("sources", nargs="+", metavar="PATH|URL|-")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--fetch-details", action="store_true",
                   help="for a badge whose name and issuer are only on its issuer's server (Open Badges 2.0), "
                        "fetch them from there (as an https import does)")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("list", help="list credentials")
    p.add_argument("--json", action="store_true")
    p.add_argument("--tag")
    p.add_argument("--collection")
    p.add_argument("--issuer")
    p.add_argument("--status", help="verified, expired, not_yet_valid, revoked, unknown, invalid, failed or unverified")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--eu", choices=("complete", "incomplete"),
                   help="only credentials that state every mandatory EU micro-credential element, or not")
    p.add_argument("--sort", choices=[s.value for s in SortKey], default="added",
                   help="name, issuer, issued, added, or eu (most EU micro-credential elements first)")
    p.add_argument("--desc", action="store_true", help="reverse the order")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="show one credential")
    p.add_argument("id")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true")
    group.add_argument("--raw", action="store_true", help="print the stored bytes unchanged")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("delete", help="delete a credential")
    p.add_argument("id")
    p.set_defaults(handler=cmd_delete)

    for name, helptext in (("tag", "add tags to a credential"), ("untag", "remove tags from a credential")):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("id")
        p.add_argument("tags", nargs="+", metavar="TAG")
        p.set_defaults(handler=cmd_tag)

    p = sub.add_parser("collection", help="group credentials into named collections")
    csub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    c = csub.add_parser("list", help="list collections")
    c.add_argument("--json", action="store_true")
    c = csub.add_parser("create", help="create a collection")
    c.add_argument("name")
    c = csub.add_parser("delete", help="delete a collection (its credentials stay)")
    c.add_argument("name")
    c = csub.add_parser("rename", help="rename a collection")
    c.add_argument("name")
    c.add_argument("new_name")
    for action in ("add", "remove"):
        c = csub.add_parser(action, help=f"{action} credentials {'to' if action == 'add' else 'from'} a collection")
        c.add_argument("name")
        c.add_argument("ids", nargs="+", metavar="ID")
    p.set_defaults(handler=cmd_collection)

    p = sub.add_parser("export", help="write a credential's exact imported bytes to a file")
    p.add_argument("id")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("backup", help="write an encrypted backup of the whole wallet")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="merge an encrypted backup into this wallet (no duplicates)")
    p.add_argument("file")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("passwd", help="change the wallet passphrase")
    p.set_defaults(handler=cmd_passwd)


def cmd_init(args: argparse.Namespace) -> int:
    satchel = context.app(args)
    if satchel.wallet_exists():
        from satchel.errors import WalletExists
        raise WalletExists(f"A wallet already exists at {satchel.wallet_file}; it was left untouched.")
    secret = passphrase._from_env("SATCHEL_PASSPHRASE") or passphrase.new_passphrase()
    if len(secret) < passphrase.MIN_LENGTH:
        raise UsageError(f"Choose a passphrase of at least {passphrase.MIN_LENGTH} characters.")
    did = satchel.create_wallet(secret)
    print(f"Created wallet {satchel.wallet_file}")
    print(f"Your holder identity: {did}")
    print("Keep your passphrase safe: it cannot be recovered. 'satchel backup' makes an encrypted copy.")
    return 0


def _read_source(source: str) -> tuple[bytes, str, str | None]:
    if source == "-":
        from satchel.services.reading import read_stream_capped
        data = read_stream_capped(sys.stdin.buffer)
        return data, "stdin", None
    return b"", source, Path(source).name


def cmd_import(args: argparse.Namespace) -> int:
    satchel = context.unlocked(args)
    results, failed = [], 0
    for source in args.sources:
        try:
            if source.startswith(("https://", "http://")):
                print(f"Fetching from {satchel.url_host(source)} …", file=sys.stderr)
                outcome = satchel.import_url(source)
            elif source == "-":
                data, src, name = _read_source(source)
                outcome = satchel.import_bytes(data, source=src, filename=name)
            else:
                outcome = satchel.import_path(Path(source))
            results.append({"source": source, "added": list(outcome.added), "existing": list(outcome.existing)})
        except (SatchelError, OSError) as err:
            failed += 1
            message = render_error(err, args.lang) if isinstance(err, SatchelError) else \
                f"The file could not be read ({getattr(err, 'strerror', None) or err})."
            results.append({"source": source, "error": message})
    if args.json:
        output.emit_json(results)
    else:
        for r in results:
            if "error" in r:
                print(f"{r['source']}: refused: {r['error']}", file=sys.stderr)
            for cid in r.get("added", []):
                print(cid)
            for cid in r.get("existing", []):
                print(f"{cid} (already in the wallet)")
    for r in results:
        for cid in [*r.get("added", []), *r.get("existing", [])]:
            _details(satchel, cid, r["source"], args)
    return 1 if failed else 0


def _details(satchel: Satchel, cred_id: str, source: str, args: argparse.Namespace) -> None:
    """A badge whose details are on its issuer's server: fetch them when asked, else say how."""
    host = satchel.details_host(cred_id)
    if host is None:
        return
    if not args.fetch_details:
        print(t("import.details_hint", args.lang, id=cred_id, host=host, source=source), file=sys.stderr)
        return
    print(t("import.details_fetching", args.lang, host=host), file=sys.stderr)
    try:
        satchel.fetch_details(cred_id)
    except SatchelError as err:
        print(t("import.details_failed", args.lang, id=cred_id, reason=render_error(err, args.lang)),
              file=sys.stderr)


def _query(args: argparse.Namespace) -> ListQuery:
    return ListQuery(search=args.search, tag=args.tag, collection=args.collection, issuer=args.issuer,
                     status=args.status, sort=SortKey(args.sort), descending=args.desc,
                     eu_complete=None if args.eu is None else args.eu == "complete")


def cmd_list(args: argparse.Namespace) -> int:
    records = context.unlocked(args).list(_query(args))
    if args.json:
        output.emit_json([output.record_summary(r) for r in records])
    else:
        output.print_list(records, args.lang)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    app = context.unlocked(args)
    record = app.get(args.id)
    if args.raw:
        sys.stdout.buffer.write(record.raw)
        sys.stdout.buffer.flush()
    elif args.json:
        detail = output.record_detail(record)
        detail["eu_microcredential"] = app.eu_checklist(record.id).to_dict()
        output.emit_json(detail)
    else:
        output.print_detail(record, args.lang)
        output.print_checklist(app.eu_checklist(record.id), args.lang)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    context.unlocked(args).delete(args.id)
    print(f"Deleted {args.id}")
    return 0


def cmd_tag(args: argparse.Namespace) -> int:
    satchel = context.unlocked(args)
    (satchel.tag if args.command == "tag" else satchel.untag)(args.id, args.tags)
    return 0


def cmd_collection(args: argparse.Namespace) -> int:
    satchel = context.unlocked(args)
    if args.action == "list":
        rows = satchel.collections()
        if args.json:
            output.emit_json([{"name": n, "count": c} for n, c in rows])
        else:
            for name, count in rows:
                print(f"{name}  ({count})")
    elif args.action == "create":
        satchel.create_collection(args.name)
    elif args.action == "delete":
        satchel.delete_collection(args.name)
    elif args.action == "rename":
        satchel.rename_collection(args.name, args.new_name)
    elif args.action == "add":
        satchel.add_to_collection(args.name, args.ids)
    else:
        satchel.remove_from_collection(args.name, args.ids)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    context.unlocked(args).export_credential(args.id, Path(args.out))
    print(f"Wrote {args.out}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    satchel = context.unlocked(args)
    satchel.backup(Path(args.out), passphrase.backup_passphrase(confirm=True))
    print(f"Encrypted backup written to {args.out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    satchel = context.app(args)
    fresh = not satchel.wallet_exists()
    if fresh:  # restoring onto a new machine: the backup brings the holder key along
        satchel.create_wallet(passphrase._from_env("SATCHEL_PASSPHRASE") or passphrase.new_passphrase(),
                              holder_key=False)
    else:
        satchel.unlock(passphrase.wallet_passphrase())
    added, skipped = satchel.restore(Path(args.file), passphrase.backup_passphrase(confirm=False))
    print(f"Restored {added} credential(s); {skipped} were already in the wallet.")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    satchel = context.app(args)
    old = passphrase.wallet_passphrase()
    satchel.unlock(old)
    satchel.change_passphrase(old, passphrase.new_passphrase())
    print("Passphrase changed.")
    return 0
