"""The `satchel` executable: the command line, plus `satchel app` (the default) which opens the app.

It sits above both front ends (the way Electrum picks its GUI by name at start-up), so the CLI never
imports the UI and the UI never imports the CLI; flet is loaded only when the app is asked for.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from satchel.cli.main import main as cli_main
from satchel.cli.parser import Subcommands


def _register_app(sub: Subcommands) -> None:
    p = sub.add_parser("app", help="open the app (default): a desktop window, or web mode on 127.0.0.1")
    p.add_argument("--web", action="store_true", help="serve the app to a browser on 127.0.0.1 instead")
    p.add_argument("--port", type=int, help="port for web mode (default: a free one)")
    p.add_argument("link", nargs="?", metavar="LINK",
                   help="an openid-credential-offer://, openid4vp:// or dccrequest:// link to open "
                        "(the desktop entry passes links here)")
    p.set_defaults(handler=_run_app)


def _run_app(args: argparse.Namespace) -> int:
    if getattr(args, "link", None):
        from satchel.services.handoff import hand_off
        from satchel.services.paths import default_home
        home_dir = Path(args.home).expanduser() if args.home else default_home()
        if hand_off(home_dir, args.link):  # Satchel is already open: it shows the link
            print("The link was handed to the Satchel window already open.")
            return 0
        os.environ["SATCHEL_OPEN_LINK"] = args.link  # read by the online screen once unlocked
    from satchel.ui import run_app

    home = Path(args.home).expanduser() if args.home else None
    return int(run_app(home=home, web=args.web, port=args.port) or 0)


LINK_SCHEMES = ("openid-credential-offer:", "openid4vp:", "dccrequest:")  # the schemes Satchel registers


def _link_alone(argv: Sequence[str]) -> list[str]:
    """A lone exchange link is `app LINK`: how macOS starts Satchel.app with a link it was opened with (the
    bundle turns the Apple event into the one argument), and what a person typing `satchel LINK` means."""
    args = list(argv)
    if len(args) == 1 and args[0].strip().lower().startswith(LINK_SCHEMES):
        return ["app", args[0].strip()]
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = _link_alone(sys.argv[1:] if argv is None else argv)
    return cli_main(args, extra=[_register_app], default="app")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
