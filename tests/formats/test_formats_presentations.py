"""VPs (JSON and JWT), embedded JSON/JWT/enveloped credentials, SD-JWT disclosures, and VC/OB2 tokens."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest

from satchel.errors import Malformed, UnsupportedFormat
from satchel.formats import parse
from satchel.model.credential import CredentialFormat, SignedForm

from ._builders import b64url, ob2_assertion, ob3_credential, token

VP_CONTEXT = ["https://www.w3.org/ns/credentials/v2"]


def _vp(*items, holder="did:example:holder") -> bytes:
    return json.dumps(
        {"@context": VP_CONTEXT, "type": ["VerifiablePresentation"], "holder": holder,
         "verifiableCredential": list(items)}
    ).encode()


def test_a_vp_with_json_jwt_and_enveloped_credentials():
    jwt_11 = token({"iss": "did:example:issuer", "vc": ob3_credential(name="As JWT")})
    jwt_20 = token(ob3_credential(name="Enveloped"), {"alg": "ES256", "typ": "vc+jwt"})
    enveloped = {"@context": VP_CONTEXT, "type": "EnvelopedVerifiableCredential",
                 "id": f"data:application/vc+jwt,{jwt_20}"}
    data = _vp(ob3_credential(name="Café ✓"), jwt_11, enveloped)
    parsed = parse(data)
    assert parsed.presentation is not None
    assert parsed.presentation.raw == data
    assert parsed.presentation.holder == "did:example:holder"
    assert parsed.credentials == parsed.presentation.credentials
    plain, as_jwt, as_envelope = parsed.credentials
    assert plain.raw == json.dumps(ob3_credential(name="Café ✓"), ensure_ascii=False, separators=(",", ":")).encode()
    assert "Café ✓".encode() in plain.raw
    assert (as_jwt.raw, as_jwt.verifiable, as_jwt.format) == (jwt_11.encode(), jwt_11, CredentialFormat.VC_JWT)
    assert (as_envelope.raw, as_envelope.verifiable) == (jwt_20.encode(), jwt_20)
    assert [c.display.name for c in parsed.credentials] == ["Café ✓", "As JWT", "Enveloped"]


@pytest.mark.parametrize(
    "url_for",
    [
        lambda jwt: f"data:application/vc+sd-jwt,{jwt}",
        lambda jwt: f"data:application/jwt;base64,{base64.b64encode(jwt.encode()).decode()}",
        lambda jwt: f"data:application/vc+ld+json+jwt;charset=utf-8,{jwt}",
    ],
)
def test_enveloped_jwt_variants_are_tolerated(url_for):
    jwt = token(ob3_credential())
    enveloped = {"type": "EnvelopedVerifiableCredential", "id": url_for(jwt)}
    (credential,) = parse(_vp(enveloped)).credentials
    assert credential.verifiable == jwt


def test_enveloped_json_credential():
    body = json.dumps(ob3_credential())
    enveloped = {"type": "EnvelopedVerifiableCredential", "id": "data:application/vc," + body.replace(" ", "%20")}
    (credential,) = parse(_vp(enveloped)).credentials
    assert credential.raw == body.encode()
    assert credential.signed_form is SignedForm.DATA_INTEGRITY


def test_an_enveloped_credential_file_on_its_own():
    jwt = token(ob3_credential())
    data = json.dumps({"type": "EnvelopedVerifiableCredential", "id": f"data:application/vc+jwt,{jwt}"}).encode()
    (credential,) = parse(data).credentials
    assert credential.raw == data
    assert credential.verifiable == jwt


def test_sd_jwt_disclosures_are_applied_for_display():
    disclosure = b64url(json.dumps(["salt-1", "name", "Disclosed Name"]).encode())
    element = b64url(json.dumps(["salt-2", "did:example:extra"]).encode())
    def digest(text: str) -> str:
        return b64url(hashlib.sha256(text.encode()).digest())

    payload = ob3_credential()
    del payload["name"]
    payload["_sd"] = [digest(disclosure), digest("never-disclosed")]
    payload["_sd_alg"] = "sha-256"
    payload["evidence"] = [{"...": digest(element)}, {"...": digest("hidden")}]
    sd_jwt = f"{token(payload)}~{disclosure}~{element}~"
    (credential,) = parse(sd_jwt.encode()).credentials
    assert credential.verifiable == sd_jwt
    assert credential.display.name == "Disclosed Name"
    assert credential.document["evidence"] == ["did:example:extra"]
    assert "_sd" not in credential.document and "_sd_alg" not in credential.document


def test_a_vp_jwt():
    jwt_vc = token({"iss": "did:example:issuer", "vc": ob3_credential()})
    vp_jwt = token({"iss": "did:example:holder",
                    "vp": {"type": ["VerifiablePresentation"], "verifiableCredential": [jwt_vc]}})
    data = (vp_jwt + "\n").encode()
    parsed = parse(data)
    assert parsed.presentation is not None
    assert parsed.presentation.verifiable == vp_jwt
    assert parsed.presentation.raw == data
    assert parsed.presentation.holder == "did:example:holder"
    assert parsed.credentials[0].verifiable == jwt_vc


def test_an_empty_vp_has_no_credentials():
    parsed = parse(_vp())
    assert parsed.credentials == () and parsed.presentation is not None


def test_an_unreadable_item_names_its_position():
    with pytest.raises(UnsupportedFormat, match=r"\(credential 2 of the presentation\)\.$"):
        parse(_vp(ob3_credential(), {"type": ["Something"]}))
    with pytest.raises(Malformed, match="credential 1 of the presentation"):
        parse(_vp("not a token"))
    with pytest.raises(Malformed, match="credential 1 of the presentation"):
        parse(_vp({"type": "EnvelopedVerifiableCredential", "id": "data:application/vc+jwt;base64,@@@"}))


def test_vc_jwt_11_document_is_completed_from_the_registered_claims():
    vc = ob3_credential()
    for key in ("id", "issuer", "validFrom"):
        del vc[key]
    del vc["credentialSubject"]["id"]
    claims = {"iss": "did:example:iss", "jti": "urn:uuid:1", "sub": "did:example:sub", "nbf": 1700000000,
              "exp": 1900000000, "vc": vc}
    data = token(claims).encode()
    (credential,) = parse(data).credentials
    assert credential.raw == data
    assert credential.document["issuer"] == "did:example:iss"
    assert credential.document["credentialSubject"]["id"] == "did:example:sub"
    display = credential.display
    assert (display.issuer_id, display.credential_id, display.subject_id) == ("did:example:iss", "urn:uuid:1",
                                                                              "did:example:sub")
    assert (display.issued, display.valid_until) == ("2023-11-14T22:13:20Z", "2030-03-17T17:46:40Z")


def test_vc_20_jose_payload_is_the_credential():
    payload = ob3_credential(iat=1700000000)
    del payload["validFrom"]
    (credential,) = parse(token(payload, {"alg": "ES256", "typ": "vc+jwt"}).encode()).credentials
    assert credential.document == payload
    assert credential.display.issued == "2023-11-14T22:13:20Z"


def test_ob2_signed_assertion_file():
    jws = token(ob2_assertion(verification={"type": "signed"}), {"alg": "RS256"})
    (credential,) = parse(jws.encode(), filename="badge.jws").credentials
    assert (credential.format, credential.signed_form) == (CredentialFormat.OB2_JWS, SignedForm.OB2_SIGNED)


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (token({"hello": "world"}).encode(), UnsupportedFormat, "does not hold a credential"),
        (b"https://badges.example/assertions/1\n", UnsupportedFormat, "web address"),
        (b"plain words", UnsupportedFormat, "does not recognise"),
        (b'[{"type": "VerifiableCredential"}]', UnsupportedFormat, "holds a list"),
        (b'{"type": "Person"}', UnsupportedFormat, "not a credential"),
    ],
)
def test_things_that_are_not_credentials(data: bytes, error, words: str):
    with pytest.raises(error, match=words):
        parse(data)
