"""The application facade (:class:`Satchel`): the only thing the CLI and the UI call.

It owns the wallet session, the verifier with its document cache and fetcher, sharing and scanning,
and the small public files (preferences, trusted issuers, recruiter history). Calls block; the UI runs
them off its event loop (``asyncio.to_thread``) and passes ``on_progress`` callbacks where offered.
"""

from satchel.services.app import Satchel
from satchel.services.paths import default_home
from satchel.services.results import ImportItem, ImportOutcome, ScanResult, ShareBundle

__all__ = ["ImportItem", "ImportOutcome", "Satchel", "ScanResult", "ShareBundle", "default_home"]
