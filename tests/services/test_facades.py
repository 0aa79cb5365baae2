"""services is two facades over one home directory: the learner's wallet and the recruiter's desk.
``Satchel`` (the app, which offers both modes) is exactly the two together."""

from __future__ import annotations

import inspect

import pytest

from satchel.errors import WalletLocked
from satchel.net import OfflineFetcher
from satchel.services import LearnerWallet, Recruiter, Satchel, Workspace


def _public(cls: type) -> set[str]:
    return {name for name, _ in inspect.getmembers(cls) if not name.startswith("_")}


def test_the_two_facades_share_only_the_workspace():
    shared = _public(LearnerWallet) & _public(Recruiter)
    assert shared == _public(Workspace)
    assert {"import_path", "share", "backup", "tag", "verify_stored"} <= _public(LearnerWallet) - shared
    assert {"scan_images", "live_scan", "history_entries", "new_challenge"} <= _public(Recruiter) - shared


def test_the_app_is_both_and_adds_nothing():
    assert issubclass(Satchel, LearnerWallet) and issubclass(Satchel, Recruiter)
    assert _public(Satchel) == _public(LearnerWallet) | _public(Recruiter)


def test_a_recruiter_desk_needs_no_wallet(tmp_path):
    desk = Recruiter(tmp_path / "desk", fetcher=OfflineFetcher())
    challenge = desk.new_challenge()
    assert challenge and desk.challenge_qr(challenge).startswith(b"\x89PNG")
    assert desk.history_entries() == []
    assert not (tmp_path / "desk" / "wallet.satchel").exists()
    assert not hasattr(desk, "session")


def test_a_learner_wallet_has_no_recruiter_history(tmp_path):
    wallet = LearnerWallet(tmp_path / "home", fetcher=OfflineFetcher())
    assert not hasattr(wallet, "history")
    with pytest.raises(WalletLocked):
        wallet.list()


def test_both_facades_on_one_home_see_the_same_public_files(tmp_path):
    home = tmp_path / "home"
    LearnerWallet(home, fetcher=OfflineFetcher()).trust_issuer("did:example:uni", "University")
    Recruiter(home, fetcher=OfflineFetcher()).set_setting("language", "fr")
    app = Satchel(home, fetcher=OfflineFetcher())
    assert app.trusted_issuers() == [("did:example:uni", "University")]
    assert app.get_setting("language") == "fr"
