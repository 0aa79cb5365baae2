"""Schema 5: stored verdicts by today's rules. The kept v4 wallet (made by two older Satchels, see
make_v4_fixture.py) holds rows stored as ``failed`` although no signature failed; on unlock they read
``invalid`` with today's skipped sentences, exactly what verifying them again says, while a truly
not-authentic row and a verified one keep every byte. Unreadable or missing reports keep what they have;
the upgrade is all or nothing; a restored v4 backup goes through the same step."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlcipher3

from satchel.clock import FixedClock, parse_instant
from satchel.model import CheckStatus, ListQuery, VerificationReport
from satchel.services import Satchel, verifying
from satchel.store import RestoreSummary, Wallet, schema
from tests.store.conftest import PASSPHRASE, file_sha256
from tests.store.make_v4_fixture import BACKUP, BACKUP_PASSPHRASE, FILES, NOW, TARGET, fixture_bytes
from tests.store.make_v4_fixture import PASSPHRASE as V4_PASSPHRASE

# The verdict each row has once upgraded (what verifying its bytes again today says).
EXPECTED = {"alg-none": "invalid", "bad-proof-status": "invalid", "swapped-key": "invalid", "hs256": "invalid",
            "tampered": "failed", "valid": "verified"}
_ROWS = """SELECT t.tag, c.outcome, c.verified_at, p.report_json FROM credentials c
           JOIN credential_payloads p ON p.credential_id = c.id JOIN tags t ON t.credential_id = c.id"""


def _raw(path: Path, passphrase: str = V4_PASSPHRASE) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    return conn


def _stored(path: Path, passphrase: str = V4_PASSPHRASE) -> dict[str, tuple[str, str, str | None]]:
    """Each fixture row by its tag: (outcome, verified_at, report JSON), read without upgrading anything."""
    conn = _raw(path, passphrase)
    try:
        return {tag: (outcome, at, report) for tag, outcome, at, report in conn.execute(_ROWS)}
    finally:
        conn.close()


@pytest.fixture
def v4_copy(tmp_path: Path) -> Path:
    target = tmp_path / "home" / "wallet.satchel"
    target.parent.mkdir()
    shutil.copyfile(TARGET, target)
    return target


def _messages(report_json: str | None) -> list[str]:
    return [check["message"] for check in json.loads(report_json or "{}")["checks"]]


def _assert_as_older_satchels_wrote(rows: dict[str, tuple[str, str, str | None]]) -> None:
    """The fixture's premise: rows stored as ``failed`` although no signature failed, old skipped lines."""
    assert {tag: outcome for tag, (outcome, _, _) in rows.items()} == {
        "alg-none": "failed", "bad-proof-status": "failed", "swapped-key": "failed", "hs256": "invalid",
        "tampered": "failed", "valid": "verified"}
    assert "issuer_key.skipped" in _messages(rows["alg-none"][2])
    assert {"issuer_key.skipped", "revocation.skipped"} <= set(_messages(rows["bad-proof-status"][2]))
    assert "issuer_key.skipped" in _messages(rows["hs256"][2])


def test_unlocking_gives_stored_verdicts_todays_meaning(v4_copy: Path) -> None:
    before = _stored(v4_copy)
    _assert_as_older_satchels_wrote(before)
    with Wallet.open(v4_copy, V4_PASSPHRASE) as wallet:  # no reader needed from version 4 on
        assert wallet.schema_version == schema.current_version() == 5
        by_tag = {record.tags[0]: record for record in wallet.list()}
        assert {tag: record.outcome for tag, record in by_tag.items()} == EXPECTED
        assert [r.tags[0] for r in wallet.list(ListQuery(status="failed"))] == ["tampered"]
    after = _stored(v4_copy, V4_PASSPHRASE)
    assert {tag: at for tag, (_, at, _) in after.items()} == {tag: at for tag, (_, at, _) in before.items()}
    assert _messages(after["alg-none"][2])[2] == "issuer_key.skipped_invalid"
    assert _messages(after["bad-proof-status"][2])[2] == "issuer_key.skipped_invalid"
    assert "revocation.skipped_invalid" in _messages(after["bad-proof-status"][2])
    assert "issuer_key.skipped_invalid" in _messages(after["hs256"][2])
    assert json.loads(after["swapped-key"][2] or "")["outcome"] == "invalid"
    # a signature that did not match stays "not authentic", sentences and all; a verified row is untouched
    assert after["tampered"] == before["tampered"] and "issuer_key.skipped" in _messages(after["tampered"][2])
    assert after["valid"] == before["valid"]


