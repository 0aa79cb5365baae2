"""A presentation carries at most 100 credentials, for import exactly as for verification."""

from __future__ import annotations

import json

import pytest

from satchel.errors import TooLarge
from satchel.formats import parse
from satchel.limits import MAX_CREDENTIALS_IN_PRESENTATION
from satchel.vc import engine

from ._builders import ob3_credential


def _vp(count: int) -> bytes:
    creds = [{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
              "issuer": "did:example:i", "credentialSubject": {"id": f"did:example:{i}"}} for i in range(count)]
    creds[0] = ob3_credential()
    return json.dumps({"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiablePresentation"],
                       "verifiableCredential": creds}).encode()


def test_import_and_verification_share_one_cap_of_100():
    assert MAX_CREDENTIALS_IN_PRESENTATION == 100
    assert engine.MAX_CREDENTIALS_IN_PRESENTATION is MAX_CREDENTIALS_IN_PRESENTATION


def test_a_presentation_of_100_credentials_is_read():
    assert len(parse(_vp(100)).credentials) == 100


@pytest.mark.parametrize("count", [101, 10_000])
def test_a_presentation_of_more_is_refused_in_one_sentence(count):
    with pytest.raises(TooLarge, match=f"{count} credentials.*at most 100"):
        parse(_vp(count))


def test_the_refusal_is_said_in_french_too():
    from satchel.i18n import render_error
    with pytest.raises(TooLarge) as caught:
        parse(_vp(101))
    assert render_error(caught.value, "fr") == ("Cette présentation contient 101 badges ; Satchel en accepte au plus "
                                                "100 par présentation.")


def test_verification_refuses_with_the_same_sentence_before_any_proof_work(tmp_path, monkeypatch):
    from satchel.clock import SystemClock
    from satchel.model import CheckName, CheckStatus
    from satchel.net import OfflineFetcher
    from satchel.vc.cache import DocumentCache
    from satchel.vc.documents import DocumentSource

    def no_proof_work(*args, **kwargs):
        raise AssertionError("the proofs of an over-cap presentation were checked")
    monkeypatch.setattr(engine, "verify_proofs", no_proof_work)
    clock = SystemClock()
    verifier = engine.Verifier(clock=clock, source=DocumentSource(DocumentCache(tmp_path, clock), OfflineFetcher(),
                                                                  clock))
    report = verifier.verify_presentation(json.loads(_vp(101)))
    check = report.check(CheckName.FORMAT)
    assert check.status is CheckStatus.FAILED and not report.passed
    assert "This presentation holds 101 credentials; Satchel takes at most 100" in check.details["reason"]
