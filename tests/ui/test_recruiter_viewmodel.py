"""Recruiter mode's view-model without a browser: verdicts, cards, status-list ages, history rows, the
live-scan loop (with a scripted camera and a fake clock) and the FR/EN strings."""

from __future__ import annotations

import asyncio
import string
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import pytest

from satchel.errors import ScanError
from satchel.model import Check, CheckName, CheckStatus, Outcome, VerificationReport
from satchel.ui import strings_recruiter
from satchel.ui.strings import tr
from satchel.ui.viewmodels import recruiter as vm

WHEN = datetime(2026, 11, 25, 9, 30, tzinfo=timezone.utc)
HOLDER = "did:key:z6Mktearv3dessmQyYVedXPhnrDAHVUukoujiwaQjMmaeRYo"


def _check(name: CheckName, status: str, message: str, params=None, details=None) -> Check:
    return Check(name, CheckStatus(status), message, params or {}, details or {})


def _credential(*, expiry="ok", status_check: Check | None = None, trust="warning") -> VerificationReport:
    checks = [
        _check(CheckName.FORMAT, "ok", "format.ok"),
        _check(CheckName.SIGNATURE, "ok", "signature.ok", {"suite": "eddsa-rdfc-2022"}),
        _check(CheckName.EXPIRY, expiry, "expiry.ok" if expiry == "ok" else "expiry.failed", {"date": "2025-01-01"}),
        status_check or _check(CheckName.STATUS, "ok", "revocation.none"),
        _check(CheckName.ISSUER_TRUST, trust, "issuer_trust.ok" if trust == "ok" else "issuer_trust.unlisted",
               {"issuer": "Example Institute", "name": "Example Institute"}),
    ]
    return VerificationReport("credential", "urn:uuid:1", tuple(checks), WHEN, issuer="did:key:zIssuer",
                              title="Teamwork Fundamentals")


def _presentation(*, holder="ok", challenge="ok", expected="K7Q4-M2ZX", credential=None) -> VerificationReport:
    message = {"ok": "challenge.ok", "failed": "challenge.failed", "warning": "challenge.unbound"}[challenge]
    checks = (
        _check(CheckName.FORMAT, "ok", "format.presentation_ok"),
        _check(CheckName.HOLDER, holder, "holder.ok" if holder == "ok" else "holder.failed"),
        _check(CheckName.CHALLENGE, challenge, message, details={"expected": expected, "found": "X"}),
        _check(CheckName.CREDENTIALS, "ok", "credentials.ok_one", {"count": 1}),
    )
    return VerificationReport("presentation", None, checks, WHEN, credentials=(credential or _credential(),),
                              holder=HOLDER)


# -- verdict ----------------------------------------------------------------------------------------
def test_answered_challenge_and_genuine_credentials_is_green_and_names_the_code():
    v = vm.verdict(_presentation(), "en")
    assert (v.level, v.key, v.code) == ("ok", "recruiter.verdict.ok", "K7Q4-M2ZX")
    assert "K7Q4-M2ZX" in tr(v.key, "en", code=v.code)
    assert v.lines[0] == "The presentation is signed by its holder."
    assert v.lines[1] == "The presentation answers your request."


def test_wrong_challenge_is_red_in_plain_words_even_when_credentials_are_fine():
    v = vm.verdict(_presentation(challenge="failed"), "fr")
    assert (v.level, v.key) == ("failed", "recruiter.verdict.wrong_challenge")
    assert tr(v.key, "fr", code=v.code).startswith("Pas faite pour vous")
    assert "défi ne correspond pas" in v.lines[1]


def test_the_right_challenge_answered_too_long_ago_is_red_and_says_so():
    """An SD-JWT presentation whose key binding JWT is stale (vc/sd_jwt.kb_challenge_check)."""
    stale = _check(CheckName.CHALLENGE, "failed", "challenge.sd_jwt_stale",
                   {"signed": "2026-11-25 08:10 UTC", "max": 5}, {"expected": "K7Q4-M2ZX", "found": "K7Q4-M2ZX"})
    report = _presentation()
    report = VerificationReport("presentation", None, (report.checks[0], report.checks[1], stale, report.checks[3]),
                                WHEN, credentials=report.credentials, holder=HOLDER)
    v = vm.verdict(report, "en")
    assert (v.level, v.key, v.code) == ("failed", "recruiter.verdict.stale", "K7Q4-M2ZX")
    assert tr(v.key, "en", code=v.code).startswith("Too old: this presentation answers your challenge K7Q4-M2ZX")
    assert tr(v.key, "fr", code=v.code).startswith("Trop ancienne")
    assert "2026-11-25 08:10 UTC, more than 5 minutes" in v.lines[1]