def test_each_upgraded_report_is_what_verifying_it_again_says(v4_copy: Path) -> None:
    app = Satchel(v4_copy.parent, clock=FixedClock(parse_instant(NOW)), offline=True)
    app.unlock(V4_PASSPHRASE)  # the services' unlock runs the upgrade
    try:
        records = app.list()
        assert len(records) == len(FILES)
        for listed in records:
            record = app.get(listed.id)  # with its bytes (a listing leaves them out)
            assert record.raw == fixture_bytes(record.tags[0])
            stored = app.report(record.id)
            again = verifying.verify_raw_credential(app.verifier(), record.raw, record.signed_form)
            assert stored is not None and record.outcome == stored.outcome.value == again.outcome.value
            assert [(c.name, c.status, c.message) for c in stored.checks] == \
                [(c.name, c.status, c.message) for c in again.checks], record.tags
    finally:
        app.lock()


def test_rows_without_a_readable_report_keep_what_they_have(v4_copy: Path) -> None:
    broken = '{"kind": "credential", "checks": [{"name": "format", "status": "failed", "message": "format.'
    foreign = json.dumps({"kind": "credential", "verified_at": "2026-11-29T00:00:00+00:00", "outcome": "failed",
                          "checks": [{"name": "a_future_check", "status": "failed", "message": "x.y"},
                                     {"name": "issuer_key", "status": "unknown", "message": "issuer_key.skipped"}]})
    conn = _raw(v4_copy)
    for sql, args in (
            ("UPDATE credential_payloads SET report_json = ? WHERE credential_id = "
             "(SELECT credential_id FROM tags WHERE tag = 'alg-none')", (broken,)),
            ("UPDATE credential_payloads SET report_json = ? WHERE credential_id = "
             "(SELECT credential_id FROM tags WHERE tag = 'swapped-key')", (foreign,)),
            ("UPDATE credential_payloads SET report_json = NULL WHERE credential_id = "
             "(SELECT credential_id FROM tags WHERE tag = 'bad-proof-status')", ())):
        conn.execute(sql, args)
    conn.close()
    before = _stored(v4_copy)
    with Wallet.open(v4_copy, V4_PASSPHRASE) as wallet:
        assert wallet.schema_version == 5 and wallet.count() == len(FILES)
    after = _stored(v4_copy)
    for tag in ("alg-none", "swapped-key", "bad-proof-status"):
        assert after[tag] == before[tag] and after[tag][0] == "failed"
    assert after["hs256"][0] == "invalid" and "issuer_key.skipped_invalid" in _messages(after["hs256"][2])


def test_a_failing_upgrade_changes_nothing(v4_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = file_sha256(v4_copy)
    calls = []

    def fails_on_the_third_row(report_json: str | None) -> object:
        calls.append(report_json)
        if len(calls) == 3:
            raise RuntimeError("bug while upgrading")
        return real(report_json)

    real = schema.current_verdict
    monkeypatch.setattr(schema, "current_verdict", fails_on_the_third_row)
    with pytest.raises(RuntimeError, match="bug while upgrading"):
        Wallet.open(v4_copy, V4_PASSPHRASE)
    assert file_sha256(v4_copy) == before  # the two rows already upgraded were rolled back too
    monkeypatch.undo()

    def later_step_fails(conn: object) -> None:
        raise RuntimeError("a later step fails")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, later_step_fails])
    with pytest.raises(RuntimeError, match="a later step fails"):
        Wallet.open(v4_copy, V4_PASSPHRASE)
    assert file_sha256(v4_copy) == before
    monkeypatch.undo()
    with Wallet.open(v4_copy, V4_PASSPHRASE) as wallet:
        assert wallet.schema_version == 5
        assert {r.tags[0]: r.outcome for r in wallet.list()} == EXPECTED


def test_an_upgraded_wallet_opens_again_unchanged(v4_copy: Path) -> None:
    Wallet.open(v4_copy, V4_PASSPHRASE).close()
    once = _stored(v4_copy)
    assert once != _stored(TARGET)
    Wallet.open(v4_copy, V4_PASSPHRASE).close()
    assert _stored(v4_copy) == once


def test_restoring_a_v4_backup_gives_its_verdicts_todays_meaning(tmp_path: Path) -> None:
    before = file_sha256(BACKUP)
    with Wallet.create(tmp_path / "new" / "w.satchel", PASSPHRASE) as fresh:
        assert fresh.import_backup(BACKUP, BACKUP_PASSPHRASE) == RestoreSummary(added=len(FILES), skipped=0)
        by_tag = {record.tags[0]: record for record in fresh.list()}
        assert {tag: record.outcome for tag, record in by_tag.items()} == EXPECTED
        report = VerificationReport.from_dict(json.loads(by_tag["bad-proof-status"].report_json or ""))
        assert [c.message for c in report.checks if c.status is CheckStatus.UNKNOWN and "skipped" in c.message] \
            == ["issuer_key.skipped_invalid", "revocation.skipped_invalid"]
    assert file_sha256(BACKUP) == before  # the backup itself is never changed
