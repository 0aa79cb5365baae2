"""A stored report read by today's rules: the outcome derived again from its checks, the skipped sentences an
older verifier wrote after a malformed document or a foreign key replaced by today's, and nothing else."""

from __future__ import annotations

import json
from typing import Any

import pytest

from satchel.model import Outcome
from satchel.model.stored_report import current_verdict, dumps, with_current_sentences


def _check(name: str, status: str, message: str, **details: Any) -> dict[str, Any]:
    return {"name": name, "status": status, "message": message, "params": {}, "details": details}


def _report(*checks: dict[str, Any], outcome: str = "failed", children: tuple[dict[str, Any], ...] = (),
            kind: str = "credential") -> dict[str, Any]:
    return {"kind": kind, "subject": "urn:uuid:1", "outcome": outcome, "passed": False,
            "verified_at": "2026-11-20T10:00:00+00:00", "issuer": "did:example:issuer", "holder": None,
            "title": "Badge", "checks": list(checks), "credentials": list(children), "details": {"alg": "none"}}


FORMAT_BAD = _check("format", "failed", "format.bad_alg", reason="x")
FORMAT_OK = _check("format", "ok", "format.ok")
NOT_CHECKED = _check("signature", "unknown", "signature.not_checked")
MISMATCH = _check("signature", "failed", "signature.failed", method="did:jwk:x#0")
SIGNATURE_OK = _check("signature", "ok", "signature.ok")
KEY_SKIPPED = _check("issuer_key", "unknown", "issuer_key.skipped", kid="did:jwk:x#0")
STATUS_SKIPPED = _check("status", "unknown", "revocation.skipped")
DATES = (_check("not_before", "ok", "not_before.ok"), _check("issuer_trust", "unknown", "issuer_trust.unproven"))


def _messages(report: dict[str, Any]) -> list[str]:
    return [check["message"] for check in report["checks"]]


def test_after_a_malformed_document_the_skipped_lines_say_not_valid_and_the_outcome_is_invalid() -> None:
    old = _report(FORMAT_BAD, NOT_CHECKED, KEY_SKIPPED, *DATES, STATUS_SKIPPED)
    new = with_current_sentences(old)
    assert _messages(new) == ["format.bad_alg", "signature.not_checked", "issuer_key.skipped_invalid",
                              "not_before.ok", "issuer_trust.unproven", "revocation.skipped_invalid"]
    assert new["outcome"] == "invalid"
    # only the message keys and the outcome changed: statuses, details, every other field are kept
    assert new["checks"][2] == {**KEY_SKIPPED, "message": "issuer_key.skipped_invalid"}
    assert {k: v for k, v in new.items() if k not in ("checks", "outcome")} == \
        {k: v for k, v in old.items() if k not in ("checks", "outcome")}
    assert old["checks"][2]["message"] == "issuer_key.skipped" and old["outcome"] == "failed"  # input untouched


def test_a_key_that_is_not_the_issuers_makes_the_status_line_say_not_valid() -> None:
    foreign = _check("issuer_key", "failed", "issuer_key.failed")
    new = with_current_sentences(_report(FORMAT_OK, SIGNATURE_OK, foreign, STATUS_SKIPPED))
    assert _messages(new)[-1] == "revocation.skipped_invalid" and new["outcome"] == "invalid"


def test_a_signature_that_did_not_match_keeps_its_sentences_and_stays_not_authentic() -> None:
    old = _report(FORMAT_OK, MISMATCH, KEY_SKIPPED, *DATES, STATUS_SKIPPED)
    assert with_current_sentences(old) == old
    verdict = current_verdict(dumps(old))
    assert verdict is not None and verdict.outcome is Outcome.FAILED
    assert verdict.report_json is None  # nothing to write


def test_skipped_lines_with_nothing_failed_say_not_checked() -> None:
    """Today's verifier writes "could not be checked" when the signature was not checked and nothing failed."""
    new = with_current_sentences(_report(FORMAT_OK, NOT_CHECKED, KEY_SKIPPED, STATUS_SKIPPED, outcome="unknown"))
    assert _messages(new)[2:] == ["issuer_key.skipped_unchecked", "revocation.not_checked"]
    assert new["outcome"] == "unknown"