def test_unproven_holder_comes_before_everything_else():
    v = vm.verdict(_presentation(holder="failed", challenge="failed"), "en")
    assert (v.level, v.key) == ("failed", "recruiter.verdict.holder")


def test_holder_proven_without_a_challenge_is_amber():
    assert vm.verdict(_presentation(challenge="warning", expected=None), "en").key == "recruiter.verdict.ok_no_code"
    assert vm.verdict(_presentation(challenge="warning"), "en").key == "recruiter.verdict.unbound"


def test_expired_credential_is_amber_and_revoked_is_red():
    expired = _presentation(credential=_credential(expiry="failed"))
    assert (vm.verdict(expired, "en").level, vm.verdict(expired, "en").key) == ("warning", "recruiter.verdict.expired")
    revoked = _presentation(credential=_credential(
        status_check=_check(CheckName.STATUS, "failed", "revocation.revoked")))
    assert (vm.verdict(revoked, "en").level, vm.verdict(revoked, "en").key) == ("failed", "recruiter.verdict.revoked")


def _credential_with(**statuses: str) -> VerificationReport:
    base = _credential()
    found = tuple(Check(c.name, CheckStatus(statuses.get(c.name.value, c.status.value)), c.message, c.params)
                  for c in base.checks)
    return VerificationReport("credential", "urn:uuid:1", found, WHEN, issuer="did:key:zIssuer")


@pytest.mark.parametrize("challenge", ["ok", "warning", "warning-no-code"])
@pytest.mark.parametrize("statuses", [{"signature": "unknown"}, {"signature": "unknown", "expiry": "failed"},
                                      {"status": "unknown"}, {"expiry": "failed"}])
def test_genuine_only_when_the_outcome_is_verified_whatever_the_challenge(challenge, statuses):
    """Issue 9 §2: an unchecked signature (or an expired credential) never reads "genuine"."""
    report = _presentation(challenge=challenge.split("-")[0], credential=_credential_with(**statuses),
                           expected=None if challenge.endswith("no-code") else "K7Q4-M2ZX")
    v = vm.verdict(report, "en")
    assert v.level == "warning" and v.key in ("recruiter.verdict.unknown", "recruiter.verdict.expired")
    assert "genuine" not in tr(v.key, "en", code=v.code).lower()
    assert "authentique" not in tr(v.key, "fr", code=v.code).lower()


def test_the_headlines_that_say_genuine_are_only_those_of_a_verified_outcome():
    genuine = {key for key, text in strings_recruiter.STRINGS.items()
               if key.startswith("recruiter.verdict.") and ("genuine" in text["en"].lower()
                                                            or "holds these" in text["en"])}
    # the headlines verdict() gives only after every non-verified outcome has been named
    assert genuine <= {"recruiter.verdict.ok", "recruiter.verdict.ok_no_code", "recruiter.verdict.unbound",
                       "recruiter.verdict.not_bound"}


# -- cards, status lists, holder --------------------------------------------------------------------
def test_credential_card_has_issuer_name_trust_and_worded_checks():
    (card,) = vm.credential_cards(_presentation(), "fr")
    assert card.title == "Teamwork Fundamentals" and card.issuer_name == "Example Institute"
    assert card.trusted is False and card.status == "verified"
    assert [c.status for c in card.checks] == ["ok", "ok", "ok", "ok", "warning"]
    assert card.checks[1].sentence == "La signature est valide (eddsa-rdfc-2022)."
    (trusted,) = vm.credential_cards(_presentation(credential=_credential(trust="ok")), "en")
    assert trusted.trusted is True


def test_status_lists_come_from_the_check_details_with_their_download_time():
    copy = {"url": "https://lists.example.edu/status/3", "fetched_at": "2026-11-24T17:05:00Z", "from_cache": True}
    other = {"url": "https://other.example.org/l", "fetched_at": "2026-11-25T08:00:00Z", "from_cache": False}
    check = _check(CheckName.STATUS, "ok", "revocation.ok",
                   details={"copy": copy, "entries": [{"details": {"copy": copy}}, {"details": {"copy": other}}]})
    lists = vm.status_lists(_credential(status_check=check), "fr")
    assert [(s.host, s.fetched, s.from_cache) for s in lists] == [
        ("lists.example.edu", "24 nov. 2026, 17:05 UTC", True), ("other.example.org", "25 nov. 2026, 08:00 UTC", False)]
    assert vm.status_lists(_credential(), "en") == ()


