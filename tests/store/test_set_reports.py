"""Many verification results written in one transaction (`verify --all`)."""

from __future__ import annotations

from satchel.model import ListQuery
from tests.store.conftest import add


def test_set_reports_writes_all_rows_and_skips_deleted_ids(wallet):
    first, second, gone = add(wallet, 1), add(wallet, 2), add(wallet, 3)
    wallet.delete(gone)
    written = wallet.set_reports([
        (first, '{"outcome":"verified"}', "verified", "2026-11-29T12:00:00Z"),
        (gone, '{"outcome":"failed"}', "failed", "2026-11-29T12:00:00Z"),
        (second, '{"outcome":"expired"}', "expired", "2026-11-29T12:00:01Z"),
    ])
    assert written == 2
    rows = {r.id: (r.outcome, r.verified_at) for r in wallet.list(ListQuery())}
    assert rows == {first: ("verified", "2026-11-29T12:00:00Z"), second: ("expired", "2026-11-29T12:00:01Z")}
    assert wallet.get(second).report_json == '{"outcome":"expired"}'


def test_an_empty_batch_changes_nothing(wallet):
    cid = add(wallet, 1)
    assert wallet.set_reports([]) == 0
    assert wallet.get(cid).outcome is None
