"""SD-JWT VCs: recognised and stored as received, verified against the issuer's own metadata."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest
from joserfc import jws
from joserfc.jwk import ECKey

from satchel import formats
from satchel.clock import FixedClock
from satchel.i18n import render_check
from satchel.model import CredentialFormat, Outcome, SignedForm
from satchel.vc.cache import DocumentCache
from satchel.vc.documents import DocumentSource
from satchel.vc.engine import Verifier

from .fakes import NOW, FakeHttp, reply

ISS = "https://issuer.example"
META = f"{ISS}/.well-known/jwt-vc-issuer"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def disclosure(name: str, value) -> str:
    return b64(json.dumps(["salt-" + name, name, value]).encode())


def digest(d: str) -> str:
    return b64(hashlib.sha256(d.encode()).digest())


def sd_jwt(key: ECKey, *, extra_disclosure: bool = False, iss: str = ISS, typ: str = "dc+sd-jwt", **claims) -> str:
    given, family = disclosure("given_name", "Ada"), disclosure("family_name", "Lovelace")
    payload = {"iss": iss, "vct": "https://vct.example/badge", "iat": int(NOW.timestamp()) - 60,
               "exp": int(NOW.timestamp()) + 3600, "achievement_name": "Interop", "issuer_name": "Academy",
               "_sd_alg": "sha-256", "_sd": [digest(given), digest(family)], **claims}
    token = jws.serialize_compact({"alg": "ES256", "typ": typ, "kid": "k1"}, json.dumps(payload).encode(), key,
                                  algorithms=["ES256"])
    parts = [token, given, family] + ([disclosure("email", "a@b")] if extra_disclosure else [])
    return "~".join(parts) + "~"


def verifier(tmp_path, routes) -> Verifier:
    clock = FixedClock(NOW)
    source = DocumentSource(DocumentCache(tmp_path / "cache", clock), FakeHttp(routes), clock)
    return Verifier(clock=clock, source=source)


def metadata(key: ECKey, issuer: str = ISS) -> dict:
    return {"issuer": issuer, "jwks": {"keys": [{**key.as_dict(private=False), "kid": "k1"}]}}


def test_sd_jwt_vc_is_parsed_with_its_disclosed_claims_and_kept_verbatim():
    token = sd_jwt(ECKey.generate_key("P-256"))
    [cred] = formats.parse(token.encode()).credentials
    assert (cred.format, cred.signed_form) == (CredentialFormat.SD_JWT_VC, SignedForm.SD_JWT_VC)
    assert cred.raw == token.encode() and cred.verifiable == token
    assert cred.document["given_name"] == "Ada" and "_sd" not in cred.document
    d = cred.display
    assert (d.name, d.issuer_name, d.issuer_id, d.subject_name) == ("Interop", "Academy", ISS, "Ada Lovelace")


def test_verified_with_the_key_from_the_issuers_metadata(tmp_path):
    key = ECKey.generate_key("P-256")
    report = verifier(tmp_path, {("GET", META): reply(200, metadata(key))}).verify_credential(
        sd_jwt(key), signed_form=SignedForm.SD_JWT_VC)
    assert report.outcome is Outcome.VERIFIED and report.issuer == ISS and report.title == "Interop"


def test_another_key_fails(tmp_path):
    key = ECKey.generate_key("P-256")
    report = verifier(tmp_path, {("GET", META): reply(200, metadata(ECKey.generate_key("P-256")))}).verify_credential(
        sd_jwt(key), signed_form=SignedForm.SD_JWT_VC)
    assert report.outcome is Outcome.FAILED
    assert {c.name.value: c.status.value for c in report.checks}["signature"] == "failed"


def test_metadata_of_another_issuer_is_not_used(tmp_path):
    """Its keys are not this issuer's, so no signature is computed: unknown with the reason, not "not authentic"
    (even though the key it lists would match: using it would let any site vouch for any issuer)."""
    key = ECKey.generate_key("P-256")
    report = verifier(tmp_path, {("GET", META): reply(200, metadata(key, "https://evil.example"))}).verify_credential(
        sd_jwt(key), signed_form=SignedForm.SD_JWT_VC)
    assert report.outcome is Outcome.UNKNOWN
    checks = {c.name.value: c for c in report.checks}
    signature = checks["signature"]
    assert (signature.status.value, signature.message) == ("unknown", "signature.sd_jwt_metadata_other_issuer")
    assert signature.params == {"url": META, "named": "https://evil.example", "iss": ISS}
    assert checks["issuer_key"].message == "issuer_key.skipped_unchecked"
    assert "https://evil.example" in render_check(signature, "en") and "n'a pas pu" in render_check(signature, "fr")


def test_metadata_without_the_signing_key_is_unknown_not_failed(tmp_path):
    key = ECKey.generate_key("P-256")
    other = {"issuer": ISS, "jwks": {"keys": [{**key.as_dict(private=False), "kid": "k2"}]}}  # no "k1"
    report = verifier(tmp_path, {("GET", META): reply(200, other)}).verify_credential(
        sd_jwt(key), signed_form=SignedForm.SD_JWT_VC)
    assert report.outcome is Outcome.UNKNOWN
    checks = {c.name.value: c for c in report.checks}
    signature = checks["signature"]
    assert (signature.status.value, signature.message) == ("unknown", "signature.sd_jwt_metadata_no_key")
    assert signature.params == {"iss": ISS, "kid": "k1"}
    assert checks["issuer_key"].message == "issuer_key.skipped_unchecked"
    assert "k1" in render_check(signature, "en") and "k1" in render_check(signature, "fr")


def test_unreachable_metadata_is_unknown_not_failed(tmp_path):
    report = verifier(tmp_path, {}).verify_credential(sd_jwt(ECKey.generate_key("P-256")),
                                                      signed_form=SignedForm.SD_JWT_VC)
    assert report.outcome is Outcome.UNKNOWN
    assert {c.name.value: c.message for c in report.checks}["signature"] == "signature.key_unavailable"


def test_a_disclosure_not_covered_by_the_signature_is_malformed(tmp_path):
    key = ECKey.generate_key("P-256")
    report = verifier(tmp_path, {("GET", META): reply(200, metadata(key))}).verify_credential(
        sd_jwt(key, extra_disclosure=True), signed_form=SignedForm.SD_JWT_VC)
    assert report.outcome is Outcome.FAILED  # issue 13: a digest was computed and matches nothing the issuer signed
    signature = {c.name.value: c for c in report.checks}["signature"]
    assert signature.status.value == "failed" and "not referenced" in signature.details["reason"]


def test_a_status_claim_is_named_as_unreadable(tmp_path):
    key = ECKey.generate_key("P-256")
    token = sd_jwt(key, status={"status_list": {"idx": 3, "uri": "https://issuer.example/sl"}})
    report = verifier(tmp_path, {("GET", META): reply(200, metadata(key))}).verify_credential(
        token, signed_form=SignedForm.SD_JWT_VC)
    assert report.outcome is Outcome.UNKNOWN
    assert {c.name.value: c.message for c in report.checks}["status"] == "revocation.unsupported"


@pytest.mark.parametrize("typ", ["JWT", "sd+jwt"])
def test_a_token_that_is_not_an_sd_jwt_vc_is_malformed(tmp_path, typ):
    key = ECKey.generate_key("P-256")
    report = verifier(tmp_path, {("GET", META): reply(200, metadata(key))}).verify_credential(
        sd_jwt(key, typ=typ), signed_form=SignedForm.SD_JWT_VC)
    assert report.outcome is Outcome.INVALID  # a format failure: nothing computed


def test_an_sd_jwt_vc_is_not_signed_into_a_qr_presentation(tmp_path):
    from satchel.errors import ShareError
    from satchel.services import Satchel
    app = Satchel(tmp_path / "home", clock=FixedClock(NOW), offline=True)
    app.create_wallet("correct horse battery staple")
    [cred_id] = app.import_bytes(sd_jwt(ECKey.generate_key("P-256")).encode(), source="test").added
    with pytest.raises(ShareError, match="SD-JWT"):
        app.present([cred_id])


def test_presentations_are_signed_by_the_key_the_credential_is_bound_to(tmp_path):
    from satchel import crypto
    from satchel.exchange import dcql
    from satchel.services import Satchel
    from satchel.services.responding import signer_for
    app = Satchel(tmp_path / "home", clock=FixedClock(NOW), offline=True)
    first = app.create_wallet("correct horse battery staple")
    second = app.rotate_holder_key()
    keys = {k.did: k for k in app.holder_keys()}
    old_jwk = crypto.public_jwk(crypto.public_key_from_multikey(keys[first].public_multibase))
    issued_to_old = dcql.Candidate("a", "a", "ldp_vc", {"credentialSubject": {"id": first}})
    sd_to_old = dcql.Candidate("b", "b", "dc+sd-jwt", {"cnf": {"jwk": old_jwk}})
    unbound = dcql.Candidate("c", "c", "ldp_vc", {"credentialSubject": {"name": "Ada"}})
    assert signer_for(app, issued_to_old).did == first
    assert signer_for(app, sd_to_old).did == first
    assert signer_for(app, unbound).did == second  # the active key