def test_short_did_keeps_both_ends():
    assert vm.short_did(HOLDER) == "did:key:z6Mktear…maeRYo"
    assert vm.short_did("did:web:a.b") == "did:web:a.b" and vm.short_did(None) == ""


# -- history ----------------------------------------------------------------------------------------
def test_history_rows_and_reports_read_back():
    report = _presentation()
    entries = [{"at": "2026-11-25T09:30:00+00:00", "holder": HOLDER, "outcome": "verified", "challenge": "K7Q4-M2ZX",
                "report": report.to_dict()},
               {"at": "garbage", "holder": None, "outcome": "strange", "challenge": None, "report": {"kind": 1}}]
    rows = vm.history_rows(entries, "en")
    assert rows[0] == vm.HistoryRow(0, "25 Nov 2026, 09:30 UTC", "did:key:z6Mktear…maeRYo", "verified", "K7Q4-M2ZX")
    assert (rows[1].holder, rows[1].status, rows[1].challenge) == ("?", "unverified", None)
    assert vm.entry_report(entries[0]) == report
    assert vm.entry_report(entries[1]) is None


# -- small helpers ----------------------------------------------------------------------------------
def test_scan_hint_parts_and_no_code_advice():
    assert vm.scan_hint(2, 0, 0) is None
    assert vm.scan_hint(vm.NO_CODE_SECONDS, 0, 0) == ("recruiter.camera_no_code", {})
    assert vm.scan_hint(30, 2, 3) == ("recruiter.camera_parts", {"received": 2, "total": 3})
    assert tr("recruiter.camera_parts", "en", received=2, total=3).startswith("Parts 2 of 3")
    assert vm.parts_fraction(1, 4) == 0.25 and vm.parts_fraction(1, 1) is None


def test_camera_source_and_file_kinds():
    assert vm.camera_source("1") == 1 and vm.camera_source(None) == 0
    assert vm.camera_source(" /tmp/clip.mp4 ") == "/tmp/clip.mp4"
    assert vm.is_image_path("/x/QR.PNG") and not vm.is_image_path("/x/vp.json")
    assert vm.report_file_name(_presentation(), "pdf") == "verification-20261125-093000.pdf"


# -- live scan loop ---------------------------------------------------------------------------------
@dataclass
class Update:
    preview_jpeg: bytes | None
    received: int
    total: int
    result: Any = None
    ended: bool = False
    other_code: bool = False


class ScriptedCamera:
    def __init__(self, clock, updates):
        self.clock, self.updates, self.closed = clock, list(updates), False

    def step(self):
        self.clock.now += 1.0  # one second per picture: the no-code advice shows up after a few
        return self.updates.pop(0)

    def close(self):
        self.closed = True


class Clock:
    now = 100.0

    def __call__(self):
        return self.now


async def _inline(fn, *args):
    return fn(*args)


def _drive(open_scan, keep_going=lambda: True, clock=None):
    shown: list[vm.LiveView] = []
    final = asyncio.run(vm.drive_live(open_scan, shown.append, keep_going, clock=clock or Clock(), run=_inline))
    return final, shown


def test_live_loop_shows_parts_then_hands_over_the_result():
    clock = Clock()
    camera = ScriptedCamera(clock, [Update(b"a", 0, 0), Update(b"b", 1, 3), Update(b"c", 2, 3),
                                    Update(b"d", 3, 3, result="RESULT")])
    final, shown = _drive(lambda: camera, clock=clock)
    assert final.phase == "done" and final.result == "RESULT" and final.preview is None
    assert camera.closed
    assert [v.phase for v in shown][:2] == ["starting", "live"]
    assert any(v.hint == ("recruiter.camera_parts", {"received": 2, "total": 3}) for v in shown)
    assert any(v.preview == b"c" for v in shown)


