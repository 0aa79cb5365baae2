"""SD-JWT VC verification with tokens built here (RFC 9901 §7.1 rules): each rule that can break is broken once.

The issuer is a did:key (Ed25519) or a certificate (x5c); the holder key binding uses a second Ed25519 key."""

from __future__ import annotations

import base64
import datetime
import hashlib
import json

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from satchel import crypto
from satchel.errors import ShareError, UsageError
from satchel.model import CheckName, CheckStatus, Outcome
from satchel.model.sd_jwt import select
from satchel.vc import sd_jwt
from satchel.vc.sd_jwt_present import holder_jwk, present
from tests.vc.corpus_helpers import DEFAULT_NOW, make_verifier

NOW = int(DEFAULT_NOW.timestamp())
ISSUER_SECRET, ISSUER_MK = crypto.generate_ed25519()
ISSUER = crypto.did_key_for(ISSUER_MK)
HOLDER_SECRET, HOLDER_MK = crypto.generate_ed25519()
HOLDER = crypto.did_key_for(HOLDER_MK)


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def disclosure(*items) -> str:
    return b64(json.dumps(list(items)).encode())


def digest(part: str) -> str:
    return b64(hashlib.sha256(part.encode()).digest())


def issue(payload_extra=None, *, disclosures=None, sd=None, header=None, sign=None) -> str:
    """An SD-JWT VC by ISSUER: given_name, email and achievement (with a disclosable name) hidden by default."""
    name = disclosure("s1", "name", "Data Literacy")
    parts = disclosures if disclosures is not None else [
        disclosure("s2", "given_name", "Ada"), disclosure("s3", "email", "ada@example.edu"),
        disclosure("s4", "achievement", {"_sd": [digest(name)], "level": "basic"}), name]
    payload = {"iss": ISSUER, "iat": NOW - 60, "exp": NOW + 3600, "vct": "https://example.org/badge",
               "cnf": {"jwk": holder_jwk(HOLDER_SECRET)}, "family_name": "Lovelace",
               "_sd": sd if sd is not None else [digest(p) for p in parts if p != name], "_sd_alg": "sha-256"}
    payload.update(payload_extra or {})
    head = header or {"alg": "EdDSA", "typ": "dc+sd-jwt", "kid": f"{ISSUER}#{ISSUER_MK}"}
    signing_input = f"{b64(json.dumps(head).encode())}.{b64(json.dumps(payload).encode())}"
    signature = (sign or (lambda data: crypto.sign_ed25519(ISSUER_SECRET, data)))(signing_input.encode())
    return "~".join([f"{signing_input}.{b64(signature)}", *parts]) + "~"


def statuses(report):
    return {c.name.value: c.status for c in report.checks}


def test_a_did_issued_sd_jwt_vc_verifies_and_says_nothing_was_withheld(tmp_path):
    report = make_verifier(tmp_path).verify_credential(issue())
    assert report.outcome is Outcome.VERIFIED, report.to_dict()
    assert report.checks[0].message == "format.sd_jwt_all"
    assert report.details["disclosed"] == ["/given_name", "/email", "/achievement", "/achievement/name"]


@pytest.mark.parametrize("mutate, reason, message, outcome", [
    (lambda parts: [*parts, disclosure("s9", "email", "mallory@example.org")], "not referenced",
     "signature.sd_jwt_disclosure", Outcome.FAILED),  # a digest computed and not signed: not authentic
    (lambda parts: [*parts, parts[0]], "given twice", "signature.sd_jwt_disclosure_malformed",
     Outcome.INVALID),  # malformed, nothing shows an alteration
])
def test_a_disclosure_the_issuer_did_not_sign_fails_the_signature(tmp_path, mutate, reason, message, outcome):
    token = issue()
    jwt, parts = token.split("~")[0], token.split("~")[1:-1]
    report = make_verifier(tmp_path).verify_credential("~".join([jwt, *mutate(parts)]) + "~")
    assert statuses(report)["signature"] is CheckStatus.FAILED
    assert reason in report.checks[1].details["reason"] and report.checks[1].message == message
    assert report.outcome is outcome


