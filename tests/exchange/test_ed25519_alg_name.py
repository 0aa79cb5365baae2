"""The JOSE name of the wallet's Ed25519 signatures: ``EdDSA`` unless the verifier accepts only ``Ed25519``, its
fully-specified name (RFC 9864). One choice (``vp_formats.holder_alg``) decides both whether a credential is offered
and what header the VP JWT / key binding JWT carries; a JWT signed ``alg: Ed25519`` verifies through Satchel's own
VP JWT and SD-JWT verification."""

from __future__ import annotations

import json

import pytest

from satchel import crypto
from satchel.exchange import jose, oid4vp, presenting, vp_formats
from satchel.exchange.common import Holder
from satchel.model import Outcome
from satchel.vc.sd_jwt_present import present
from tests.conftest import corpus_dir
from tests.vc.corpus_helpers import DEFAULT_NOW, load, make_verifier
from tests.vc.test_sd_jwt_vc import HOLDER, HOLDER_SECRET, NOW, issue

PEER_HOLDER = load(corpus_dir() / "peer" / "keys" / "holder-ed25519.json")
EDDSA_VC = (corpus_dir() / "extra" / "vcjwt-valid-eddsa.jwt").read_text().strip()
AUD, NONCE = "x509_san_dns:verifier.example", "n-ed25519"


def accepts(formats: dict) -> vp_formats.Accepted | None:
    return vp_formats.read({"vp_formats_supported": formats})


def header(jwt: str) -> dict:
    return json.loads(crypto.b64url_decode(jwt.split(".")[0]))


@pytest.mark.parametrize("listed, chosen", [
    (None, "EdDSA"),  # nothing restricted
    (["EdDSA", "Ed25519"], "EdDSA"),
    (["Ed25519", "ES256"], "Ed25519"),
    (["ES256"], None),
])
def test_the_wallet_signs_eddsa_when_accepted_else_ed25519(listed, chosen):
    jwt_vc = None if listed is None else accepts({"jwt_vc_json": {"alg_values": listed}})
    sd = None if listed is None else accepts({"dc+sd-jwt": {"kb-jwt_alg_values": listed}})
    assert vp_formats.holder_alg(jwt_vc, "jwt_vc_json") == chosen
    assert vp_formats.holder_alg(sd, "dc+sd-jwt") == chosen
    assert vp_formats.key_binding_accepted(sd) is (chosen is not None)


def test_a_verifier_taking_only_ed25519_is_offered_the_wallets_proofs():
    es256_vc = "eyJhbGciOiJFUzI1NiJ9.e30.c2ln"  # only its header's alg is read here
    jwt_vc = accepts({"jwt_vc_json": {"alg_values": ["ES256", "Ed25519"]}})
    assert vp_formats.problem(jwt_vc, "jwt_vc_json", es256_vc, holder_binding=True) is None
    sd = accepts({"dc+sd-jwt": {"kb-jwt_alg_values": ["Ed25519"]}})
    assert vp_formats.problem(sd, "dc+sd-jwt", issue(), holder_binding=True) is None


def test_a_key_binding_jwt_signed_ed25519_verifies_through_satchel(tmp_path):
    token = present(issue(), ["/achievement/name"], secret=HOLDER_SECRET, did=HOLDER, aud=AUD, nonce=NONCE,
                    iat=NOW, alg="Ed25519")
    assert header(token.rsplit("~", 1)[1]) == {"typ": "kb+jwt", "alg": "Ed25519"}
    report = make_verifier(tmp_path).verify_presentation(token, challenge=NONCE, domain=AUD)
    assert report.outcome is Outcome.VERIFIED, report.to_dict()


def test_a_vp_jwt_signed_ed25519_verifies_through_satchel(tmp_path):
    _, secret = crypto.decode_secret_multikey(PEER_HOLDER["secretKeyMultibase"])
    did = PEER_HOLDER["did"]
    holder = Holder(did, f"{did}#{PEER_HOLDER['publicKeyMultibase']}", secret)
    request = oid4vp.Request(AUD, "x509_san_dns", "verifier.example", True, "direct_post",
                             "https://verifier.example/r", NONCE, None, {},
                             accepted=accepts({"jwt_vc_json": {"alg_values": ["Ed25519"]}}))
    vp = presenting.jwt_presentation(holder, EDDSA_VC, request, DEFAULT_NOW)
    assert header(vp)["alg"] == "Ed25519"
    report = make_verifier(tmp_path).verify_presentation(vp, challenge=NONCE, domain=AUD)
    assert report.outcome is Outcome.VERIFIED, report.to_dict()
    assert report.holder == did
    unrestricted = presenting.jwt_presentation(holder, EDDSA_VC, oid4vp.Request(
        AUD, "x509_san_dns", "verifier.example", True, "direct_post", "https://verifier.example/r", NONCE, None, {}),
        DEFAULT_NOW)
    assert header(unrestricted)["alg"] == "EdDSA"


def test_only_an_ed25519_name_is_signed():
    with pytest.raises(ValueError):
        jose.sign_ed25519({}, {}, HOLDER_SECRET, "ES256")
    with pytest.raises(ValueError):
        present(issue(), None, secret=HOLDER_SECRET, did=HOLDER, aud=AUD, nonce=NONCE, iat=NOW, alg="ES256")
