"""Offline loader and safe mode: unknown contexts are refused without the network, and documents
whose terms do not all have a meaning are refused instead of silently losing parts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from satchel.errors import UnknownContext, UnsafeDocument, VerificationError
from satchel.vc.jsonld import OfflineLoader, bundled_context, bundled_urls, canonize
from satchel.vc.proofs import verify_proofs

from .conftest import PEER, load_json

V1 = "https://www.w3.org/2018/credentials/v1"
V2 = "https://www.w3.org/ns/credentials/v2"
OB303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"


def _v1_credential(**extra) -> dict:
    doc = {"@context": [V1], "id": "urn:uuid:1", "type": ["VerifiableCredential"],
           "issuer": "did:example:issuer", "issuanceDate": "2024-01-01T00:00:00Z",
           "credentialSubject": {"id": "did:example:subject"}}
    doc.update(extra)
    return doc


def test_errors_are_verification_errors():
    assert issubclass(UnknownContext, VerificationError) and issubclass(UnsafeDocument, VerificationError)


def test_every_bundled_context_loads_and_the_brief_list_is_there():
    expected = {V1, V2, OB303, "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",
                "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
                "https://imsglobal.github.io/openbadges-specification/ob_v3p0.html",
                "https://w3id.org/security/data-integrity/v1", "https://w3id.org/security/data-integrity/v2",
                "https://w3id.org/security/multikey/v1", "https://w3id.org/security/suites/ed25519-2020/v1",
                "https://w3id.org/security/suites/x25519-2020/v1", "https://www.w3.org/ns/did/v1",
                "https://www.w3.org/ns/credentials/status/v1", "https://w3id.org/vc/status-list/2021/v1",
                "https://w3id.org/dcc/v1", "https://w3id.org/openbadges/v2",
                "https://www.w3.org/ns/credentials/examples/v2",
                "https://www.w3.org/ns/credentials/undefined-terms/v2"}
    assert expected <= bundled_urls()
    for url in bundled_urls():
        assert "@context" in bundled_context(url)
    sources = (Path(__file__).parents[2] / "src/satchel/vc/contexts/SOURCES.md").read_text()
    assert all(url in sources for url in bundled_urls())


def test_loader_hands_out_copies_and_tags_bundled_contexts_static():
    loader = OfflineLoader()
    first = loader(V2, {})
    first["document"]["@context"]["VerifiableCredential"] = "mutated"
    again = loader(V2, {})
    assert again["document"]["@context"]["VerifiableCredential"] != "mutated"
    assert again["tag"] == "static" and again["documentUrl"] == V2


def test_extra_documents_are_served_but_not_cached_as_static():
    served = {"https://status.example/ctx": {"@context": {"x": "https://status.example/x"}}}
    loader = OfflineLoader(extra=served.__getitem__)
    remote = loader("https://status.example/ctx", {})
    assert remote["document"] == served["https://status.example/ctx"] and "tag" not in remote
    with pytest.raises(UnknownContext):
        OfflineLoader(extra=lambda url: None)("https://status.example/other", {})


def test_a_failing_extra_fetcher_becomes_unknown_context():
    def broken(url):
        raise RuntimeError("disk on fire")

    with pytest.raises(UnknownContext) as refused:
        OfflineLoader(extra=broken)("https://status.example/ctx", {})
    assert refused.value.url == "https://status.example/ctx"


def test_unknown_context_is_refused_without_network(loader):
    # the folder's fixture replaces socket: any fetch attempt would fail the test with AssertionError
    doc = _v1_credential()
    doc["@context"] = [V1, "https://evil.example/context.jsonld"]
    with pytest.raises(UnknownContext) as refused:
        canonize(doc, loader)
    assert refused.value.url == "https://evil.example/context.jsonld"


def test_unknown_context_in_a_signed_credential_is_raised_by_verify_proofs(loader, resolver):
    credential = load_json(PEER / "cred-valid-eddsa-rdfc-2022-ob3.json")
    credential["@context"] = [V2, "https://evil.example/ob.json"]
    with pytest.raises(UnknownContext):
        verify_proofs(credential, resolver=resolver, loader=loader)


def test_undefined_term_is_refused(loader):
    with pytest.raises(UnsafeDocument, match="favouriteColour"):
        canonize(_v1_credential(credentialSubject={"id": "did:example:s", "favouriteColour": "red"}), loader)


def test_undefined_term_is_fine_where_the_issuer_opts_into_a_vocab(loader):
    doc = {"@context": [V2, "https://www.w3.org/ns/credentials/undefined-terms/v2"], "type": ["VerifiableCredential"],
           "issuer": "did:example:i",
           "credentialSubject": {"id": "did:example:s", "favouriteColour": "red"}}
    assert "undefined-term#favouriteColour" in canonize(doc, loader)


def test_relative_type_is_refused(loader):
    with pytest.raises(UnsafeDocument, match="NotDefinedCredential"):
        canonize(_v1_credential(type=["VerifiableCredential", "NotDefinedCredential"]), loader)


def test_relative_identifier_is_refused(loader):
    with pytest.raises(UnsafeDocument, match="relative"):
        canonize(_v1_credential(id="just-a-name"), loader)


def test_protected_term_redefinition_is_refused(loader):
    doc = _v1_credential()
    doc["@context"] = [V1, {"VerifiableCredential": "https://evil.example/Credential"}]
    with pytest.raises(UnsafeDocument, match="protected term"):
        canonize(doc, loader)
    ob = load_json(PEER / "cred-valid-eddsa-rdfc-2022-ob3.json")
    ob["@context"] = ob["@context"] + [{"OpenBadgeCredential": "https://evil.example/Badge"}]
    with pytest.raises(UnsafeDocument, match="protected term"):
        canonize(ob, loader)


def test_term_nulled_out_by_an_inline_context_is_refused(loader):
    doc = {"@context": [V2, {"sneaky": None}], "type": ["VerifiableCredential"], "issuer": "did:example:i",
           "credentialSubject": {"id": "did:example:s", "sneaky": "dropped"}}
    with pytest.raises(UnsafeDocument):
        canonize(doc, loader)


def test_invalid_json_ld_is_unsafe_not_a_crash(loader):
    with pytest.raises(UnsafeDocument):
        canonize({"@context": 42, "name": "x"}, loader)
    with pytest.raises(UnsafeDocument):
        canonize(["not", "an", "object"], loader)


def test_tampered_context_from_the_peer_is_unsafe(loader, resolver):
    with pytest.raises(UnsafeDocument):
        verify_proofs(load_json(PEER / "cred-tampered-context-eddsa.json"), resolver=resolver, loader=loader)


def test_stripped_proof_gives_no_results(loader, resolver):
    credential = load_json(PEER / "cred-valid-eddsa-rdfc-2022-ob3.json")
    credential.pop("proof")
    assert verify_proofs(credential, resolver=resolver, loader=loader) == []


def test_unknown_suite_is_reported_not_raised(loader, resolver):
    credential = load_json(PEER / "cred-valid-eddsa-rdfc-2022-ob3.json")
    credential["proof"]["cryptosuite"] = "bbs-2023"
    (result,) = verify_proofs(credential, resolver=resolver, loader=loader)
    assert not result.ok and result.code == "unsupported_suite" and "bbs-2023" in result.reason


def test_proof_without_value_is_malformed(loader, resolver):
    credential = load_json(PEER / "cred-valid-eddsa-rdfc-2022-ob3.json")
    del credential["proof"]["proofValue"]
    (result,) = verify_proofs(credential, resolver=resolver, loader=loader)
    assert result.code == "malformed_proof"


def test_key_of_the_wrong_type_is_refused(loader, resolver):
    credential = load_json(PEER / "cred-valid-ecdsa-rdfc-2019-p256-ob3.json")
    credential["proof"]["cryptosuite"] = "eddsa-rdfc-2022"  # claims EdDSA, key is P-256
    (result,) = verify_proofs(credential, resolver=resolver, loader=loader)
    assert not result.ok and result.code == "wrong_key_type"


def test_canonical_form_ignores_key_order(loader):
    credential = load_json(PEER / "cred-valid-eddsa-rdfc-2022-ob3.json")
    credential.pop("proof")
    reordered = json.loads(json.dumps(dict(reversed(list(credential.items())))))
    assert canonize(credential, loader) == canonize(reordered, loader)


def test_processed_context_cache_never_reuses_a_fetched_document():
    """An inline context importing a non-bundled document is processed afresh for every loader."""
    imported = "https://engine-cache.example/ctx"
    doc = {"@context": [V2, {"@version": 1.1, "@import": imported}], "type": ["VerifiableCredential"],
           "issuer": "did:example:i", "credentialSubject": {"id": "did:example:s", "colour": "red"}}
    served = {imported: {"@context": {"colour": "https://vocab.example/colour"}}}
    assert "https://vocab.example/colour" in canonize(doc, OfflineLoader(extra=served.__getitem__))
    with pytest.raises(UnknownContext):
        canonize(doc, OfflineLoader())
    changed = {imported: {"@context": {"colour": "https://vocab.example/color-v2"}}}
    assert "color-v2" in canonize(doc, OfflineLoader(extra=changed.__getitem__))


def test_warm_and_cold_canonical_forms_agree():
    from satchel.vc.jsonld.processor import clear_caches

    credential = load_json(PEER / "cred-valid-ed25519signature2020-v1-ob3.json")
    credential.pop("proof")
    warm = canonize(credential, OfflineLoader())
    clear_caches()
    assert canonize(credential, OfflineLoader()) == warm


def test_concurrent_canonicalization_gives_one_answer():
    from concurrent.futures import ThreadPoolExecutor

    from satchel.vc.jsonld.processor import clear_caches

    documents = []
    for name in ("cred-valid-eddsa-rdfc-2022-ob3.json", "cred-valid-ed25519signature2020-v1-ob3.json",
                 "cred-valid-ecdsa-rdfc-2019-p256-ob3.json"):
        credential = load_json(PEER / name)
        credential.pop("proof")
        documents.append(credential)
    expected = [canonize(d, OfflineLoader()) for d in documents]
    clear_caches()
    with ThreadPoolExecutor(max_workers=6) as pool:
        got = list(pool.map(lambda i: canonize(documents[i % 3], OfflineLoader()), range(30)))
    assert got == [expected[i % 3] for i in range(30)]


def test_unsafe_document_raises_even_when_the_key_cannot_be_resolved(loader):
    from satchel.vc.did import DidResolver

    credential = load_json(PEER / "cred-tampered-context-eddsa.json")
    credential["proof"]["verificationMethod"] = "did:web:unreachable.example#key-1"
    with pytest.raises(UnsafeDocument):
        verify_proofs(credential, resolver=DidResolver(), loader=loader)
