"""Every importable corpus file parses (tampered ones included); the ones meant to be refused are refused."""

from __future__ import annotations

import json

import pytest

from satchel.errors import ImportRefused
from satchel.formats import parse
from satchel.model.credential import CredentialFormat, SignedForm

from ._corpus import Case, import_cases

CASES = import_cases()
EXPECTED_FORMATS = {
    "vc-jwt": {CredentialFormat.VC_JWT},
    "baked-png": {CredentialFormat.BAKED_PNG},
    "baked-svg": {CredentialFormat.BAKED_SVG},
    "credential": {CredentialFormat.VC_JSON, CredentialFormat.OB2_JSON},
    "presentation": {CredentialFormat.VC_JSON, CredentialFormat.VC_JWT},
}


def test_the_manifests_give_both_kinds_of_case():
    refused = [case for case in CASES if case.refusal]
    assert len(CASES) > 100
    assert {case.path.name for case in refused} >= {"baked-svg-xxe.svg", "plain-image-no-badge.png"}
    assert any(case.path.stat().st_size == 0 for case in refused)  # the 0-byte public fixture
    assert any("public_domain_heart" in case.path.name for case in refused)


@pytest.mark.parametrize("case", [c for c in CASES if c.refusal], ids=Case.id.fget)
def test_refused_cases_raise_the_right_error(case: Case):
    with pytest.raises(ImportRefused) as info:
        parse(case.path.read_bytes(), filename=case.path.name)
    assert type(info.value) is case.refusal
    assert not info.value.params.get("internal")
    assert info.value.message.endswith(".") and len(info.value.message) < 120


@pytest.mark.parametrize("case", [c for c in CASES if not c.refusal], ids=Case.id.fget)
def test_importable_cases_parse_and_keep_their_bytes(case: Case):
    data = case.path.read_bytes()
    parsed = parse(data, filename=case.path.name)
    assert parsed.credentials
    for credential in parsed.credentials:
        assert credential.format in EXPECTED_FORMATS[case.kind]
        assert credential.display.name or credential.display.issuer_id or credential.display.credential_id
    if case.kind == "presentation":
        assert parsed.presentation is not None
        assert parsed.presentation.raw == data
        assert parsed.presentation.credentials == parsed.credentials
        embedded = parsed.presentation.document["verifiableCredential"]
        embedded = embedded if isinstance(embedded, list) else [embedded]
        for item, credential in zip(embedded, parsed.credentials, strict=True):
            assert credential.raw == json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode()
            assert json.loads(credential.raw) == item == credential.document
    else:
        assert parsed.presentation is None
        (credential,) = parsed.credentials
        assert credential.raw == data  # round trip: what is stored and exported is the input, byte for byte


@pytest.mark.parametrize("kind", ["baked-png", "baked-svg"])
def test_baked_images_expose_the_embedded_credential(kind: str):
    cases = [c for c in CASES if c.kind == kind and not c.refusal]
    assert cases
    for case in cases:
        (credential,) = parse(case.path.read_bytes()).credentials
        assert credential.media_type == ("image/png" if kind == "baked-png" else "image/svg+xml")
        if credential.signed_form is SignedForm.DATA_INTEGRITY:
            assert credential.verifiable == credential.document
            assert "proof" in credential.document


def test_vc_jwt_cases_keep_the_token_as_what_is_verified():
    for case in (c for c in CASES if c.kind == "vc-jwt"):
        data = case.path.read_bytes()
        (credential,) = parse(data).credentials
        assert credential.signed_form is SignedForm.VC_JWT
        assert credential.verifiable == data.decode("ascii").strip()
        assert credential.document["credentialSubject"]["achievement"]["name"]


def test_ob2_hosted_baked_png_and_its_assertion_agree():
    by_name = {case.path.name: case for case in CASES}
    baked = parse(by_name["baked_heart.png"].path.read_bytes()).credentials[0]
    assert baked.signed_form is SignedForm.OB2_HOSTED
    assert baked.display.vc_version == "ob2"
    assert baked.display.public_url == baked.document["id"]
    assert baked.display.issued == "2016-12-31T23:59:59Z"
