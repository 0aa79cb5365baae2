"""Every verdict of the interop corpus (peer/, extra/, public/), with the engine fully offline.

Expectations are read from the corpus manifests, never copied by hand. ``accept`` means the outcome is
VERIFIED; anything else (failed, expired, revoked, unknown, an import refusal) is a rejection.
"""

from __future__ import annotations

import socket

import pytest

from satchel import formats
from satchel.errors import ImportRefused
from satchel.model import Outcome
from tests.conftest import corpus_dir
from tests.vc.corpus_helpers import load, make_verifier

CORPUS = corpus_dir()
PEER, EXTRA, PUBLIC = CORPUS / "peer", CORPUS / "extra", CORPUS / "public"


@pytest.fixture(autouse=True)
def no_sockets_at_all(monkeypatch):
    """Stricter than the suite-wide guard: not even loopback may be touched here."""
    def refuse(self, address):
        raise AssertionError(f"the engine tried to open a connection to {address!r}")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: (_ for _ in ()).throw(
        AssertionError("the engine tried to resolve a host name")))


def _ids(cases):
    return [f"{c['file']}-{i}-{c['expect']}" for i, c in enumerate(cases)]


PEER_CASES = load(PEER / "expected.json")["cases"]
EXTRA_CASES = load(EXTRA / "expected.json")["cases"]
PUBLIC_CASES = [e for e in load(PUBLIC / "manifest.json") if e.get("satchel_expect")]


def _verdict(report) -> str:
    return "accept" if report.outcome is Outcome.VERIFIED and report.passed else "reject"


@pytest.mark.parametrize("case", PEER_CASES, ids=_ids(PEER_CASES))
def test_peer_case(case, tmp_path):
    args = case["args"]
    verifier = make_verifier(tmp_path, docs=args.get("docs"), base=PEER)
    if case["kind"] in ("vpqr", "vpqr-png"):  # DCC VPQR codes: decoded by satchel.share, then verified
        from satchel import share
        from satchel.vc.jsonld import bundled_context
        path = PEER / case["file"]
        text = share.scan_image(path.read_bytes())[0] if case["kind"] == "vpqr-png" else path.read_text()
        document = share.decode_payload(text.strip(), loader=bundled_context)
    else:
        document = load(PEER / case["file"])
    if case["kind"] in ("presentation", "vpqr", "vpqr-png"):
        report = verifier.verify_presentation(
            document, challenge=args.get("challenge"), domain=args.get("domain"),
            unsigned_ok=bool(args.get("unsignedOk")), purpose=args.get("purpose", "authentication"))
    else:
        report = verifier.verify_credential(document)
    assert _verdict(report) == case["expect"], (case["reason"], report.to_dict())


@pytest.mark.parametrize("case", EXTRA_CASES, ids=_ids(EXTRA_CASES))
def test_extra_case(case, tmp_path):
    verifier = make_verifier(tmp_path)
    try:
        parsed = formats.parse((EXTRA / case["file"]).read_bytes(), filename=case["file"])
    except ImportRefused:
        assert case["expect"] == "reject", case["reason"]
        return
    reports = [verifier.verify_credential(c.verifiable, signed_form=c.signed_form) for c in parsed.credentials]
    assert reports
    verdict = "accept" if all(_verdict(r) == "accept" for r in reports) else "reject"
    assert verdict == case["expect"], (case["reason"], [r.to_dict() for r in reports])


def _public_reports(case, verifier):
    path = PUBLIC / case["file"]
    data = path.read_bytes()
    if case["kind"] == "baked-png":
        parsed = formats.parse(data, filename=path.name)
        return [verifier.verify_credential(c.verifiable, signed_form=c.signed_form) for c in parsed.credentials]
    return [verifier.verify_credential(data.decode("utf-8"))]


@pytest.mark.parametrize("case", PUBLIC_CASES, ids=[c["file"] for c in PUBLIC_CASES])
def test_public_case(case, tmp_path):
    verifier = make_verifier(tmp_path, now=case.get("now"), docs=case.get("docs"), base=PUBLIC)
    try:
        reports = _public_reports(case, verifier)
    except ImportRefused:
        assert case["satchel_expect"] != "accept", case["expect_reason"]
        return
    verdict = "accept" if reports and all(_verdict(r) == "accept" for r in reports) else "reject"
    expected = case["satchel_expect"]
    if expected == "proof-only":  # their proofs are checked step by step in CORE's tests
        assert verdict == "reject", (case["satchel_reason"], [r.to_dict() for r in reports])
    else:
        assert verdict == expected, (case.get("satchel_reason") or case["expect_reason"],
                                     [r.to_dict() for r in reports])
