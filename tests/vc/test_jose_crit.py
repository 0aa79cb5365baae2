"""JOSE ``crit`` (RFC 7515 §4.1.11): Satchel understands no extension, and an empty list is invalid.

Any token carrying ``crit`` — even ``[]`` — must not verify, and the importer refuses an empty or
non-list ``crit`` as malformed.
"""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from satchel.crypto import decode_secret_multikey
from satchel.errors import Malformed
from satchel.formats import split_compact_jws
from satchel.model import CheckName, CheckStatus, Outcome
from tests.conftest import corpus_dir
from tests.vc.corpus_helpers import load, make_verifier
from tests.vc.test_jades_seals import _checks, _edc_payload, _seal, _verifier
from tests.vc.test_jades_seals import seal_keys as seal_keys  # the seal fixture, shared

PEER, EXTRA = corpus_dir() / "peer", corpus_dir() / "extra"
ISSUER = load(PEER / "keys" / "issuer-ed25519.json")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _vc_jwt(**extra_header) -> str:
    """A VC-JWT signed by a did:jwk made from the corpus issuer key, with ``extra_header`` added."""
    secret = decode_secret_multikey(ISSUER["secretKeyMultibase"])[1]
    key = Ed25519PrivateKey.from_private_bytes(secret)
    x = _b64(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    did = "did:jwk:" + _b64(json.dumps({"kty": "OKP", "crv": "Ed25519", "x": x}, separators=(",", ":")).encode())
    original = (EXTRA / "vcjwt-valid-eddsa.jwt").read_text().strip()
    payload = json.loads(base64.urlsafe_b64decode(original.split(".")[1] + "=="))
    payload["iss"] = did
    payload["vc"]["issuer"]["id"] = did
    header = {"alg": "EdDSA", "typ": "JWT", "kid": f"{did}#0", **extra_header}
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(payload).encode())}"
    return f"{signing_input}.{_b64(key.sign(signing_input.encode()))}"


def test_the_control_token_verifies(tmp_path):
    report = make_verifier(tmp_path).verify_credential(_vc_jwt())
    assert report.outcome is Outcome.VERIFIED, report.to_dict()


@pytest.mark.parametrize("crit", [[], ["exp"], ["b64"], "b64", None])
def test_a_token_with_crit_never_verifies(tmp_path, crit):
    report = make_verifier(tmp_path).verify_credential(_vc_jwt(crit=crit))
    refusals = {c.message for c in report.checks if c.status is CheckStatus.FAILED}
    assert refusals & {"format.bad_alg", "signature.bad_alg"}, report.to_dict()  # refused, not computed
    assert report.outcome is not Outcome.VERIFIED and not report.passed


@pytest.mark.parametrize("crit", [[], "b64", None, [""], [1]])
def test_the_importer_refuses_an_invalid_crit(crit):
    with pytest.raises(Malformed, match="crit"):
        split_compact_jws(_vc_jwt(crit=crit))


def test_the_importer_lets_a_listed_extension_through_for_the_verifier_to_refuse():
    header, _, _, _ = split_compact_jws(_vc_jwt(crit=["exp"], exp=1))
    assert header["crit"] == ["exp"]


@pytest.mark.parametrize("crit", [None, [], {}])
def test_a_jades_seal_with_a_null_or_empty_crit_never_verifies(tmp_path, seal_keys, crit):
    key, cert, _ = seal_keys
    report = _verifier(tmp_path).verify_credential(_seal(_edc_payload(), key, cert, crit=crit))
    assert _checks(report)[CheckName.SIGNATURE] is not CheckStatus.OK


@pytest.mark.parametrize("crit", [None, [], ["b64", "missing"]])
def test_the_importer_refuses_a_jades_seal_with_an_invalid_crit(seal_keys, crit):
    from satchel.formats import parse
    key, cert, _ = seal_keys
    with pytest.raises(Malformed, match="crit"):
        parse(_seal(_edc_payload(), key, cert, crit=crit).encode())
    assert parse(_seal(_edc_payload(), key, cert).encode()).credentials  # a valid seal still imports
