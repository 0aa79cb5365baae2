"""Tags and collections."""

from __future__ import annotations

import pytest

from satchel.errors import CredentialNotFound, UsageError
from satchel.store import Wallet
from tests.store.conftest import add


def test_tags_are_counted_and_deduplicated(wallet: Wallet) -> None:
    a, b = add(wallet, 1, name="A"), add(wallet, 2, name="B")
    wallet.add_tags(a, ["work", "  work ", "Data  science"])
    wallet.add_tags(b, ["work"])
    wallet.add_tags(b, "solo")  # a single string is one tag, not letters
    assert wallet.tags() == [("Data science", 1), ("solo", 1), ("work", 2)]
    assert wallet.get(a).tags == ("Data science", "work")
    wallet.remove_tags(a, ["work", "not there"])
    assert wallet.tags() == [("Data science", 1), ("solo", 1), ("work", 1)]


def test_bad_tags_are_refused(wallet: Wallet) -> None:
    a = add(wallet, 1, name="A")
    for bad in ([""], ["   "], ["x" * 201]):
        with pytest.raises(UsageError):
            wallet.add_tags(a, bad)
    assert wallet.tags() == []


def test_collection_life_cycle(wallet: Wallet) -> None:
    a, b = add(wallet, 1, name="A"), add(wallet, 2, name="B")
    wallet.create_collection("For ACME")
    wallet.create_collection("Teaching")
    wallet.add_to_collection("For ACME", [a, b, a])
    wallet.add_to_collection("For ACME", [a])
    assert wallet.collections() == [("For ACME", 2), ("Teaching", 0)]
    wallet.rename_collection("For ACME", "ACME interview")
    assert wallet.get(a).collections == ("ACME interview",)
    wallet.remove_from_collection("ACME interview", [a])
    assert wallet.collections() == [("ACME interview", 1), ("Teaching", 0)]
    wallet.delete_collection("ACME interview")
    assert wallet.collections() == [("Teaching", 0)]
    assert wallet.count() == 2  # credentials stay


def test_collection_errors(wallet: Wallet) -> None:
    a = add(wallet, 1, name="A")
    wallet.create_collection("One")
    wallet.create_collection("Two")
    with pytest.raises(UsageError):
        wallet.create_collection("One")
    with pytest.raises(UsageError):
        wallet.rename_collection("One", "Two")
    with pytest.raises(UsageError):
        wallet.rename_collection("Missing", "Three")
    with pytest.raises(UsageError):
        wallet.add_to_collection("Missing", [a])
    with pytest.raises(UsageError):
        wallet.delete_collection("Missing")
    with pytest.raises(CredentialNotFound):
        wallet.add_to_collection("One", [a, "f" * 16])
    assert wallet.collections() == [("One", 0), ("Two", 0)]  # the whole call was rolled back
