"""Building the services facade from CLI arguments."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from satchel.cli import passphrase
from satchel.services import Satchel

if TYPE_CHECKING:
    from satchel.exchange.common import Http


def app(args: argparse.Namespace, *, offline: bool = False) -> Satchel:
    home = Path(args.home).expanduser() if getattr(args, "home", None) else None
    return Satchel(home, offline=offline or bool(getattr(args, "offline", False)))


def unlocked(args: argparse.Namespace) -> Satchel:
    satchel = app(args)
    if not satchel.wallet_exists():
        from satchel.errors import WalletNotFound
        raise WalletNotFound(f"There is no wallet in {satchel.home} yet. Create one with: satchel init")
    satchel.unlock(passphrase.wallet_passphrase())
    return satchel


def exchange_http(satchel: Satchel) -> Http:
    """The fetcher for online exchanges (with the test settings SATCHEL_EXTRA_CA_FILE and
    SATCHEL_ALLOW_LOOPBACK, off by default)."""
    from satchel.services.receiving import exchange_http as build
    return build(satchel)
