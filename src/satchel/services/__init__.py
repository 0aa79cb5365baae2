"""The application facades: the only things the CLI and the UI call.

:class:`LearnerWallet` is the learner's side (wallet session, importing, organising, sharing,
backups); :class:`Recruiter` the recruiter's (scanning, verifying presentations, challenges, history);
both stand on a :class:`Workspace` (home directory, clock, fetcher, verifier with its document cache,
preferences and trusted issuers). :class:`Satchel`, the app, is the two together. Calls block; the UI
runs them off its event loop (``asyncio.to_thread``) and passes ``on_progress`` callbacks where offered.

The names below are loaded on first use (PEP 562), so a command that needs one facade, such as
``satchel verify FILE`` (a :class:`Recruiter`), does not load the other's modules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_LAZY = {
    "Satchel": "app", "LearnerWallet": "learner_wallet", "Recruiter": "recruiter_desk", "Workspace": "workspace",
    "default_home": "paths",
    "ImportItem": "results", "ImportOutcome": "results", "ScanResult": "results", "ShareBundle": "results",
}

if TYPE_CHECKING:  # the lazy names, with their real types for the type checker ("as": re-exported)
    from satchel.services.app import Satchel as Satchel
    from satchel.services.learner_wallet import LearnerWallet as LearnerWallet
    from satchel.services.paths import default_home as default_home
    from satchel.services.recruiter_desk import Recruiter as Recruiter
    from satchel.services.results import ImportItem as ImportItem
    from satchel.services.results import ImportOutcome as ImportOutcome
    from satchel.services.results import ScanResult as ScanResult
    from satchel.services.results import ShareBundle as ShareBundle
    from satchel.services.workspace import Workspace as Workspace


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'satchel.services' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


__all__ = ["ImportItem", "ImportOutcome", "LearnerWallet", "Recruiter", "Satchel", "ScanResult", "ShareBundle",
           "Workspace", "default_home"]
