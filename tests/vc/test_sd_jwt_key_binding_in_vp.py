"""Issue 13 follow-ups: an SD-JWT VC's key binding JWT inside a signed presentation (the QR share, `satchel present`)
is checked — signature with the cnf key, sd_hash, nonce = the presentation's challenge, aud = its domain — a bad one
makes that credential not authentic, an unverifiable one unknown, named; its holder_binding holds when the cnf key
is the key that signed the presentation. A bare SD-JWT presentation names its holder from the cnf key and proves the
credential's holder binding with the key binding signature."""

from __future__ import annotations

import base64
import json

import pytest

from satchel import crypto
from satchel.i18n import render_check
from satchel.model import CheckName, CheckStatus, Outcome
from satchel.model.sd_jwt import select
from satchel.vc import sd_jwt, signing
from satchel.vc.sd_jwt_holder import THUMBPRINT_URI, holder_name
from satchel.vc.sd_jwt_present import holder_jwk, present
from tests.vc.corpus_helpers import make_verifier
from tests.vc.test_sd_jwt_vc import HOLDER, HOLDER_MK, HOLDER_SECRET, NOW, b64, issue

V2 = "https://www.w3.org/ns/credentials/v2"
CHALLENGE, DOMAIN = "K7Q4-M2ZX", "hr.example.org"
OTHER_SECRET, OTHER_MK = crypto.generate_ed25519()
OTHER = crypto.did_key_for(OTHER_MK)


def _kb_parts(token: str) -> tuple[str, dict, dict, str]:
    """(everything up to the key binding JWT, its header, its payload, its signature)."""
    head, kb = token.rsplit("~", 1)
    h, p, s = kb.split(".")
    return head + "~", json.loads(base64.urlsafe_b64decode(h + "==")), json.loads(base64.urlsafe_b64decode(p + "==")), s


def _kb(presented: str, header: dict, payload: dict, secret: bytes = HOLDER_SECRET) -> str:
    """``presented`` (ending in ~) with a key binding JWT signed by ``secret`` over ``header`` and ``payload``."""
    signing_input = f"{b64(json.dumps(header).encode())}.{b64(json.dumps(payload).encode())}"
    return f"{presented}{signing_input}.{b64(crypto.sign_ed25519(secret, signing_input.encode()))}"


def _shared(token: str | None = None, *, nonce: str = CHALLENGE, aud: str = DOMAIN, iat: int = NOW) -> str:
    """What the share builder puts in a VP: the chosen disclosures and a key binding JWT for the VP's challenge."""
    return present(token or issue(), ["/achievement/name"], secret=HOLDER_SECRET, did=HOLDER, aud=aud, nonce=nonce,
                   iat=iat)


def _vp(sd_jwt_token: str, *, secret: bytes = HOLDER_SECRET, did: str = HOLDER, multikey: str = HOLDER_MK,
        challenge: str = CHALLENGE, domain: str | None = DOMAIN) -> dict:
    vp = {"@context": [V2], "type": ["VerifiablePresentation"], "holder": did,
          "verifiableCredential": [{"@context": [V2], "id": f"data:application/dc+sd-jwt,{sd_jwt_token}",
                                    "type": "EnvelopedVerifiableCredential"}]}
    return signing.sign(vp, secret_key=secret, verification_method=f"{did}#{multikey}", purpose="authentication",
                        suite="eddsa-rdfc-2022", challenge=challenge, domain=domain, created="2026-11-23T00:00:00Z")


def _verify(tmp_path, vp: dict, *, domain: str | None = DOMAIN):
    report = make_verifier(tmp_path).verify_presentation(vp, challenge=CHALLENGE, domain=domain)
    return report, report.credentials[0]


