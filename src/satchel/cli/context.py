"""Building the services facades from CLI arguments (each loaded when a command runs, not when the
parser is built)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from satchel.exchange.common import Http
    from satchel.services import Recruiter, Satchel


def _home(args: argparse.Namespace) -> Path | None:
    return Path(args.home).expanduser() if getattr(args, "home", None) else None


def app(args: argparse.Namespace, *, offline: bool = False) -> Satchel:
    from satchel.services.app import Satchel
    return Satchel(_home(args), offline=offline or bool(getattr(args, "offline", False)))


def recruiter(args: argparse.Namespace) -> Recruiter:
    """The recruiter's side only (no wallet): enough to verify what a file or standard input holds."""
    from satchel.services.recruiter_desk import Recruiter
    return Recruiter(_home(args), offline=bool(getattr(args, "offline", False)))


def unlocked(args: argparse.Namespace) -> Satchel:
    satchel = app(args)
    if not satchel.wallet_exists():
        from satchel.errors import WalletNotFound
        raise WalletNotFound(f"There is no wallet in {satchel.home} yet. Create one with: satchel init")
    from satchel.cli.passphrase import wallet_passphrase  # getpass loads when a passphrase is asked for
    satchel.unlock(wallet_passphrase())
    return satchel


def exchange_http(satchel: Satchel) -> Http:
    """The fetcher for online exchanges (with the test settings SATCHEL_EXTRA_CA_FILE and
    SATCHEL_ALLOW_LOOPBACK, off by default)."""
    from satchel.services.receiving import exchange_http as build
    return build(satchel)
