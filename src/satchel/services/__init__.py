"""The application facades: the only things the CLI and the UI call.

:class:`LearnerWallet` is the learner's side (wallet session, importing, organising, sharing,
backups); :class:`Recruiter` the recruiter's (scanning, verifying presentations, challenges, history);
both stand on a :class:`Workspace` (home directory, clock, fetcher, verifier with its document cache,
preferences and trusted issuers). :class:`Satchel`, the app, is the two together. Calls block; the UI
runs them off its event loop (``asyncio.to_thread``) and passes ``on_progress`` callbacks where offered.
"""

from satchel.services.app import Satchel
from satchel.services.learner_wallet import LearnerWallet
from satchel.services.paths import default_home
from satchel.services.recruiter_desk import Recruiter
from satchel.services.results import ImportItem, ImportOutcome, ScanResult, ShareBundle
from satchel.services.workspace import Workspace

__all__ = ["ImportItem", "ImportOutcome", "LearnerWallet", "Recruiter", "Satchel", "ScanResult", "ShareBundle",
           "Workspace", "default_home"]
