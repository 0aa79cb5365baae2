"""Build the preset deflate dictionaries of the Satchel QR format (docs/qr-format.md).

Run ``python -m satchel.share.dictionary.build`` to (re)write ``dict-<id>.bin`` next to this file.
The output is deterministic: plain literals below, joined in a fixed order, no clock, no randomness.
A published dictionary must never change (old QR codes would stop decoding): the expected SHA-256 of
each one is pinned in ``PINNED`` and the build refuses to write different bytes. To improve
compression, add a new dictionary id with a new codec letter instead.

Deflate prefers short back-references, so the most likely strings come last (closest to the data).
Only generic vocabulary goes in: context URLs, VC / Open Badges 3.0 terms and a credential skeleton
with empty values — no names, no issuers, no test-corpus text.
"""

from __future__ import annotations

import hashlib
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

# Context URLs wallets meet (VC 1.1/2.0, Open Badges 3.0.x, Data Integrity, DID, status lists).
CONTEXT_URLS = (
    "https://w3id.org/vc/status-list/2021/v1",
    "https://www.w3.org/ns/credentials/status/v1",
    "https://w3id.org/security/suites/x25519-2020/v1",
    "https://www.w3.org/ns/did/v1",
    "https://w3id.org/security/multikey/v1",
    "https://w3id.org/security/data-integrity/v1",
    "https://w3id.org/security/data-integrity/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",
    "https://w3id.org/security/suites/ed25519-2020/v1",
    "https://www.w3.org/2018/credentials/v1",
)

# Less frequent Open Badges 3.0 / VC terms and values, as they appear in compact JSON.
RARE_TERMS = (
    '"alignment":[{"type":["Alignment"],"targetName":"","targetUrl":"https://","targetDescription":"",'
    '"targetFramework":"","targetCode":"","targetType":"ceasn:Competency"}]',
    '"resultDescription":[{"id":"","type":["ResultDescription"],"name":"","resultType":"",'
    '"allowedValue":[],"requiredLevel":"","rubricCriterionLevel":[]}]',
    '"result":[{"type":["Result"],"resultDescription":"","value":"","status":"Completed"}]',
    '"evidence":[{"id":"https://","type":["Evidence"],"name":"","narrative":"","description":"",'
    '"genre":"","audience":""}]',
    '"endorsement":[{"@context":[],"type":["VerifiableCredential","EndorsementCredential"],'
    '"credentialSubject":{"type":["EndorsementSubject"],"endorsementComment":""}}]',
    '"identifier":[{"type":"IdentityObject","identityHash":"","identityType":"emailAddress",'
    '"hashed":false,"salt":""}]',
    '"termsOfUse":"refreshService":"awardedDate":"activityStartDate":"activityEndDate":'
    '"creditsEarned":"creditsAvailable":"licenseNumber":"role":"source":"term":"tag":["',
    '"creator":{"id":"","type":["Profile"],"name":""},"humanCode":"","fieldOfStudy":"",'
    '"specialization":"","inLanguage":"en","version":"","otherIdentifier":[],"related":[]',
    '"credentialSchema":[{"id":"https://purl.imsglobal.org/spec/ob/v3p0/schema/json/'
    'ob_v3p0_achievementcredential_schema.json","type":"1EdTechJsonSchemaValidator2019"}]',
    '"credentialStatus":{"id":"https://","type":"StatusList2021Entry","statusPurpose":"revocation",'
    '"statusListIndex":"","statusListCredential":"https://"}',
    '"type":"1EdTechRevocationList"',
    '"address":{"type":["Address"],"addressCountry":"","addressLocality":"","postalCode":""},'
    '"phone":"","official":"","parentOrg":',
    '"achievementType":"Certificate""achievementType":"Certification""achievementType":"Course"'
    '"achievementType":"Diploma""achievementType":"Competency""achievementType":"MicroCredential"',
    '"type":"Ed25519VerificationKey2020""type":"Multikey","publicKeyMultibase":"z',
    "did:web:did:jwk:ey",
    '"proof":{"type":"DataIntegrityProof","created":"","verificationMethod":"did:key:zDna",'
    '"cryptosuite":"ecdsa-rdfc-2019","proofPurpose":"assertionMethod","proofValue":"z',
    '"cryptosuite":"eddsa-jcs-2022""cryptosuite":"ecdsa-sd-2023"',
    '"validUntil":"20"expirationDate":"20',
    ".png.svg.jpg",
)

