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

from .vocabulary import build_dictionary_3 as build_vocabulary_3

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


# ---- Dictionary 2 (codec B): for JSON whose base58btc values were packed into tokens ----
# Codec B replaces each base58btc value by a token (satchel.share.payload.packing): 0x01 L for a new
# value of L bytes (34 for an Ed25519 did:key, 64 for a Data Integrity signature), 0x02 i for the
# i-th value again. The skeletons below hold those tokens where real presentations have them.
NEW_KEY = "\x01\x22"  # a new did:key multibase (0xed01 + 32-byte Ed25519 key = 34 bytes)
NEW_SIGNATURE = "\x01\x40"  # a new 64-byte signature proofValue


def _again(index: int) -> str:
    return "\x02" + chr(index)


def _vm(index: int) -> str:
    """A did:key verification method whose key is the ``index``-th packed value."""
    return f"did:key:{_again(index)}#{_again(index)}"


CONTEXT_URLS_2 = (
    *CONTEXT_URLS,
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    "https://www.w3.org/ns/credentials/v2",
)

# Generic words and phrases of badge names, descriptions and criteria (English, then French).
PHRASES = (
    "Ce badge reconnaît la réussite de Décerné pour avoir démontré des compétences en "
    "L'apprenant a terminé tous les travaux requis et réussi l'évaluation finale. "
    "Certificat de réussite Attestation de formation Compétences numériques Université École Institut ",
    "Introduction to Advanced Foundations of Principles of Certificate of Completion Certificate in "
    "Professional Skills Communication Leadership Project Management Digital Skills Data Analysis "
    "Critical Thinking Problem Solving Collaboration Customer Service Health and Safety First Aid "
    "Sustainability Cybersecurity Programming Web Development Design Research Methods Language ",
    "University of College Institute School of Academy Department of Center for Centre ",
    "This credential is awarded to learners who have successfully completed the course. "
    "Earners of this badge have demonstrated the ability to apply and understand the knowledge, "
    "skills and competencies required. Successfully completed the program, passed the final exam "
    "with a score of at least 80% and submitted a project portfolio. Participants attended all sessions. ",
    "This badge recognises Awarded for demonstrating The learner completed all required coursework "
    "and passed the assessment for ",
    "/achievements//badges//images/logo.png/image.png.svg.jpg badge image logo",
)

# A VC 1.1 presentation in the Learner Credential Wallet style (Ed25519Signature2020), tokenised.
V1_SKELETON_2 = (
    '{"@context":["https://www.w3.org/2018/credentials/v1",'
    '"https://w3id.org/security/suites/ed25519-2020/v1"],"type":["VerifiablePresentation"],'
    '"verifiableCredential":[{"@context":["https://www.w3.org/2018/credentials/v1",'
    '"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",'
    '"https://w3id.org/security/suites/ed25519-2020/v1"],"id":"urn:uuid:",'
    '"type":["VerifiableCredential","OpenBadgeCredential"],"name":"","description":"",'
    f'"issuer":{{"id":"did:key:{NEW_KEY}","type":["Profile"],"name":""}},"issuanceDate":"20","expirationDate":"20",'
    f'"credentialSubject":{{"id":"did:key:{NEW_KEY}","type":["AchievementSubject"],'
    '"achievement":{"id":"","type":["Achievement"],"name":"","description":"","criteria":{"narrative":""}}},'
    f'"proof":{{"type":"Ed25519Signature2020","created":"20","verificationMethod":"{_vm(0)}",'
    f'"proofPurpose":"assertionMethod","proofValue":"{NEW_SIGNATURE}"}}}}],"id":"urn:uuid:",'
    f'"holder":"did:key:{_again(1)}","proof":{{"type":"Ed25519Signature2020","created":"20",'
    f'"verificationMethod":"{_vm(1)}","proofPurpose":"authentication","challenge":"","domain":"",'
    f'"proofValue":"{NEW_SIGNATURE}"}}}}'
)

# One Open Badges 3.0 credential (VC 2.0, eddsa-rdfc-2022) in the key order of the Digital Bazaar /
# DCC issuers; ``issuer`` is the packed-value index of the issuer's key.
def _credential(issuer: int) -> str:
    return (
        '{"@context":["https://www.w3.org/ns/credentials/v2",'
        '"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],"id":"urn:uuid:",'
        '"type":["VerifiableCredential","OpenBadgeCredential"],"name":"","description":"",'
        f'"issuer":{{"id":"did:key:{NEW_KEY}","type":["Profile"],"name":"","url":"https://","email":"",'
        '"image":{"id":"https://","type":"Image","caption":" logo"}},'
        f'"credentialSubject":{{"id":"did:key:{NEW_KEY}","type":["AchievementSubject"],"name":"",'
        '"achievement":{"id":"https://","type":["Achievement"],"achievementType":"Badge","name":"",'
        '"description":"","criteria":{"narrative":""},'
        '"image":{"id":"https://","type":"Image","caption":" badge image"}}},'
        '"validFrom":"20","validUntil":"20",'
        '"credentialStatus":{"id":"https://","type":"BitstringStatusListEntry","statusPurpose":"revocation",'
        '"statusListIndex":"","statusListCredential":"https://"},'
        f'"proof":{{"type":"DataIntegrityProof","created":"20","verificationMethod":"{_vm(issuer)}",'
        f'"cryptosuite":"eddsa-rdfc-2022","proofPurpose":"assertionMethod","proofValue":"{NEW_SIGNATURE}"}}}}'
    )


# The common case, last: Satchel's own VC 2.0 presentation (key order of satchel.vc.signing) of one
# credential, holder first (packed value 0), with a challenge and a domain.
V2_SKELETON_2 = (
    '{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiablePresentation"],'
    f'"holder":"did:key:{NEW_KEY}","verifiableCredential":[{_credential(1)}],'
    '"proof":{"type":"DataIntegrityProof","cryptosuite":"eddsa-rdfc-2022","created":"20",'
    f'"verificationMethod":"{_vm(0)}","proofPurpose":"authentication","challenge":"","domain":"",'
    f'"proofValue":"{NEW_SIGNATURE}"}}}}'
)


def build_dictionary_2() -> bytes:
    """Dictionary 2: context URLs, rare terms, phrases, then tokenised v1 and v2 skeletons."""
    parts = [" ".join(CONTEXT_URLS_2), *RARE_TERMS, *PHRASES, V1_SKELETON_2, V2_SKELETON_2]
    return "\n".join(parts).encode("utf-8")


def build_dictionary_3() -> bytes:
    """Dictionary 3 (codec C): published vocabulary only, see vocabulary.py."""
    return build_vocabulary_3(CONTEXT_URLS_2, RARE_TERMS)


BUILDERS = {1: build_dictionary_1, 2: build_dictionary_2, 3: build_dictionary_3}


# SHA-256 of each published dictionary. Never edit an entry; add a new id instead.
PINNED = {
    1: "1eb5e62758b750fc3335d19678c8a0665ed11e60aca367c6e0245af835661513",
    2: "005b346bc77da636fa8927548c9ef025ff58f03263e7ff1a1f2b4220e342a902",
    3: "b74b24eb3a9374284461ddd325f73403b7e79c82e601977d4a7b658c45e44098",
}

# SHA-256 of each published preset Huffman code (``dict-<id>.code``: 316 code lengths, written by
# scripts/train_qr_code.py). Never edit an entry either.
PINNED_CODES = {3: "0ec9e29b23ae0e7c495c221a96412976c0315c453d595911514db3cb430f2f91"}


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