def test_a_digest_listed_twice_or_a_disclosure_replacing_a_claim_fails(tmp_path):
    given = disclosure("s2", "given_name", "Ada")
    twice = issue(disclosures=[given], sd=[digest(given), digest(given)])
    assert statuses(make_verifier(tmp_path).verify_credential(twice))["signature"] is CheckStatus.FAILED
    clash = disclosure("s5", "family_name", "Byron")
    replaced = issue(disclosures=[clash], sd=[digest(clash)])
    report = make_verifier(tmp_path).verify_credential(replaced)
    assert statuses(report)["signature"] is CheckStatus.FAILED
    assert "replace" in report.checks[1].details["reason"]


def test_a_changed_issuer_payload_fails_and_an_unknown_digest_algorithm_is_unknown(tmp_path):
    token = issue()
    jwt, rest = token.split("~", 1)
    head, body, sig = jwt.split(".")
    payload = json.loads(base64.urlsafe_b64decode(body + "=="))
    payload["family_name"] = "Byron"
    forged = f"{head}.{b64(json.dumps(payload).encode())}.{sig}~{rest}"
    assert statuses(make_verifier(tmp_path).verify_credential(forged))["signature"] is CheckStatus.FAILED
    report = make_verifier(tmp_path).verify_credential(issue({"_sd_alg": "sha3-256"}))
    assert statuses(report)["format"] is CheckStatus.UNKNOWN and report.outcome is Outcome.UNKNOWN


def test_expiry_and_an_unreadable_status_mechanism(tmp_path):
    expired = make_verifier(tmp_path).verify_credential(issue({"exp": NOW - 3600, "iat": NOW - 7200}))
    assert expired.outcome is Outcome.EXPIRED
    listed = issue({"status": {"status_list": {"idx": 3, "uri": "https://example.org/statuslists/1"}}})
    report = make_verifier(tmp_path).verify_credential(listed)
    assert statuses(report)["status"] is CheckStatus.UNKNOWN and report.outcome is Outcome.UNKNOWN


def test_an_x5c_signature_is_checked_but_the_issuer_key_stays_unknown(tmp_path):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "issuer.example.org")])
    start = DEFAULT_NOW - datetime.timedelta(days=1)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(start).not_valid_after(start + datetime.timedelta(days=30))
            .sign(key, hashes.SHA256()))
    der = cert.public_bytes(serialization.Encoding.DER)
    secret = key.private_numbers().private_value.to_bytes(32, "big")
    header = {"alg": "ES256", "typ": "dc+sd-jwt", "x5c": [base64.b64encode(der).decode()]}
    token = issue({"iss": "https://issuer.example.org"}, header=header,
                  sign=lambda data: crypto.sign_ecdsa(secret, "P-256", data))
    report = make_verifier(tmp_path).verify_credential(token)
    assert statuses(report)["signature"] is CheckStatus.OK
    assert statuses(report)["issuer_key"] is CheckStatus.UNKNOWN
    assert report.checks[2].message == "issuer_key.sd_jwt_x5c_untrusted"


def _x5c_issuer():
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "issuer.example.org")])
    start = DEFAULT_NOW - datetime.timedelta(days=1)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(start).not_valid_after(start + datetime.timedelta(days=30))
            .sign(key, hashes.SHA256()))
    secret = key.private_numbers().private_value.to_bytes(32, "big")
    return base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode(), secret


def _without_iss(header, sign=None):
    """The test credential signed again with its iss claim removed."""
    token = issue(header=header, sign=sign)
    payload = token.split("~")[0].split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    del claims["iss"]
    signing_input = f"{b64(json.dumps(header).encode())}.{b64(json.dumps(claims).encode())}"
    signer = sign or (lambda data: crypto.sign_ed25519(ISSUER_SECRET, data))
    rest = token.split("~")[1:]
    return "~".join([f"{signing_input}.{b64(signer(signing_input.encode()))}", *rest])


def test_no_iss_and_no_certificate_is_unknown_not_failed(tmp_path):
    """Nothing names a key, so no signature was computed: never 'not authentic'."""
    token = _without_iss({"alg": "EdDSA", "typ": "dc+sd-jwt"})
    report = make_verifier(tmp_path).verify_credential(token)
    signature = next(c for c in report.checks if c.name.value == "signature")
    assert signature.status is CheckStatus.UNKNOWN and signature.message == "signature.sd_jwt_no_iss"
    assert report.outcome is Outcome.UNKNOWN


