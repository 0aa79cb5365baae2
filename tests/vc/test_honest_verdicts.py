"""Issue 9 §2: "failed" means a signature was computed and did not match; what Satchel cannot check is
"unknown", named; an engine bug is never a forgery; malformed input stays a format failure."""

from __future__ import annotations

import base64
import copy
import json
import logging

import pytest

from satchel.i18n import render_check
from satchel.model import CheckName, CheckStatus, Outcome
from satchel.vc import suites
from tests.conftest import corpus_dir
from tests.vc.corpus_helpers import load, make_verifier

PEER = corpus_dir() / "peer"
VALID = PEER / "cred-valid-eddsa-rdfc-2022-ob3.json"
EXPIRED = PEER / "cred-expired-eddsa-ob3.json"
N, S = CheckName, CheckStatus


def _with_proof(path, **changes):
    cred = load(path)
    cred["proof"] = {**cred["proof"], **changes}
    return cred


def _verify(tmp_path, document):
    return make_verifier(tmp_path).verify_credential(document)


@pytest.mark.parametrize(("changes", "named"), [
    ({"cryptosuite": "bbs-2023"}, "bbs-2023"),
    ({"type": "JsonWebSignature2020", "cryptosuite": None}, "JsonWebSignature2020"),
    ({"type": "SomeFutureProof2031", "cryptosuite": None}, "SomeFutureProof2031"),
])
def test_an_unsupported_suite_is_unknown_and_named(tmp_path, changes, named):
    proof_changes = {k: v for k, v in changes.items() if v is not None}
    cred = _with_proof(VALID, **proof_changes)
    if changes.get("cryptosuite", "") is None:
        del cred["proof"]["cryptosuite"]
    report = _verify(tmp_path, cred)
    signature = report.check(N.SIGNATURE)
    assert signature.status is S.UNKNOWN and signature.message == "signature.unsupported_suite"
    assert render_check(signature) == f"Satchel cannot check {named} signatures yet."
    assert render_check(signature, "fr") == f"Satchel ne sait pas encore vérifier les signatures {named}."
    assert report.check(N.ISSUER_KEY).message == "issuer_key.skipped_unchecked"
    assert report.outcome is Outcome.UNKNOWN


def test_an_unchecked_signature_is_never_authentic_but_expired(tmp_path):
    report = _verify(tmp_path, _with_proof(EXPIRED, cryptosuite="bbs-2023"))
    assert report.outcome is Outcome.UNKNOWN  # was "expired" (authentic, but expired)
    expiry = report.check(N.EXPIRY)  # still listed, without claiming authenticity
    assert expiry.status is S.FAILED and expiry.message == "expiry.failed_unverified"
    assert "authentic" not in render_check(expiry)


def test_a_checked_signature_on_an_expired_credential_is_expired(tmp_path):
    report = _verify(tmp_path, load(EXPIRED))
    assert report.outcome is Outcome.EXPIRED and report.check(N.EXPIRY).message == "expiry.failed"


def test_status_is_not_checked_when_the_signature_could_not_be(tmp_path):
    cred = _with_proof(PEER / "cred-status-active-eddsa.json", cryptosuite="bbs-2023")
    status = _verify(tmp_path, cred).check(N.STATUS)
    assert status.status is S.UNKNOWN and status.message == "revocation.not_checked"


@pytest.mark.parametrize("method", [
    "did:example:nobody#key-1",  # a DID method Satchel does not resolve
    "did:key:z6MkrUubHgafNYGSRUtVCkzWhHPtk7aP12D2rZbBmSP2svaz#no-such-key",  # not in the DID document
])
def test_an_unresolvable_verification_method_is_unknown(tmp_path, method):
    report = _verify(tmp_path, _with_proof(VALID, verificationMethod=method))
    signature = report.check(N.SIGNATURE)
    assert signature.status is S.UNKNOWN and signature.message == "signature.key_unresolved"
    assert method in render_check(signature)
    assert report.outcome is Outcome.UNKNOWN


