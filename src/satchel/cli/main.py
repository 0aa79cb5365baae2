"""`satchel`: the command line over the same core as the app.

Exit codes: 0 success, 1 a domain failure (wrong passphrase, refused file, failed verification),
2 a usage error.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence

from satchel import __version__
from satchel.cli import output
from satchel.cli.parser import Parser, Subcommands
from satchel.errors import FileAccessError, SatchelError, UsageError
from satchel.i18n import render_error, system_language

EPILOG = """\
Passphrases are asked for interactively. For automation (scripts, CI) set SATCHEL_PASSPHRASE,
SATCHEL_NEW_PASSPHRASE (init, passwd) and SATCHEL_BACKUP_PASSPHRASE (backup, restore).
The wallet lives in your user data directory; SATCHEL_HOME chooses another directory.
Run 'satchel' with no command to open the app, and 'satchel LINK' (an openid-credential-offer://,
openid4vp:// or dccrequest:// link alone) to open it with that link, as 'satchel app LINK' does."""


Register = Callable[[Subcommands], None]

# The modules of satchel.cli that register commands, in the order of the help, with the commands each
# registers (tests/cli/test_lazy_parser.py checks this table against what they do register).
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "commands_wallet": ("init", "import", "list", "show", "delete", "tag", "untag", "collection", "export",
                        "backup", "restore", "passwd"),
    "commands_verify": ("verify", "cache", "trust"),
    "commands_share": ("did", "present", "share", "scan"),
    "commands_europe": ("link", "pathway"),
    "commands_exchange": ("receive", "respond", "anchors"),
    "commands_disclosures": ("disclosures",),
    "commands_history": ("history",),
}
_GLOBAL_WITH_VALUE = ("--home", "--lang")


def command_word(argv: Sequence[str]) -> str | None:
    """The command named in ``argv`` when it can be told without argparse (global options spelled in
    full, then a command of :data:`COMMAND_MODULES`); None otherwise."""
    index = 0
    while index < len(argv):
        word = argv[index]
        if word in _GLOBAL_WITH_VALUE:
            index += 2
        elif word.startswith(tuple(f"{option}=" for option in _GLOBAL_WITH_VALUE)):
            index += 1
        elif word.startswith("-"):  # -h, --version, an abbreviation, a mistake: the whole parser answers
            return None
        else:
            return word if any(word in names for names in COMMAND_MODULES.values()) else None
    return None


def build_parser(extra: Sequence[Register] = (), *, only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; with ``only`` (a command of :data:`COMMAND_MODULES`), one with just the commands
    of that command's module and ``extra``, which parses that command's arguments the same way (so
    ``satchel verify FILE`` neither imports nor builds the other commands)."""
    parser = Parser(prog="satchel", description="Satchel: a learner-owned wallet for micro-credentials.",
                     epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"satchel {__version__}")
    parser.add_argument("--home", help="wallet directory (default: SATCHEL_HOME or the user data dir)")
    parser.add_argument("--lang", choices=("en", "fr"), help="language of messages (default: system)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module, names in COMMAND_MODULES.items():
        if only is None or only in names:
            importlib.import_module(f"satchel.cli.{module}").register(sub)
    for register in extra:
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, extra: Sequence[Register] = (),
         default: str | None = None) -> int:
    """Run one command. ``extra`` adds commands from above this layer (the launcher adds ``app``);
    ``default`` is the command run when none is given (else the help is printed)."""
    words = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(extra, only=command_word(words))
    args = parser.parse_args(words)
    lang = args.lang or system_language()
    if args.command is None:
        if default is None:
            parser.print_help()
            return 0
        args = parser.parse_args([*(["--home", args.home] if args.home else []), default])
    args.lang = lang
    try:
        return int(args.handler(args) or 0)
    except UsageError as err:
        sys.stderr.write(f"satchel: {render_error(err, lang)}\n")
        return 2
    except SatchelError as err:
        sys.stderr.write(f"satchel: {render_error(err, lang)}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("satchel: interrupted; nothing was left half-written.\n")
        return 1
    except BrokenPipeError:  # e.g. `satchel list | head`: the reader has gone, which is fine for a listing
        output.quiet_closed_stdout()  # (commands whose exit code is a verdict catch it themselves)
        return 0
    except OSError as err:  # a file the user named (missing, a folder, not allowed): one sentence
        if err.filename is None or os.environ.get("SATCHEL_DEBUG"):
            raise
        sys.stderr.write(f"satchel: {render_error(FileAccessError.from_os_error(err), lang)}\n")
        return 1
    except Exception as err:  # last resort (re-raised with SATCHEL_DEBUG): a sentence, not a traceback
        if os.environ.get("SATCHEL_DEBUG"):
            raise
        sys.stderr.write(f"satchel: unexpected internal error ({type(err).__name__}). Nothing was changed. "
                         "Run again with SATCHEL_DEBUG=1 to see the details, and please report it.\n")
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
