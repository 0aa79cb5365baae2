"""Issue 9 §6: one JSON reader and one set of size limits for import (satchel.formats) and verification
(satchel.vc): what one accepts the other reads the same way, and what one refuses the other refuses."""

from __future__ import annotations

import base64
import json

import pytest

from satchel import formats
from satchel.errors import Malformed, TooDeep, TooLarge
from satchel.model import CheckStatus
from satchel.vc.jws import split_jws
from satchel.vc.safejson import loads
from tests.vc.corpus_helpers import make_verifier

MB = 1024 * 1024


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _token(payload_bytes: int) -> str:
    payload = {"iss": "did:example:issuer", "vc": {"padding": "x" * payload_bytes}}
    header = _b64(b'{"alg":"EdDSA"}')
    return f"{header}.{_b64(json.dumps(payload).encode())}.{_b64(b'sig')}"


DUPLICATE = '{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": "VerifiableCredential", ' \
            '"issuer": "did:example:a", "issuer": "did:example:b", "credentialSubject": {"id": "did:example:c"}}'


def test_duplicate_keys_are_refused_by_both_readers_with_the_same_sentence():
    with pytest.raises(Malformed) as by_import:
        formats.parse_json_safely(DUPLICATE)
    with pytest.raises(Malformed) as by_verifier:
        loads(DUPLICATE)
    assert by_import.value.message == by_verifier.value.message
    assert '"issuer" twice' in by_verifier.value.message


def test_the_verifier_reports_a_duplicate_key_as_malformed(tmp_path):
    report = make_verifier(tmp_path).verify_credential(DUPLICATE)
    assert report.checks[0].status is CheckStatus.FAILED
    assert "twice" in report.checks[0].params["reason"]


def test_a_3_mb_jwt_that_import_accepts_is_read_by_verification_too(tmp_path):
    token = _token(int(2.2 * MB))  # about 3 MB once base64url-encoded
    assert 2.9 * MB < len(token) < formats.MAX_BYTES
    assert formats.parse(token.encode()).credentials  # import keeps it…
    split_jws(token)  # …and the verifier reads it (it used to stop at 2,000,000 characters)
    report = make_verifier(tmp_path).verify_credential(token)
    assert "large" not in str(report.checks[0].params.get("reason", ""))


def test_a_token_over_the_one_limit_is_refused_by_both():
    token = _token(formats.MAX_BYTES)
    with pytest.raises(TooLarge):
        formats.parse(token.encode())
    with pytest.raises((TooLarge, Malformed)) as err:
        split_jws(token)
    assert "large" in err.value.message or "MB" in err.value.message


def test_the_verifiers_reader_has_the_importers_caps():
    with pytest.raises(TooDeep):
        loads("[" * (formats.MAX_DEPTH + 1) + "]" * (formats.MAX_DEPTH + 1))
    with pytest.raises(Malformed):
        loads('{"n": ' + "9" * 5000 + "}")
    with pytest.raises(Malformed):
        loads('{"s": "\\ud800"}')


def test_a_qr_payload_is_read_by_the_same_strict_reader():
    from satchel.errors import PayloadRefused
    from satchel.share.payload.codec import parse_presentation_json
    with pytest.raises(PayloadRefused, match="twice"):
        parse_presentation_json(DUPLICATE.encode())
    with pytest.raises(PayloadRefused, match="NaN"):
        parse_presentation_json(b'{"a": NaN}')
