"""Tags and collections."""

from __future__ import annotations

import pytest

from satchel.errors import CredentialNotFound, UsageError
from satchel.model import DisplayFields, ListQuery
from satchel.store import Wallet
from satchel.store.credentials import refresh_search
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


def _copies(wallet: Wallet, key: str = "same-credential") -> list[str]:
    """One credential received three times (JSON, baked PNG, baked SVG): three rows, one content key."""
    ids = []
    for n, fmt in enumerate(("vc-json", "baked-png", "baked-svg"), start=10):
        cid, created = wallet.add_credential(f"copy {n}".encode(), format=fmt, signed_form="data-integrity",
                                             source="test", display=DisplayFields(name="Teamwork"),
                                             added_at=f"2026-01-0{n - 9}T00:00:00Z", content_key=key)
        assert created
        ids.append(cid)
    return ids


def _tags_of_rows(wallet: Wallet, ids: list[str]) -> list[set[str]]:
    return [{t for (t,) in wallet._db.execute("SELECT tag FROM tags WHERE credential_id = ?", (cid,))}
            for cid in ids]


def test_a_card_shows_and_edits_the_tags_of_all_its_copies(wallet: Wallet) -> None:
    first, png, svg = _copies(wallet)
    other = add(wallet, 1, name="Other")
    # As a wallet from before cards united copies has them: each copy with its own tag (and search text).
    wallet._db.execute("INSERT INTO tags (credential_id, tag) VALUES (?, 'old-png'), (?, 'old-svg')", (png, svg))
    refresh_search(wallet._db, [png, svg])
    assert wallet.get(first).tags == ("old-png", "old-svg")  # the union, on the card
    assert [r.id for r in wallet.list(ListQuery(tag="old-svg"))] == [first]
    assert [r.id for r in wallet.list(ListQuery(search="old-png"))] == [first]
    wallet.add_tags(first, ["interview"])
    assert _tags_of_rows(wallet, [first, png, svg]) == [{"interview"}, {"interview", "old-png"},
                                                        {"interview", "old-svg"}]
    wallet.add_tags(other, ["interview"])
    assert wallet.tags() == [("interview", 2), ("old-png", 1), ("old-svg", 1)]  # credentials, not rows
    wallet.remove_tags(first, ["old-svg", "interview"])
    assert _tags_of_rows(wallet, [first, png, svg]) == [set(), {"old-png"}, set()]
    assert wallet.get(first).tags == ("old-png",) and wallet.get(other).tags == ("interview",)


def test_a_card_is_collected_with_all_its_copies(wallet: Wallet) -> None:
    first, png, svg = _copies(wallet)
    wallet.create_collection("CV")
    wallet._db.execute("INSERT INTO collection_items (collection_id, credential_id) "
                       "SELECT id, ? FROM collections WHERE name = 'CV'", (svg,))
    assert wallet.get(first).collections == ("CV",)
    assert [r.id for r in wallet.list(ListQuery(collection="CV"))] == [first]
    assert wallet.collections() == [("CV", 1)]
    wallet.create_collection("Interview")
    wallet.add_to_collection("Interview", [first])
    assert wallet.collections() == [("CV", 1), ("Interview", 1)]
    assert {cid for (cid,) in wallet._db.execute(
        "SELECT credential_id FROM collection_items ci JOIN collections k ON k.id = ci.collection_id "
        "WHERE k.name = 'Interview'")} == {first, png, svg}
    wallet.remove_from_collection("CV", [first])
    assert wallet.get(first).collections == ("Interview",) and wallet.collections() == [("CV", 0), ("Interview", 1)]
    assert wallet.issuers() == [(None, None, 1)]  # one credential, however many copies