def test_a_tampered_credential_still_fails(tmp_path):
    report = _verify(tmp_path, load(PEER / "cred-tampered-name-eddsa.json"))
    assert report.check(N.SIGNATURE).message == "signature.failed" and report.outcome is Outcome.FAILED


def test_a_malformed_proof_is_a_format_failure_not_a_forgery(tmp_path):
    cred = load(VALID)
    del cred["proof"]["proofValue"]
    report = _verify(tmp_path, cred)
    assert report.check(N.FORMAT).status is S.FAILED and report.check(N.FORMAT).message == "format.bad_proof"
    assert report.check(N.SIGNATURE).message == "signature.not_checked"
    assert report.outcome is Outcome.INVALID


@pytest.mark.parametrize("error", [TypeError, AttributeError, KeyError, IndexError, ValueError])
def test_a_bug_inside_a_suite_is_unknown_and_logged(tmp_path, monkeypatch, caplog, error):
    suite = suites.find_suite(load(VALID)["proof"])

    def broken(*args, **kwargs):
        raise error("a bug in Satchel")
    monkeypatch.setattr(type(suite), "verify", broken)
    with caplog.at_level(logging.ERROR):
        report = _verify(tmp_path, load(VALID))
    signature = report.check(N.SIGNATURE)
    assert signature.status is S.UNKNOWN and signature.message == "signature.engine_error"
    assert render_check(signature).startswith("Satchel could not finish this check")
    assert report.outcome is Outcome.UNKNOWN
    assert any(r.exc_info and r.exc_info[0] is error for r in caplog.records)


@pytest.mark.parametrize("error", [TypeError, AttributeError, KeyError])
def test_a_bug_anywhere_in_the_engine_is_unknown_and_logged(tmp_path, monkeypatch, caplog, error):
    from satchel.vc import engine

    def broken(*args, **kwargs):
        raise error("a bug in Satchel")
    monkeypatch.setattr(engine, "credential_shape", broken)
    with caplog.at_level(logging.ERROR):
        report = _verify(tmp_path, load(VALID))
    assert report.outcome is Outcome.UNKNOWN
    assert report.check(N.FORMAT).message == "format.engine_error"
    assert any(r.exc_info and r.exc_info[0] is error for r in caplog.records)


@pytest.mark.parametrize("text", ['{"@context": ', "[1, 2]", '"just text"', "\ud800"])
def test_garbled_input_is_still_a_format_failure(tmp_path, text):
    report = _verify(tmp_path, text)
    assert report.outcome is Outcome.INVALID and report.check(N.FORMAT).status is S.FAILED


def test_a_deeply_nested_document_is_malformed_not_a_bug(tmp_path):
    cred = load(VALID)
    inner = cred["credentialSubject"]
    for _ in range(5000):
        inner = {"x": inner}
    cred["credentialSubject"] = inner
    report = _verify(tmp_path, cred)
    assert report.outcome is Outcome.INVALID


def test_a_presentation_holding_an_unsupported_suite_is_unknown(tmp_path):
    vp = load(PEER / "vp-assertionmethod-purpose.json")
    vp = copy.deepcopy(vp)
    child = _with_proof(VALID, cryptosuite="bbs-2023")
    vp["verifiableCredential"] = [child]
    report = make_verifier(tmp_path).verify_presentation(vp)
    assert report.credentials[0].outcome is Outcome.UNKNOWN


def _vp(tmp_path, **proof_changes):
    vp = load(PEER / "vp-assertionmethod-purpose.json")
    proof = vp["proof"] if isinstance(vp["proof"], dict) else vp["proof"][0]
    proof.update(proof_changes)
    proof["proofPurpose"] = "authentication"
    return make_verifier(tmp_path).verify_presentation(vp)


def test_a_presentation_signed_with_an_unsupported_suite_is_unknown_and_named(tmp_path):
    report = _vp(tmp_path, cryptosuite="bbs-2023")
    holder = report.check(N.HOLDER)
    assert holder.status is S.UNKNOWN and holder.message == "holder.unsupported_suite"
    assert render_check(holder).startswith("Satchel cannot check bbs-2023 signatures yet")
    assert report.outcome is Outcome.UNKNOWN


