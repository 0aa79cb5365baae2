"""Where a wallet and its public caches live on disk."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Satchel"
WALLET_FILE = "wallet.satchel"


def default_home() -> Path:
    """``SATCHEL_HOME`` when set, else the platform's user data dir (e.g. ~/.local/share/Satchel)."""
    override = os.environ.get("SATCHEL_HOME")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def wallet_path(home: Path) -> Path:
    return home / WALLET_FILE


def cache_dir(home: Path) -> Path:
    """Public documents (DID documents, status lists): usable without unlocking any wallet."""
    return home / "cache"


def trust_file(home: Path) -> Path:
    """The issuers the user trusts: public data, readable without unlocking (recruiter mode)."""
    return home / "trusted-issuers.json"


def history_file(home: Path) -> Path:
    """Recruiter verification history (no wallet needed)."""
    return home / "recruiter-history.json"