def test_the_share_builders_key_binding_jwt_is_checked_and_the_credential_is_bound(tmp_path):
    report, child = _verify(tmp_path, _vp(_shared()))
    assert report.outcome is Outcome.VERIFIED, report.to_dict()
    kb = child.check(CheckName.HOLDER)
    assert (kb.status, kb.message) == (CheckStatus.OK, "holder.sd_jwt_kb_vp_ok")
    binding = child.check(CheckName.HOLDER_BINDING)
    assert (binding.status, binding.message, binding.params) == (CheckStatus.OK, "holder_binding.ok",
                                                                 {"subject": HOLDER})


def _flip_signature(token: str) -> str:
    head, kb = token.rsplit("~", 1)
    h, p, sig = kb.split(".")
    middle = len(sig) // 2
    return f"{head}~{h}.{p}.{sig[:middle]}{'B' if sig[middle] == 'A' else 'A'}{sig[middle + 1:]}"


def _by_other_key(token: str) -> str:
    presented, header, payload, _ = _kb_parts(token)
    return _kb(presented, header, payload, OTHER_SECRET)


def _drop_a_disclosure(token: str) -> str:
    parts = token.split("~")  # jwt, achievement, achievement/name, kb: the name is withheld after signing
    return "~".join([parts[0], parts[1], parts[3]])


def _resigned(**changes):
    def change(token: str) -> str:
        presented, header, payload, _ = _kb_parts(token)
        return _kb(presented, {**header, **changes.pop("header", {})}, {**payload, **changes})
    return change


F, INV = Outcome.FAILED, Outcome.INVALID


@pytest.mark.parametrize("tamper, message, outcome", [
    (_flip_signature, "holder.sd_jwt_kb_vp_signature", F),
    (_by_other_key, "holder.sd_jwt_kb_vp_signature", F),  # not the credential's cnf key
    (_drop_a_disclosure, "holder.sd_jwt_kb_vp_disclosures", F),  # sd_hash no longer covers what is shown
    # signed by the right key, but wrong: invalid, not "not authentic"
    (_resigned(nonce="an-old-challenge"), "holder.sd_jwt_kb_vp_other_request", INV),  # not the VP's challenge
    (_resigned(aud="other.example.org"), "holder.sd_jwt_kb_vp_other_site", INV),
    (_resigned(iat=NOW + 3600), "holder.sd_jwt_kb_vp_future", INV),
    (_resigned(header={"typ": "JWT"}), "holder.sd_jwt_kb_vp_malformed", INV),
])
def test_a_tampered_key_binding_jwt_in_a_vp_fails_that_credential(tmp_path, tamper, message, outcome):
    report, child = _verify(tmp_path, _vp(tamper(_shared())))
    kb = child.check(CheckName.HOLDER)
    assert (kb.status, kb.message) == (CheckStatus.FAILED, message), kb
    assert child.outcome is outcome and report.outcome is outcome
    assert report.check(CheckName.HOLDER).status is CheckStatus.OK  # the VP itself is the holder's
    assert report.check(CheckName.CREDENTIALS).status is CheckStatus.FAILED
    assert child.check(CheckName.SIGNATURE).status is CheckStatus.OK  # the issuer's signature is untouched


def test_an_unverifiable_key_binding_jwt_is_unknown_and_named(tmp_path):
    presented, header, payload, _ = _kb_parts(_shared())
    unknown_alg = _kb(presented, {**header, "alg": "ES512"}, payload)
    report, child = _verify(tmp_path, _vp(unknown_alg))
    kb = child.check(CheckName.HOLDER)
    assert (kb.status, kb.message, kb.params) == (CheckStatus.UNKNOWN, "holder.sd_jwt_kb_alg", {"alg": "ES512"})
    assert child.outcome is Outcome.UNKNOWN and report.outcome is Outcome.UNKNOWN
    assert "ES512" in render_check(kb, "en") and "ES512" in render_check(kb, "fr")

    no_cnf = issue({"cnf": None})  # a key binding JWT, but no key in the credential to check it with
    _, child = _verify(tmp_path, _vp(_kb(select(sd_jwt.parse(no_cnf), ["/given_name"]), header, payload)))
    assert child.check(CheckName.HOLDER).message == "holder.sd_jwt_no_cnf"
    assert child.check(CheckName.HOLDER).status is CheckStatus.UNKNOWN
    assert child.check(CheckName.HOLDER_BINDING).message == "holder_binding.no_subject"