def test_a_presentation_whose_holder_key_cannot_be_found_is_unknown(tmp_path):
    report = _vp(tmp_path, verificationMethod="did:example:nobody#key-1")
    holder = report.check(N.HOLDER)
    assert holder.status is S.UNKNOWN and holder.message == "holder.key_unresolved"
    assert "did:example:nobody#key-1" in render_check(holder)


def test_a_presentation_with_a_wrong_holder_signature_still_fails(tmp_path):
    report = make_verifier(tmp_path).verify_presentation(load(PEER / "vp-tampered-proofvalue.json"),
                                                         challenge="x")
    assert report.check(N.HOLDER).status is S.FAILED and report.outcome is Outcome.FAILED
    assert report.check(N.HOLDER).message == "holder.failed"  # computed, and it does not match


def test_a_presentation_whose_proof_is_malformed_is_invalid_not_a_forgery(tmp_path):
    report = _vp(tmp_path, proofValue="not-multibase")
    holder = report.check(N.HOLDER)
    assert (holder.status, holder.message) == (S.FAILED, "holder.bad_proof") and report.outcome is Outcome.INVALID
    assert "malformed" in render_check(holder) and "mal formée" in render_check(holder, "fr")


@pytest.mark.parametrize("alg", ["PS256", "ES512", "EdDSA448"])
def test_a_vc_jwt_with_an_algorithm_satchel_lacks_is_unknown_and_named(tmp_path, alg):
    token = (corpus_dir() / "extra" / "vcjwt-valid-eddsa.jwt").read_text().strip()
    head, payload, signature = token.split(".")
    header = json.loads(base64.urlsafe_b64decode(head + "=="))
    head = base64.urlsafe_b64encode(json.dumps({**header, "alg": alg}).encode()).rstrip(b"=").decode()
    report = _verify(tmp_path, f"{head}.{payload}.{signature}")
    check = report.check(N.SIGNATURE)
    assert check.status is S.UNKNOWN and render_check(check) == f"Satchel cannot check {alg} signatures yet."
    assert report.outcome is Outcome.UNKNOWN


@pytest.mark.parametrize("alg", ["none", "HS256", "hs512"])
def test_a_vc_jwt_with_a_refused_algorithm_is_invalid_not_a_forgery(tmp_path, alg):
    token = (corpus_dir() / "extra" / "vcjwt-valid-eddsa.jwt").read_text().strip()
    head, payload, signature = token.split(".")
    header = json.loads(base64.urlsafe_b64decode(head + "=="))
    head = base64.urlsafe_b64encode(json.dumps({**header, "alg": alg}).encode()).rstrip(b"=").decode()
    report = _verify(tmp_path, f"{head}.{payload}.{signature}")
    assert report.check(N.FORMAT).message == "format.bad_alg" and report.outcome is Outcome.INVALID
    # nothing was computed: the issuer-key line must not blame a signature that was never checked
    assert report.check(N.ISSUER_KEY).message == "issuer_key.skipped_invalid"
    assert render_check(report.check(N.ISSUER_KEY)) == "Not checked, because the credential is not valid (see above)."
    assert "signature" not in render_check(report.check(N.ISSUER_KEY), "fr")


def test_checks_skipped_after_an_unchecked_signature_never_say_it_was_invalid(tmp_path):
    """Whatever format built them (OB 2.0, JAdES...), 'skipped' sentences blame an invalid signature."""
    from satchel.vc import checks
    from satchel.vc.datamodel import Shape

    verifier = make_verifier(tmp_path)
    shape = Shape(checks.ok(N.FORMAT, "ob2_ok"), "ob2", "https://issuer.example/", None)
    unchecked = checks.unknown(N.SIGNATURE, "skipped")
    report = verifier.finish({}, shape, unchecked, checks.unknown(N.ISSUER_KEY, "skipped"), with_status=True,
                             details={}, status=checks.unknown(N.STATUS, "skipped"))
    assert report.check(N.ISSUER_KEY).message == "issuer_key.skipped_unchecked"
    assert report.check(N.STATUS).message == "revocation.not_checked"
    forged = checks.failed(N.SIGNATURE, "hosted_mismatch")
    report = verifier.finish({}, shape, forged, checks.unknown(N.ISSUER_KEY, "skipped"), with_status=True,
                             details={}, status=checks.unknown(N.STATUS, "skipped"))
    assert report.check(N.ISSUER_KEY).message == "issuer_key.skipped"
    assert report.check(N.STATUS).message == "revocation.skipped"


