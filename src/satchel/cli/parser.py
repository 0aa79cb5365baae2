"""The argparse parser class of every satchel command, and the type of the subcommand registry."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn, TypeAlias


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's own exit code is already 2
        self.print_usage(sys.stderr)
        self.exit(2, f"satchel: {message}\n")


# What `add_subparsers(parser_class=Parser)` returns; commands register themselves on it.
Subcommands: TypeAlias = "argparse._SubParsersAction[Parser]"