def test_without_a_key_binding_jwt_the_presentations_signature_is_the_holders_proof(tmp_path):
    bare = select(sd_jwt.parse(issue()), ["/given_name"])  # jwt~disclosure~ (no key binding JWT)
    report, child = _verify(tmp_path, _vp(bare))
    assert child.check(CheckName.HOLDER) is None
    assert child.check(CheckName.HOLDER_BINDING).status is CheckStatus.OK
    assert report.outcome is Outcome.VERIFIED


def test_without_a_domain_the_key_binding_audience_is_not_compared(tmp_path):
    # the builder addresses the key binding JWT to the holder's own DID when the recruiter gave no domain
    report, child = _verify(tmp_path, _vp(_shared(aud=HOLDER), domain=None), domain=None)
    assert child.check(CheckName.HOLDER).status is CheckStatus.OK
    assert report.outcome is Outcome.VERIFIED


def test_its_age_is_the_presentations_a_shared_pdf_is_checked_later(tmp_path):
    report, child = _verify(tmp_path, _vp(_shared(iat=NOW - 86400)))  # signed a day before the check
    assert child.check(CheckName.HOLDER).status is CheckStatus.OK and report.outcome is Outcome.VERIFIED


def test_holder_binding_wants_the_cnf_key_to_be_the_key_that_signed_the_vp(tmp_path):
    vp = _vp(_shared(), secret=OTHER_SECRET, did=OTHER, multikey=OTHER_MK)  # the holder key's KB, another's VP
    report, child = _verify(tmp_path, vp)
    assert child.check(CheckName.HOLDER).status is CheckStatus.OK  # the cnf key did sign for this challenge
    binding = child.check(CheckName.HOLDER_BINDING)
    assert (binding.status, binding.message) == (CheckStatus.WARNING, "holder_binding.sd_jwt_other_key")
    assert binding.params == {"subject": HOLDER}
    assert f"Issued to another key ({HOLDER})" in render_check(binding, "en")
    assert f"Délivré à une autre clé ({HOLDER})" in render_check(binding, "fr")
    assert report.outcome is Outcome.VERIFIED  # authentic, but not shown to be the presenter's: a warning


def test_the_recruiter_reads_a_tampered_key_binding_in_english_and_french(tmp_path):
    from satchel.ui import strings_recruiter  # noqa: F401 - registers the ui.recruiter.* sentences
    from satchel.ui.strings import tr
    from satchel.ui.viewmodels import recruiter as vm
    presented, header, payload, _ = _kb_parts(_shared())
    report, child = _verify(tmp_path, _vp(_kb(presented, header, {**payload, "nonce": "an-old-challenge"})))
    kb = child.check(CheckName.HOLDER)
    assert "made for another request" in render_check(kb, "en")
    assert "faite pour une autre demande" in render_check(kb, "fr")
    verdict = vm.verdict(report, "en")
    assert verdict.key == "recruiter.verdict.key_binding_invalid"  # the issuer's part is intact, no forgery
    assert "another request" in tr(verdict.key, "en") and "autre demande" in tr(verdict.key, "fr")
    assert [c.name for c in vm.holder_checks(child)] == [CheckName.HOLDER, CheckName.HOLDER_BINDING]  # shown first
    jwt, rest = _shared().split("~", 1)
    head, body, signature = jwt.split(".")
    changed = {**json.loads(base64.urlsafe_b64decode(body + "==")), "family_name": "Byron"}
    forged = _vp(f"{head}.{b64(json.dumps(changed).encode())}.{signature}~{rest}")  # the issuer's part changed too
    assert vm.verdict(make_verifier(tmp_path).verify_presentation(forged, challenge=CHALLENGE, domain=DOMAIN),
                      "en").key == "recruiter.verdict.not_authentic"
    flipped = make_verifier(tmp_path).verify_presentation(_vp(_flip_signature(_shared())), challenge=CHALLENGE,
                                                          domain=DOMAIN)
    assert vm.verdict(flipped, "en").key == "recruiter.verdict.key_binding"  # a key binding signature broken
    card = vm.credential_cards(report, "fr")[0]
    assert card.status == "invalid"
    assert any("reprise d'une autre présentation" in line.sentence and line.title == "Liaison de clé"
               for line in card.binding)  # shown once, above the technical checks