# A VC 1.1 presentation in the Learner Credential Wallet style (Ed25519Signature2020).
V1_SKELETON = (
    '{"@context":["https://www.w3.org/2018/credentials/v1",'
    '"https://w3id.org/security/suites/ed25519-2020/v1"],"type":["VerifiablePresentation"],'
    '"verifiableCredential":[{"@context":["https://www.w3.org/2018/credentials/v1",'
    '"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",'
    '"https://w3id.org/security/suites/ed25519-2020/v1"],"id":"urn:uuid:",'
    '"type":["VerifiableCredential","OpenBadgeCredential"],"name":"","issuer":{"id":"did:key:z6Mk",'
    '"type":["Profile"],"name":""},"issuanceDate":"20","expirationDate":"20",'
    '"credentialSubject":{"id":"did:key:z6Mk","type":["AchievementSubject"],'
    '"achievement":{"id":"","type":["Achievement"],"name":"","description":"","criteria":{"narrative":""}}},'
    '"proof":{"type":"Ed25519Signature2020","created":"20","verificationMethod":"did:key:z6Mk",'
    '"proofPurpose":"assertionMethod","proofValue":"z"}}],"id":"urn:uuid:","holder":"did:key:z6Mk",'
    '"proof":{"type":"Ed25519Signature2020","created":"20","verificationMethod":"did:key:z6Mk",'
    '"proofPurpose":"authentication","challenge":"","domain":"","proofValue":"z"}}'
)

# The common case, last: a VC 2.0 presentation of one Open Badges 3.0 credential (eddsa-rdfc-2022).
V2_SKELETON = (
    '{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiablePresentation"],'
    '"verifiableCredential":[{"@context":["https://www.w3.org/ns/credentials/v2",'
    '"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],"id":"urn:uuid:",'
    '"type":["VerifiableCredential","OpenBadgeCredential"],"name":"","description":"",'
    '"issuer":{"id":"did:key:z6Mk","type":["Profile"],"name":"","url":"https://","email":"",'
    '"image":{"id":"https://","type":"Image","caption":""}},'
    '"credentialSubject":{"id":"did:key:z6Mk","type":["AchievementSubject"],"name":"",'
    '"achievement":{"id":"https://","type":["Achievement"],"achievementType":"Badge","name":"",'
    '"description":"","criteria":{"narrative":""},"image":{"id":"https://","type":"Image","caption":""}}},'
    '"validFrom":"20","validUntil":"20",'
    '"credentialStatus":{"id":"https://","type":"BitstringStatusListEntry","statusPurpose":"revocation",'
    '"statusListIndex":"","statusListCredential":"https://"},'
    '"proof":{"type":"DataIntegrityProof","created":"20","verificationMethod":"did:key:z6Mk",'
    '"cryptosuite":"eddsa-rdfc-2022","proofPurpose":"assertionMethod","proofValue":"z"}}],'
    '"id":"urn:uuid:","holder":"did:key:z6Mk","proof":{"type":"DataIntegrityProof","created":"20",'
    '"verificationMethod":"did:key:z6Mk","cryptosuite":"eddsa-rdfc-2022","proofPurpose":"authentication",'
    '"challenge":"","domain":"","proofValue":"z"}}'
)


def build_dictionary_1() -> bytes:
    """Dictionary 1: context URLs, rare terms, then the v1 and v2 skeletons (v2 nearest the data)."""
    parts = [" ".join(CONTEXT_URLS), *RARE_TERMS, V1_SKELETON, V2_SKELETON]
    return "\n".join(parts).encode("utf-8")


BUILDERS = {1: build_dictionary_1}

# SHA-256 of each published dictionary. Never edit an entry; add a new id instead.
PINNED = {1: "1eb5e62758b750fc3335d19678c8a0665ed11e60aca367c6e0245af835661513"}


def dictionary_path(dictionary_id: int) -> pathlib.Path:
    return HERE / f"dict-{dictionary_id}.bin"


def main(argv: list[str] | None = None) -> int:
    for dictionary_id, builder in sorted(BUILDERS.items()):
        data = builder()
        digest = hashlib.sha256(data).hexdigest()
        if PINNED.get(dictionary_id) != digest:
            print(f"dictionary {dictionary_id}: built SHA-256 {digest} differs from the pinned value; "
                  "published dictionaries must not change", file=sys.stderr)
            return 1
        dictionary_path(dictionary_id).write_bytes(data)
        print(f"dict-{dictionary_id}.bin: {len(data)} bytes, sha256 {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