def test_live_loop_advises_when_no_code_is_seen_and_stops_on_request():
    clock = Clock()
    camera = ScriptedCamera(clock, [Update(b"x", 0, 0)] * 20)
    calls = iter(range(100))
    final, shown = _drive(lambda: camera, keep_going=lambda: next(calls) < 12, clock=clock)
    assert any(v.hint == ("recruiter.camera_no_code", {}) for v in shown)
    assert not any(v.hint for v in shown if v.seconds < vm.NO_CODE_SECONDS)
    assert final.phase == "stopped" and final.preview is None and camera.closed  # never a frozen picture


def test_live_loop_reports_a_missing_camera_and_an_ended_source():
    def no_camera():
        raise ScanError("No camera could be opened.")
    final, shown = _drive(no_camera)
    assert final.phase == "failed" and isinstance(final.error, ScanError) and shown[-1] == final
    camera = ScriptedCamera(Clock(), [Update(None, 0, 0, ended=True)])
    final, _ = _drive(lambda: camera)
    assert final.phase == "ended" and camera.closed


def test_live_loop_turns_a_verification_error_into_refused():
    class Broken(ScriptedCamera):
        def step(self):
            raise ScanError("The QR code does not hold a presentation.")
    camera = Broken(Clock(), [])
    final, _ = _drive(lambda: camera)
    assert final.phase == "refused" and camera.closed


# -- strings ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("key", sorted(strings_recruiter.STRINGS))
def test_every_recruiter_string_has_french_and_english_with_the_same_placeholders(key):
    entry = strings_recruiter.STRINGS[key]
    assert key.startswith("recruiter.") and entry.get("en") and entry.get("fr")
    fields = [{f for _, f, _, _ in string.Formatter().parse(entry[lang]) if f} for lang in ("en", "fr")]
    assert fields[0] == fields[1]
    assert tr(key, "fr") != f"ui.{key}"  # registered


def test_banner_code_never_wraps_at_its_hyphen():
    assert vm.unbreakable("K7Q4-M2ZX") == "K7Q4\u2011M2ZX"


def test_a_credential_not_bound_to_the_candidate_and_not_checked_is_never_called_genuine():
    base = _credential_with(signature="unknown")
    binding = _check(CheckName.HOLDER_BINDING, "warning", "holder_binding.other_did", {"subject": "did:key:zOther"})
    child = VerificationReport("credential", "urn:uuid:1", (*base.checks, binding), WHEN, issuer="did:key:zIssuer")
    v = vm.verdict(_presentation(credential=child), "en")
    assert v.key == "recruiter.verdict.unknown" and "genuine" not in tr(v.key, "en").lower()


def test_the_binding_check_of_one_credential_is_found_for_its_card():
    binding = _check(CheckName.HOLDER_BINDING, "failed", "holder_binding.other_did", {"subject": "did:key:zOther"})
    bound = VerificationReport("credential", "urn:uuid:1", (*_credential().checks, binding), WHEN,
                               issuer="did:key:zIssuer")
    assert vm.binding_check(bound).status is CheckStatus.FAILED
    assert vm.binding_check(_credential()) is None  # no such check: the card claims nothing either way


def test_a_history_entry_an_older_satchel_stored_as_not_authentic_reads_by_todays_rules():
    """An older Satchel stored 'failed' (Not authentic) and 'issuer_key.skipped' for a presentation whose holder
    proof was only malformed: the row's chip and the reopened report say Invalid, as the report's checks do now."""
    def check(name: str, status: str, message: str) -> dict[str, Any]:
        return {"name": name, "status": status, "message": message, "params": {}, "details": {}}
    child = {"kind": "credential", "subject": None, "verified_at": "2026-11-20T10:00:00+00:00", "outcome": "failed",
             "checks": [check("format", "failed", "format.bad_alg"), check("signature", "unknown",
                        "signature.not_checked"), check("issuer_key", "unknown", "issuer_key.skipped")]}
    old = {"kind": "presentation", "subject": None, "verified_at": "2026-11-20T10:00:00+00:00", "outcome": "failed",
           "checks": [check("holder", "failed", "holder.bad_proof")], "credentials": [child]}
    entry = {"at": "2026-11-20T10:00:00+00:00", "holder": HOLDER, "outcome": "failed", "report": old}
    [row] = vm.history_rows([entry], "en")
    assert row.status == "invalid"
    report = vm.entry_report(entry)
    assert report is not None and report.outcome is Outcome.INVALID
    assert report.credentials[0].check(CheckName.ISSUER_KEY).message == "issuer_key.skipped_invalid"