def test_checks_skipped_after_an_invalid_credential_say_it_is_not_valid_not_forged(tmp_path):
    """A malformed document or a key that is not the issuer's is Invalid: the skipped issuer-key and
    status lines say "not valid", never "the signature is not valid" or "not authentic"."""
    from satchel.vc import checks
    from satchel.vc.datamodel import Shape

    verifier = make_verifier(tmp_path)
    shape = Shape(checks.ok(N.FORMAT, "ob2_ok"), "ob2", "https://issuer.example/", None)
    malformed = checks.failed(N.FORMAT, "bad_proof", reason="x")
    report = verifier.finish({"credentialStatus": {}}, shape, malformed, checks.unknown(N.ISSUER_KEY, "skipped"),
                             with_status=True, details={})
    assert report.check(N.ISSUER_KEY).message == "issuer_key.skipped_invalid"
    assert report.check(N.STATUS).message == "revocation.skipped_invalid"
    assert report.outcome is Outcome.INVALID
    report = verifier.finish({}, shape, checks.ok(N.SIGNATURE, "ok"), checks.failed(N.ISSUER_KEY, "failed"),
                             with_status=True, details={}, status=checks.unknown(N.STATUS, "skipped"))
    assert report.check(N.STATUS).message == "revocation.skipped_invalid"
    assert render_check(report.check(N.STATUS), "fr") == "Non vérifié, car le badge n'est pas valide."
    assert report.outcome is Outcome.INVALID


@pytest.mark.parametrize("vector", ["employ", "prc"])
def test_the_w3c_ecdsa_sd_2023_vectors_without_their_vocabulary_are_unknown(tmp_path, vector):
    """ecdsa-sd-2023 is supported (tests/vc_core/test_ecdsa_sd_vectors.py), but these vectors use a vocabulary
    Satchel does not bundle: the proof is not checked and the vocabulary is named."""
    path = corpus_dir() / "public" / "vc-di-ecdsa" / "TestVectors" / "ecdsa-sd-2023" / vector
    report = _verify(tmp_path, (path / "derivedRevealDocument.json").read_text(encoding="utf-8"))
    assert report.check(N.SIGNATURE).message == "signature.vocabulary_missing"
    assert report.check(N.FORMAT).message == "format.unknown_context"
    assert report.outcome is Outcome.UNKNOWN


@pytest.mark.parametrize("value", ["not-multibase", "z0OIl", "x123"])
def test_a_proof_value_that_is_not_multibase_is_malformed_not_a_mismatch(tmp_path, value):
    report = _verify(tmp_path, _with_proof(VALID, proofValue=value))
    assert report.check(N.FORMAT).message == "format.bad_proof" and report.outcome is Outcome.INVALID
    assert report.check(N.SIGNATURE).status is S.UNKNOWN


@pytest.mark.parametrize("assertion_id", ["http://badges.example.org/assertions/1", None])
def test_a_hosted_ob2_assertion_without_an_https_id_is_unknown_not_a_mismatch(tmp_path, assertion_id):
    """Satchel downloads only https:// addresses: nothing was compared, so nothing 'differs'."""
    case = next(e for e in load(corpus_dir() / "public" / "manifest.json")
                if e["file"].endswith("test_components/2_0_basic_assertion.json"))
    assertion = load(corpus_dir() / "public" / case["file"])
    if assertion_id is None:
        del assertion["id"]
    else:
        assertion["id"] = assertion_id
    report = make_verifier(tmp_path).verify_credential(assertion)
    signature = report.check(N.SIGNATURE)
    assert signature.status is S.UNKNOWN and signature.message == "signature.hosted_not_https"
    assert "https://" in render_check(signature) and report.outcome is Outcome.UNKNOWN
