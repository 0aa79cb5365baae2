"""Recruiter mode's "open a presentation file" takes an SD-JWT VC presentation (``jwt~disclosures~kb-jwt``), as
`satchel verify` does: its key binding JWT answers the challenge, is judged by its age (five minutes), and the
verification is kept in the history."""

from __future__ import annotations

from datetime import timedelta

import pytest

from satchel.clock import FixedClock
from satchel.errors import ImportRefused
from satchel.model import CheckName, CheckStatus, Outcome
from satchel.net import OfflineFetcher
from satchel.services import Recruiter
from satchel.vc.sd_jwt_present import present
from tests.vc.corpus_helpers import DEFAULT_NOW
from tests.vc.test_sd_jwt_vc import HOLDER, HOLDER_SECRET, NOW, issue


def _desk(tmp_path, minutes_later: int) -> Recruiter:
    clock = FixedClock(DEFAULT_NOW + timedelta(minutes=minutes_later))
    return Recruiter(tmp_path / "desk", clock=clock, fetcher=OfflineFetcher())


@pytest.fixture
def answer(tmp_path):
    path = tmp_path / "answer.txt"
    path.write_text(present(issue(), ["/achievement/name"], secret=HOLDER_SECRET, did=HOLDER, aud=HOLDER,
                            nonce="K7Q4-M2ZX", iat=NOW) + "\n")
    return path


def test_a_fresh_sd_jwt_answer_file_is_verified_and_kept(tmp_path, answer):
    desk = _desk(tmp_path, 1)
    result = desk.verify_presentation_file(answer, challenge="K7Q4-M2ZX")
    assert result.report.outcome is Outcome.VERIFIED, result.report.to_dict()
    assert result.report.check(CheckName.CHALLENGE).message == "challenge.ok"
    assert result.report.credentials[0].title == "Data Literacy"
    assert [e["outcome"] for e in desk.history_entries()] == ["verified"]
    # the holder is named from the credential's cnf key (its did:key), so the report and history say who it was
    assert result.report.holder == HOLDER and desk.history_entries()[0]["holder"] == HOLDER
    assert result.report.credentials[0].check(CheckName.HOLDER_BINDING).status is CheckStatus.OK


def test_a_stale_sd_jwt_answer_file_is_too_old(tmp_path, answer):
    desk = _desk(tmp_path, 10)
    report = desk.verify_presentation_file(answer, challenge="K7Q4-M2ZX").report
    check = report.check(CheckName.CHALLENGE)
    assert (check.status, check.message) == (CheckStatus.FAILED, "challenge.sd_jwt_stale")
    assert report.outcome is Outcome.INVALID and report.check(CheckName.HOLDER).status is CheckStatus.OK
    assert desk.history_entries()[0]["outcome"] == "invalid"  # answered too late: nothing was forged


def test_a_file_that_is_neither_json_nor_an_sd_jwt_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("eyJhbGciOi~not a credential~")
    with pytest.raises(ImportRefused):
        _desk(tmp_path, 0).verify_presentation_file(path)