def test_no_iss_but_a_certificate_still_checks_the_signature(tmp_path):
    der, secret = _x5c_issuer()
    header = {"alg": "ES256", "typ": "dc+sd-jwt", "x5c": [der]}
    token = _without_iss(header, sign=lambda data: crypto.sign_ecdsa(secret, "P-256", data))
    report = make_verifier(tmp_path).verify_credential(token)
    assert statuses(report)["signature"] is CheckStatus.OK
    issuer_key = next(c for c in report.checks if c.name.value == "issuer_key")
    assert "issuer.example.org" in issuer_key.params["issuer"]  # named by the certificate


def test_an_unreadable_certificate_is_unknown_not_failed(tmp_path):
    header = {"alg": "ES256", "typ": "dc+sd-jwt", "x5c": [base64.b64encode(b"not a certificate").decode()]}
    token = issue({"iss": "https://issuer.example.org"}, header=header)
    report = make_verifier(tmp_path).verify_credential(token)
    signature = next(c for c in report.checks if c.name.value == "signature")
    assert signature.status is CheckStatus.UNKNOWN and signature.message == "signature.sd_jwt_x5c_unreadable"


def test_an_https_issuer_without_its_metadata_is_unknown(tmp_path):
    token = issue({"iss": "https://issuer.example.org"}, header={"alg": "EdDSA", "typ": "dc+sd-jwt"})
    report = make_verifier(tmp_path).verify_credential(token)
    assert statuses(report)["signature"] is CheckStatus.UNKNOWN and report.outcome is Outcome.UNKNOWN


def _presentation(tmp_path, pointers, **kwargs):
    params = {"secret": HOLDER_SECRET, "did": HOLDER, "aud": "hr.example.org", "nonce": "n-1", "iat": NOW}
    params.update(kwargs)
    return present(issue(), pointers, **params)


def test_a_presentation_shows_only_the_chosen_claims_and_binds_the_key(tmp_path):
    token = _presentation(tmp_path, ["/achievement/name"])
    report = make_verifier(tmp_path).verify_presentation(token, challenge="n-1", domain="hr.example.org")
    assert report.outcome is Outcome.VERIFIED, report.to_dict()
    child = report.credentials[0]
    assert child.checks[0].message == "format.sd_jwt_withheld"
    assert child.details["disclosed"] == ["/achievement", "/achievement/name"]
    shown = [base64.urlsafe_b64decode(p + "==") for p in token.split("~")[1:-1]]
    assert len(shown) == 2 and not any(b"given_name" in d or b"email" in d for d in shown)
    wrong = make_verifier(tmp_path).verify_presentation(token, challenge="other", domain="hr.example.org")
    assert statuses(wrong)["challenge"] is CheckStatus.FAILED


def test_key_binding_faults_are_failed(tmp_path):
    verifier = make_verifier(tmp_path)
    no_kb = issue()
    assert statuses(verifier.verify_presentation(no_kb))["holder"] is CheckStatus.FAILED
    future = _presentation(tmp_path, None, iat=NOW + 3600)
    assert statuses(verifier.verify_presentation(future, challenge="n-1"))["holder"] is CheckStatus.FAILED
    other_secret, other_mk = crypto.generate_ed25519()
    with pytest.raises(ShareError):
        _presentation(tmp_path, None, secret=other_secret, did=crypto.did_key_for(other_mk))


def test_select_reveals_parents_and_refuses_unknown_pointers():
    parsed = sd_jwt.parse(issue())
    kept = select(parsed, ["/achievement/name", "/family_name"])
    assert len(kept.split("~")) == 4  # jwt, achievement, name, trailing empty part
    with pytest.raises(UsageError):
        select(parsed, ["/birthdate"])


def test_the_recruiter_reads_the_shown_claims_and_that_others_were_withheld(tmp_path):
    from satchel.i18n import render_check
    token = _presentation(tmp_path, ["/achievement/name"])
    report = make_verifier(tmp_path).verify_presentation(token, challenge="n-1", domain="hr.example.org")
    line = render_check(report.credentials[0].checks[0], "en")
    assert "achievement › name: Data Literacy" in line and "withheld by the holder" in line
    assert "Ada" not in line
    assert "masquées par le titulaire" in render_check(report.credentials[0].checks[0], "fr")
    assert report.credentials[0].title == "Data Literacy"  # the recruiter's card names it


