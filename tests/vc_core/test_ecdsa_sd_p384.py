"""ecdsa-sd-2023 with a P-384 issuer (SHA-384 hashes, ES384 base signature; the ephemeral key stays P-256).

No P-384 vector is published, the peer only issues with P-256, and its cryptosuite (Digital Bazaar
ecdsa-sd-2023 3.4.1) refuses base signatures that are not 64 bytes ("baseSignature must be a Uint8Array of
length 64"), so a P-384 derivation cannot be checked by it. The base proof is made here, by the W3C algorithm
(createBaseProof / serializeBaseProofValue) written in this test over Satchel's JSON-LD steps; Satchel derives
from it and verifies. This is Satchel against itself: it shows the P-384 hashes and signature are used
consistently, not that another implementation agrees."""

from __future__ import annotations

import base64
import secrets

import cbor2
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from satchel import crypto
from satchel.vc.did import DidResolver
from satchel.vc.ecdsa_sd_derive import derive, hmac_labels
from satchel.vc.jsonld import OfflineLoader, canonize, selective
from satchel.vc.proofs import verify_proofs

CREDENTIAL = {
    "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "name": "Data Literacy",
    "validFrom": "2026-01-01T00:00:00Z",
    "credentialSubject": {"type": ["AchievementSubject"], "achievement": {
        "id": "https://example.org/achievements/data-literacy", "type": ["Achievement"],
        "name": "Data Literacy", "description": "Reads and questions data.",
        "criteria": {"narrative": "Passed the assessment."}}},
}


def _key(curve, multicodec: bytes):
    private = ec.generate_private_key(curve)
    size = (curve.key_size + 7) // 8
    secret = private.private_numbers().private_value.to_bytes(size, "big")
    point = private.public_key().public_bytes(Encoding.X962, PublicFormat.CompressedPoint)
    return secret, multicodec + point


def base_proof(document: dict, mandatory: list[str], loader) -> dict:
    """A P-384 issuer's ecdsa-sd-2023 base proof over ``document``."""
    issuer_secret, issuer_public = _key(ec.SECP384R1(), b"\x81\x24")
    issuer = "did:key:" + crypto.multibase_b58(issuer_public)
    document = {**document, "issuer": {"id": issuer, "type": ["Profile"], "name": "P-384 Institute"}}
    proof = {"type": "DataIntegrityProof", "cryptosuite": "ecdsa-sd-2023", "created": "2026-01-01T00:00:00Z",
             "verificationMethod": f"{issuer}#{issuer.removeprefix('did:key:')}", "proofPurpose": "assertionMethod"}
    hmac_key = secrets.token_bytes(32)
    ephemeral_secret, ephemeral_public = _key(ec.SECP256R1(), b"\x80\x24")
    expanded, compact = selective.skolemize_compact(document, loader)
    nquads, label_map = selective.label_replacement_canonicalize(
        selective.deskolemized_nquads(expanded, loader), hmac_labels(hmac_key))
    chosen = selective.deskolemized_nquads(
        selective.expand_safely(selective.select(mandatory, compact), loader), loader)
    chosen = {selective.BLANK.sub(lambda m: "_:" + label_map[m.group(1)], q) for q in chosen}
    mandatory_quads = [q for q in nquads if q in chosen]
    others = [q for q in nquads if q not in chosen]
    proof_hash = crypto.sha384(canonize({**proof, "@context": document["@context"]}, loader).encode())
    mandatory_hash = crypto.sha384("".join(mandatory_quads).encode())
    base_signature = crypto.sign_ecdsa(issuer_secret, "P-384", proof_hash + ephemeral_public + mandatory_hash)
    signatures = [crypto.sign_ecdsa(ephemeral_secret, "P-256", q.encode()) for q in others]
    value = b"\xd9\x5d\x00" + cbor2.dumps([base_signature, ephemeral_public, hmac_key, signatures, mandatory])
    return {**document, "proof": {**proof, "proofValue": "u" + base64.urlsafe_b64encode(value).rstrip(b"=").decode()}}


def test_a_p384_issuer_derived_credential_verifies_and_a_change_fails():
    loader = OfflineLoader()
    signed = base_proof(CREDENTIAL, ["/issuer", "/validFrom"], loader)
    derived = derive(signed, ["/credentialSubject/achievement/name"], loader)
    assert "description" not in derived["credentialSubject"]["achievement"]
    results = verify_proofs(derived, resolver=DidResolver(), loader=loader)
    assert [r.ok for r in results] == [True], [r.reason for r in results]
    derived["validFrom"] = "2025-01-01T00:00:00Z"  # a mandatory statement changed
    assert [r.code for r in verify_proofs(derived, resolver=DidResolver(), loader=loader)] == ["invalid_signature"]

