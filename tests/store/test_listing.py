"""Search, filters, sorting and paging of the credential list."""

from __future__ import annotations

import pytest

from satchel.errors import UsageError
from satchel.model import ListQuery, SortKey
from satchel.store import Wallet
from tests.store.conftest import add


@pytest.fixture
def filled(wallet: Wallet) -> dict[str, str]:
    ids = {
        "eco": add(wallet, 1, name="Écologie Urbaine", issuer_name="Université Lyon", issuer_id="did:web:lyon",
                   issued="2024-05-01", added_at="2026-01-01T00:00:01Z"),
        "py": add(wallet, 2, name="python basics", description="Loops and FUNCTIONS", issuer_name="Code Club",
                  issuer_id="did:web:code", issued="2023-01-01", added_at="2026-01-01T00:00:02Z"),
        "weld": add(wallet, 3, name="Welding", subject_name="Zoë Martin", achievement_type="Certificate",
                    issuer_name="Code Club", issuer_id="did:web:code", added_at="2026-01-01T00:00:03Z"),
        "anon": add(wallet, 4, description="no name at all", added_at="2026-01-01T00:00:04Z"),
    }
    wallet.add_tags(ids["weld"], ["Metal Work", "job"])
    wallet.add_tags(ids["py"], ["job"])
    wallet.set_report(ids["py"], "{}", "verified", "2026-02-02T00:00:00Z")
    wallet.set_report(ids["eco"], "{}", "expired", "2026-02-02T00:00:00Z")
    wallet.create_collection("For ACME")
    wallet.add_to_collection("For ACME", [ids["py"], ids["eco"]])
    return ids


def names(wallet: Wallet, **query: object) -> list[str | None]:
    return [r.display.name for r in wallet.list(ListQuery(**query))]


def found(wallet: Wallet, text: str) -> set[str | None]:
    return set(names(wallet, search=text))


def test_search_is_case_and_accent_insensitive(wallet: Wallet, filled: dict[str, str]) -> None:
    assert found(wallet, "ECOLOGIE") == {"Écologie Urbaine"}
    assert found(wallet, "écolo") == {"Écologie Urbaine"}
    assert found(wallet, "universite") == {"Écologie Urbaine"}
    assert found(wallet, "zoe") == {"Welding"}
    assert found(wallet, "functions") == {"python basics"}
    assert found(wallet, "certif") == {"Welding"}


def test_search_covers_tags_and_needs_every_word(wallet: Wallet, filled: dict[str, str]) -> None:
    assert found(wallet, "metal") == {"Welding"}
    assert found(wallet, "job") == {"Welding", "python basics"}
    assert found(wallet, "job club python") == {"python basics"}
    assert found(wallet, "job lyon") == set()
    wallet.remove_tags(filled["weld"], ["Metal Work"])
    assert found(wallet, "metal") == set()


def test_search_does_not_treat_wildcards_specially(wallet: Wallet, filled: dict[str, str]) -> None:
    assert found(wallet, "%") == set()
    assert found(wallet, "_") == set()
    assert len(names(wallet, search="   ")) == 4


def test_filters(wallet: Wallet, filled: dict[str, str]) -> None:
    assert set(names(wallet, tag="job")) == {"Welding", "python basics"}
    assert set(names(wallet, collection="For ACME")) == {"Écologie Urbaine", "python basics"}
    assert set(names(wallet, issuer="did:web:code")) == {"Welding", "python basics"}
    assert set(names(wallet, issuer="Code Club")) == {"Welding", "python basics"}
    assert names(wallet, status="verified") == ["python basics"]
    assert names(wallet, status="expired") == ["Écologie Urbaine"]
    assert set(names(wallet, status="unverified")) == {"Welding", None}
    assert names(wallet, tag="job", status="verified", search="basics") == ["python basics"]
    assert wallet.count(ListQuery(tag="job")) == 2
    assert wallet.count(ListQuery(status="unverified")) == 2
    assert wallet.count() == 4


def test_sorting_puts_missing_values_last_both_ways(wallet: Wallet, filled: dict[str, str]) -> None:
    assert names(wallet, sort=SortKey.NAME) == ["Écologie Urbaine", "python basics", "Welding", None]
    assert names(wallet, sort=SortKey.NAME, descending=True) == ["Welding", "python basics", "Écologie Urbaine", None]
    assert names(wallet, sort=SortKey.ISSUED) == ["python basics", "Écologie Urbaine", "Welding", None]
    assert names(wallet, sort=SortKey.ISSUED, descending=True)[:2] == ["Écologie Urbaine", "python basics"]
    assert names(wallet, sort=SortKey.ISSUER) == ["python basics", "Welding", "Écologie Urbaine", None]
    assert names(wallet, sort=SortKey.ADDED) == ["Écologie Urbaine", "python basics", "Welding", None]
    assert names(wallet, sort=SortKey.ADDED, descending=True) == [None, "Welding", "python basics", "Écologie Urbaine"]


def test_ties_are_broken_the_same_way_every_time(wallet: Wallet) -> None:
    ids = [add(wallet, n, name="Same", added_at="2026-01-01T00:00:00Z") for n in range(12)]
    first = [r.id for r in wallet.list(ListQuery(sort=SortKey.NAME))]
    assert first == sorted(ids)
    paged = [r.id for offset in range(0, 12, 5)
             for r in wallet.list(ListQuery(sort=SortKey.NAME, limit=5, offset=offset))]
    assert paged == first


def test_paging(wallet: Wallet) -> None:
    for n in range(7):
        add(wallet, n, name=f"Badge {n}", added_at=f"2026-01-01T00:00:0{n}Z")
    assert names(wallet, limit=3) == ["Badge 0", "Badge 1", "Badge 2"]
    assert names(wallet, limit=3, offset=6) == ["Badge 6"]
    assert names(wallet, offset=5) == ["Badge 5", "Badge 6"]
    assert names(wallet, limit=0) == []
    assert wallet.count(ListQuery(limit=2)) == 7
    with pytest.raises(UsageError):
        wallet.list(ListQuery(offset=-1))


def test_list_carries_tags_collections_and_outcome(wallet: Wallet, filled: dict[str, str]) -> None:
    [py] = wallet.list(ListQuery(search="python"))
    assert py.tags == ("job",)
    assert py.collections == ("For ACME",)
    assert py.outcome == "verified" and py.verified_at == "2026-02-02T00:00:00Z"