# -- key binding JWT age (RFC 9901 §7.3: iat "within an acceptable window") ------------------------------------
def _verifier_at(tmp_path, seconds_after: int):
    """A verifier whose (injected) clock reads ``seconds_after`` the presentation was made."""
    return make_verifier(tmp_path, now=(DEFAULT_NOW + datetime.timedelta(seconds=seconds_after)).isoformat())


@pytest.mark.parametrize("age, challenge, status, message", [
    (299, "n-1", CheckStatus.OK, "challenge.ok"),  # within five minutes
    (301, "n-1", CheckStatus.FAILED, "challenge.sd_jwt_stale"),  # the right challenge, answered too long ago
    (301, None, CheckStatus.WARNING, "challenge.sd_jwt_stale_unbound"),  # nothing asked: said, not refused
    (1800, "other", CheckStatus.FAILED, "challenge.failed"),  # a wrong challenge is named first
])
def test_a_stale_key_binding_jwt_is_judged_as_the_challenge_is(tmp_path, age, challenge, status, message):
    token = _presentation(tmp_path, ["/achievement/name"])  # iat = NOW
    report = _verifier_at(tmp_path, age).verify_presentation(token, challenge=challenge, domain="hr.example.org")
    check = report.check(sd_jwt.CHALLENGE)
    assert (check.status, check.message) == (status, message), check
    assert statuses(report)["holder"] is CheckStatus.OK  # the key was proven: not a broken signature
    assert report.credentials[0].outcome is Outcome.VERIFIED  # the credential itself is untouched
    expected_outcome = {CheckStatus.FAILED: Outcome.INVALID}.get(status, Outcome.VERIFIED)  # no signature broken
    assert report.outcome is expected_outcome


def test_the_stale_sentence_says_when_it_was_signed_in_english_and_french(tmp_path):
    from satchel.i18n import render_check
    token = _presentation(tmp_path, None)
    report = _verifier_at(tmp_path, 3600).verify_presentation(token, challenge="n-1", domain="hr.example.org")
    check = report.check(sd_jwt.CHALLENGE)
    signed = DEFAULT_NOW.strftime("%Y-%m-%d %H:%M UTC")
    assert check.params == {"signed": signed, "max": 5} and check.details["age_seconds"] == 3600
    assert f"signed it at {signed}, more than 5 minutes" in render_check(check, "en")
    assert "Ask them to present again" in render_check(check, "en")
    assert f"signée le {signed}, plus de 5 minutes" in render_check(check, "fr")


def test_the_maximum_age_is_the_verifiers_choice(tmp_path):
    from satchel.vc.engine import Verifier
    token = _presentation(tmp_path, None)
    base = _verifier_at(tmp_path, 600)
    patient = Verifier(clock=base.clock, source=base.source, kb_max_age=datetime.timedelta(minutes=15))
    assert patient.verify_presentation(token, challenge="n-1").outcome is Outcome.VERIFIED
    assert base.verify_presentation(token, challenge="n-1").outcome is Outcome.INVALID
    future = _presentation(tmp_path, None, iat=NOW + 400)  # past the five minutes of skew: holder failed
    assert statuses(base.verify_presentation(future, challenge="n-1"))["holder"] is CheckStatus.OK
    assert statuses(make_verifier(tmp_path).verify_presentation(future, challenge="n-1"))["holder"] \
        is CheckStatus.FAILED


@pytest.mark.parametrize("kwargs, message, outcome", [
    ({"iat": NOW + 3600}, "holder.sd_jwt_kb_future", Outcome.INVALID),
    ({}, "holder.sd_jwt_kb_invalid", Outcome.FAILED),  # disclosures dropped after the holder signed: sd_hash
])
def test_a_bare_key_binding_fault_says_whether_anything_was_altered(tmp_path, kwargs, message, outcome):
    token = _presentation(tmp_path, ["/achievement/name"], **kwargs)
    if not kwargs:
        parts = token.split("~")
        token = "~".join([parts[0], parts[1], parts[-1]])  # the name's disclosure removed after signing
    report = make_verifier(tmp_path).verify_presentation(token, challenge="n-1", domain="hr.example.org")
    holder = report.check(CheckName.HOLDER)
    assert (holder.status, holder.message) == (CheckStatus.FAILED, message), holder
    assert report.outcome is outcome
