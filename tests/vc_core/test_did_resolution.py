"""did:key and did:jwk resolved locally, did:web and https keys only through the injected ``web``."""

from __future__ import annotations

import json

import pytest

from satchel import crypto
from satchel.errors import DidResolutionError, FetchFailed
from satchel.vc.did import DidResolver, find_method, is_authorized, public_key_of
from satchel.vc.proofs import check_purpose, verify_proofs

from .conftest import PUBLIC, docs_web, load_json

ED = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
P256 = "zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP"
P384 = "z82LkuBieyGShVBhvtE2zoiD6Kma4tJGFtkAhxR5pfkp5QPw4LutoYWhvQCnGjdVn14kujQ"


@pytest.mark.parametrize("multikey,kind", [(ED, "Ed25519"), (P256, "P-256"), (P384, "P-384")])
def test_did_key_documents_follow_did_method_key(multikey, kind):
    did = "did:key:" + multikey
    document = DidResolver().resolve(did)
    vm_id = f"{did}#{multikey}"
    assert document["@context"] == ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"]
    assert document["verificationMethod"] == [{"id": vm_id, "type": "Multikey", "controller": did,
                                               "publicKeyMultibase": multikey}]
    for purpose in ("authentication", "assertionMethod", "capabilityDelegation", "capabilityInvocation"):
        assert document[purpose] == [vm_id] and is_authorized(document, vm_id, purpose)
    method, controller_doc = DidResolver().dereference(vm_id)
    assert public_key_of(method).kind == kind and controller_doc["id"] == did


@pytest.mark.parametrize("bad", ["did:key:", "did:key:zNotAKey", "did:key:z6Mk:extra", "did:example:123",
                                 "did:key:" + crypto.multibase_b58(b"\xec\x01" + b"\x02" * 32)])
def test_bad_dids_raise_resolution_errors(bad):
    with pytest.raises(DidResolutionError):
        DidResolver().resolve(bad)


def test_unknown_fragment_is_not_a_key():
    with pytest.raises(DidResolutionError):
        DidResolver().dereference(f"did:key:{ED}#other")


def test_did_jwk_document():
    jwk = {"kty": "OKP", "crv": "Ed25519", "x": crypto.b64url_encode(crypto.public_key_from_multikey(ED).raw)}
    did = "did:jwk:" + crypto.b64url_encode(json.dumps(jwk).encode())
    method, document = DidResolver().dereference(did + "#0")
    assert method["type"] == "JsonWebKey2020" and method["publicKeyJwk"] == jwk
    assert public_key_of(method).multikey == ED
    assert is_authorized(document, did + "#0", "assertionMethod")
    encryption = dict(jwk, use="enc")
    enc_did = "did:jwk:" + crypto.b64url_encode(json.dumps(encryption).encode())
    assert not is_authorized(DidResolver().resolve(enc_did), enc_did + "#0", "assertionMethod")


@pytest.mark.parametrize("bad", ["did:jwk:!!!", "did:jwk:" + crypto.b64url_encode(b"[1]"),
                                 "did:jwk:" + crypto.b64url_encode(b'{"kty":"oct","k":"AA"}'),
                                 "did:jwk:" + crypto.b64url_encode(b'{"kty":"OKP","crv":"Ed25519","x":"AA","d":"AA"}')])
def test_bad_did_jwk(bad):
    with pytest.raises(DidResolutionError):
        DidResolver().resolve(bad)


def test_did_web_without_fetcher_fails_closed():
    with pytest.raises(DidResolutionError, match="network"):
        DidResolver().resolve("did:web:example.com")


def test_did_web_is_delegated_and_fetch_errors_become_resolution_errors():
    web = docs_web({"https://digitalcredentials.github.io/vc-test-fixtures/dids/legacy/did.json":
                    "vc-test-fixtures/dids/legacy/did.json"})
    did = "did:web:digitalcredentials.github.io:vc-test-fixtures:dids:legacy"
    vm_id = did + "#z6MkjXe1vZvPRqFuc9nRBtZ3e1Y9XKDFSbjFAfzLfW2bD6cZ"
    method, document = DidResolver(web=web).dereference(vm_id)
    assert method["type"] == "Ed25519VerificationKey2020" and document["id"] == did
    assert is_authorized(document, vm_id, "assertionMethod")  # embedded, not by reference
    assert not is_authorized(document, vm_id, "authentication")

    def down(url):
        raise FetchFailed("timed out")

    with pytest.raises(DidResolutionError, match="timed out"):
        DidResolver(web=down).resolve(did)


def test_https_verification_method_of_the_open_badges_spec_example(loader):
    folder = "openbadges-specification/ob_v3p0/impl/extracted/"
    credential = load_json(PUBLIC / folder / "linked-data-proof-ob.signed-credential.json")
    web = docs_web({"https://example.edu/issuers/565049":
                    "_derived/openbadges-specification/example-edu-issuer-controller.json"})
    resolver = DidResolver(web=web)
    (result,) = verify_proofs(credential, resolver=resolver, loader=loader)
    assert result.ok and result.controller == "https://example.edu/issuers/565049" == credential["issuer"]["id"]
    _, controller_doc = resolver.dereference(result.verification_method)
    assert check_purpose(result, controller_doc)
    assert not check_purpose(result, {"id": controller_doc["id"], "assertionMethod": []})


def test_relative_references_in_a_did_document():
    document = {"id": "did:web:x.example", "verificationMethod": [
        {"id": "#k1", "type": "Multikey", "controller": "did:web:x.example", "publicKeyMultibase": ED}],
        "assertionMethod": ["#k1"]}
    method = find_method(document, "did:web:x.example#k1")
    assert method["id"] == "did:web:x.example#k1"
    assert is_authorized(document, "did:web:x.example#k1", "assertionMethod")


def test_unresolvable_key_is_a_failed_proof_not_a_crash(loader):
    credential = load_json(PUBLIC / "openbadges-specification/ob_v3p0/impl/extracted/"
                           "linked-data-proof-ob.signed-credential.json")
    (result,) = verify_proofs(credential, resolver=DidResolver(), loader=loader)
    assert not result.ok and result.code == "key_unresolved"
