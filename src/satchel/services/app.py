"""The app's facade: a learner's wallet and recruiter mode on one home directory.

The two sides are separate facades (:class:`LearnerWallet` in ``learner_wallet.py``,
:class:`Recruiter` in ``recruiter_desk.py``) over one :class:`Workspace` (home, clock, fetcher,
preferences, trusted issuers, document cache). The app offers both modes, so :class:`Satchel` is the
two together and adds nothing of its own; code that needs one side only can take that facade.
"""

from __future__ import annotations

from satchel.services.learner_wallet import LearnerWallet
from satchel.services.recruiter_desk import Recruiter


class Satchel(LearnerWallet, Recruiter):
    """A home directory with everything both modes can do with it (see the module docstring)."""
