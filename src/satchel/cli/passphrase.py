"""Where the CLI gets passphrases: an interactive prompt, or environment variables for automation."""

from __future__ import annotations

import getpass
import os
import sys

from satchel.errors import UsageError

MIN_LENGTH = 8


def _from_env(var: str) -> str | None:
    value = os.environ.get(var)
    return value if value else None


def _prompt(prompt: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError("No passphrase: run interactively, or set it in the environment for automation.")
    return getpass.getpass(prompt)


def wallet_passphrase() -> str:
    return _from_env("SATCHEL_PASSPHRASE") or _prompt("Wallet passphrase: ")


def new_passphrase(var: str = "SATCHEL_NEW_PASSPHRASE", what: str = "wallet") -> str:
    """A new passphrase: from ``var`` when set, else asked twice."""
    value = _from_env(var)
    if value is None:
        value = _prompt(f"New {what} passphrase: ")
        if _prompt("Repeat it: ") != value:
            raise UsageError("The two passphrases differ; nothing was changed.")
    if len(value) < MIN_LENGTH:
        raise UsageError(f"Choose a passphrase of at least {MIN_LENGTH} characters.")
    return value


def backup_passphrase(confirm: bool) -> str:
    value = _from_env("SATCHEL_BACKUP_PASSPHRASE")
    if value is not None:
        return value
    if confirm:
        return new_passphrase("SATCHEL_BACKUP_PASSPHRASE", what="backup")
    return _prompt("Backup passphrase: ")
