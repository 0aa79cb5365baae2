"""Holder keys, settings and the activity log."""

from __future__ import annotations

import pytest

from satchel.errors import UsageError
from satchel.store import HolderKeyRecord, Wallet


def test_adding_an_active_key_retires_the_previous_one(wallet: Wallet) -> None:
    assert wallet.active_holder_key() is None
    wallet.add_holder_key("did:key:z1#z1", "did:key:z1", b"s1" * 16, "z1", "2026-01-01T00:00:00Z")
    wallet.add_holder_key("did:key:z2#z2", "did:key:z2", b"s2" * 16, "z2", "2026-02-01T00:00:00Z")
    active = wallet.active_holder_key()
    assert active == HolderKeyRecord("did:key:z2#z2", "did:key:z2", b"s2" * 16, "z2", "2026-02-01T00:00:00Z", True)
    first, second = wallet.holder_keys()
    assert (first.kid, first.active, first.retired_at) == ("did:key:z1#z1", False, "2026-11-01T10:00:00Z")
    assert second.active and second.retired_at is None


def test_inactive_key_leaves_the_active_one(wallet: Wallet) -> None:
    wallet.add_holder_key("k1", "did:key:z1", b"s1", "z1", "2026-01-01")
    wallet.add_holder_key("k0", "did:key:z0", b"s0", "z0", "2025-01-01", active=False)
    assert wallet.active_holder_key().kid == "k1"
    assert [k.kid for k in wallet.holder_keys()] == ["k0", "k1"]


def test_key_secret_never_shows_in_repr(wallet: Wallet) -> None:
    wallet.add_holder_key("k1", "did:key:z1", b"TOPSECRET", "z1", "2026-01-01")
    assert "TOPSECRET" not in repr(wallet.active_holder_key())


def test_duplicate_or_incomplete_keys_are_refused(wallet: Wallet) -> None:
    wallet.add_holder_key("k1", "did:key:z1", b"s1", "z1", "2026-01-01")
    with pytest.raises(UsageError):
        wallet.add_holder_key("k1", "did:key:z1", b"s1", "z1", "2026-01-01")
    with pytest.raises(UsageError):
        wallet.add_holder_key("k2", "did:key:z2", b"", "z2", "2026-01-01")
    assert wallet.active_holder_key().kid == "k1"  # the failed add retired nothing


def test_settings_hold_json_values(wallet: Wallet) -> None:
    assert wallet.get_setting("language") is None
    assert wallet.get_setting("language", "en") == "en"
    wallet.set_setting("language", "fr")
    wallet.set_setting("trusted_issuers", ["did:web:a", {"name": "B"}])
    wallet.set_setting("language", "de")
    assert wallet.get_setting("language") == "de"
    assert wallet.get_setting("trusted_issuers") == ["did:web:a", {"name": "B"}]
    with pytest.raises(UsageError):
        wallet.set_setting("bad", object())
    with pytest.raises(UsageError):
        wallet.set_setting("nan", float("nan"))


def test_activity_newest_first_with_limit(wallet: Wallet) -> None:
    wallet.log("import", "abc", "from file")
    wallet.log("verify", "abc")
    wallet.log("backup")
    entries = wallet.activity()
    assert [(e.action, e.credential_id, e.detail) for e in entries] == [
        ("backup", None, None), ("verify", "abc", None), ("import", "abc", "from file")]
    assert entries[0].at == "2026-11-01T10:00:00Z"
    assert [e.action for e in wallet.activity(limit=1)] == ["backup"]