# -- a bare SD-JWT presentation (jwt~disclosures~kb-jwt): the holder named from the cnf key -------------------------
def test_a_bare_presentation_names_its_holder_from_the_cnf_key_and_binds_the_credential(tmp_path):
    report = make_verifier(tmp_path).verify_presentation(_shared(), challenge=CHALLENGE, domain=DOMAIN)
    assert report.outcome is Outcome.VERIFIED, report.to_dict()
    assert report.holder == HOLDER  # the did:key of cnf.jwk: the same name the wallet shows for its key
    binding = report.credentials[0].check(CheckName.HOLDER_BINDING)
    assert (binding.status, binding.message, binding.params) == (CheckStatus.OK, "holder_binding.sd_jwt_kb",
                                                                 {"subject": HOLDER})
    assert f"Issued to the presenter's key ({HOLDER})" in render_check(binding, "en")
    assert f"({HOLDER}), qu'elle a prouvé détenir" in render_check(binding, "fr")


def test_a_bare_presentation_whose_key_binding_fails_binds_nothing(tmp_path):
    presented, header, payload, _ = _kb_parts(_shared())
    forged = _kb(presented, header, payload, OTHER_SECRET)
    report = make_verifier(tmp_path).verify_presentation(forged, challenge=CHALLENGE, domain=DOMAIN)
    assert report.check(CheckName.HOLDER).status is CheckStatus.FAILED and report.outcome is Outcome.FAILED
    assert report.holder == HOLDER  # stated by the credential, not proven
    assert report.credentials[0].check(CheckName.HOLDER_BINDING).message == "holder_binding.holder_unproven"


def test_a_cnf_kid_names_the_holder_by_its_did_and_checks_the_key_it_names(tmp_path):
    token = issue({"cnf": {"kid": f"{HOLDER}#{HOLDER_MK}"}})
    shown = present(token, None, secret=HOLDER_SECRET, did=HOLDER, aud=DOMAIN, nonce=CHALLENGE, iat=NOW)
    report = make_verifier(tmp_path).verify_presentation(shown, challenge=CHALLENGE, domain=DOMAIN)
    assert report.outcome is Outcome.VERIFIED, report.to_dict()
    assert report.holder == HOLDER
    _, child = _verify(tmp_path, _vp(shown))
    assert child.check(CheckName.HOLDER_BINDING).status is CheckStatus.OK


def test_an_rsa_cnf_key_is_named_by_its_rfc_9278_thumbprint():
    # RFC 7638 §3.1: this RSA key's SHA-256 thumbprint is NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs
    jwk = {"kty": "RSA", "e": "AQAB", "alg": "RS256", "kid": "2011-04-29",
           "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZC"
                "iFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgn"
                "Yb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw"
                "0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"}
    key = crypto.public_key_from_jwk(jwk)
    assert crypto.jwk_thumbprint(key) == "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"
    assert holder_name(key) == THUMBPRINT_URI + "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"
    ed = crypto.public_key_from_jwk(holder_jwk(HOLDER_SECRET))
    assert holder_name(ed) == HOLDER
    assert crypto.jwk_thumbprint(ed) == crypto.jwk_thumbprint(crypto.public_key_from_multikey(HOLDER_MK))