def test_a_failed_signature_that_computed_nothing_is_not_a_mismatch() -> None:
    malformed = _check("signature", "failed", "signature.sd_jwt_disclosure_malformed")
    new = with_current_sentences(_report(FORMAT_OK, malformed, KEY_SKIPPED, STATUS_SKIPPED))
    assert _messages(new)[2:] == ["issuer_key.skipped_unchecked", "revocation.skipped_invalid"]
    assert new["outcome"] == "invalid"


def test_each_report_inside_a_presentation_is_read_with_its_own_signature() -> None:
    holder_ok = _check("holder", "ok", "holder.ok")
    invalid_child = _report(FORMAT_BAD, NOT_CHECKED, KEY_SKIPPED, STATUS_SKIPPED)
    forged_child = _report(FORMAT_OK, MISMATCH, KEY_SKIPPED, STATUS_SKIPPED)
    new = with_current_sentences(_report(holder_ok, _check("credentials", "failed", "credentials.failed"),
                                         kind="presentation", children=(invalid_child, forged_child)))
    first, second = new["credentials"]
    assert _messages(first)[2:] == ["issuer_key.skipped_invalid", "revocation.skipped_invalid"]
    assert first["outcome"] == "invalid"
    assert second == forged_child
    assert new["outcome"] == "failed"  # a credential inside is not authentic: so is the presentation
    only_invalid = with_current_sentences(_report(holder_ok, kind="presentation", children=(invalid_child,)))
    assert only_invalid["outcome"] == "invalid"
    # the presentation's own holder signature did not match: the child's lines are still its own
    forged_holder = _check("holder", "failed", "holder.failed")
    new = with_current_sentences(_report(forged_holder, kind="presentation", children=(invalid_child,)))
    assert _messages(new["credentials"][0])[2] == "issuer_key.skipped_invalid" and new["outcome"] == "failed"


def test_current_verdict_rewrites_only_what_changed() -> None:
    old = _report(FORMAT_BAD, NOT_CHECKED, KEY_SKIPPED, *DATES)
    verdict = current_verdict(dumps(old))
    assert verdict is not None and verdict.outcome is Outcome.INVALID
    assert verdict.report_json is not None
    assert json.loads(verdict.report_json) == with_current_sentences(old)
    # a report already by today's rules: same outcome, nothing to write
    assert current_verdict(verdict.report_json) == type(verdict)(Outcome.INVALID, None)
    # only the stored outcome field is out of date (a foreign key, no skipped line): rewritten too
    foreign = _report(FORMAT_OK, SIGNATURE_OK, _check("issuer_key", "failed", "issuer_key.failed"))
    verdict = current_verdict(dumps(foreign))
    assert verdict is not None and json.loads(verdict.report_json or "") == {**foreign, "outcome": "invalid"}


def test_text_is_kept_as_written() -> None:
    text = dumps(_report(FORMAT_BAD, KEY_SKIPPED) | {"title": "Compétences numériques"})
    assert "Compétences" in text and ": " not in text
    verdict = current_verdict(text)
    assert verdict is not None and "Compétences numériques" in (verdict.report_json or "")


@pytest.mark.parametrize("text", [
    None, "", "not json", "[1, 2]", '"text"', "{}",
    json.dumps(_report(FORMAT_BAD, KEY_SKIPPED) | {"verified_at": "yesterday"}),
    json.dumps(_report(FORMAT_BAD, _check("no_such_check", "failed", "x.y"), KEY_SKIPPED)),
    json.dumps(_report(FORMAT_BAD, _check("format", "broken", "format.ok"))),
    json.dumps(_report(FORMAT_BAD, KEY_SKIPPED) | {"checks": ["format"]}),
    json.dumps(_report(FORMAT_BAD, KEY_SKIPPED, children=({"checks": []},))),
    "[" * 100_000 + "]" * 100_000,
])
def test_a_report_that_cannot_be_read_has_no_verdict(text: str | None) -> None:
    assert current_verdict(text) is None
