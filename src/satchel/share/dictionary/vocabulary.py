"""Dictionary 3 (codec C): vocabulary of the published contexts and specifications only.

Every string comes from one of these sources (docs/qr-format.md, "Codec C", lists them again):

- ``ob3-descriptions.txt``: the English descriptions of the classes, properties and enumerated values
  of the Open Badges 3.0 data model, one per line, in the order of ``ob_v3p0/common_credentials.lines``
  in the 1EdTech/openbadges-specification repository (commit 1af145ff2dc6e22627e79eb5d0f9afca06ea2489,
  the commit the interop corpus cites), whole descriptions up to 20,000 bytes — the spec's own words
  (credential, achievement, issuer, criteria, earner …), no examples;
- the context URLs of VC 1.1 / 2.0, Open Badges 3.0.x, Data Integrity, DID and status lists;
- the enumerations of the Open Badges 3.0 specification (AchievementType, ResultType,
  AlignmentTargetType) and the Data Integrity names (cryptosuites, proof purposes);
- the rare-term fragments of dictionaries 1 and 2 (Open Badges 3.0 classes with empty values);
- two presentation skeletons with empty values: Satchel's own VC 1.1 and VC 2.0 presentations (the key
  order of ``satchel.vc.signing``) around one Open Badges 3.0 credential in the key order of the Digital
  Bazaar issuer libraries, with codec C's value tokens where keys, ids and signatures go.

No names, descriptions, URLs of issuers, dates, keys or signatures; nothing from the interop corpus or
from the public credentials the benchmark measures. Most likely strings last (nearest the data).
"""

from __future__ import annotations

import pathlib

HERE = pathlib.Path(__file__).resolve().parent
# Open Badges 3.0 enumerations (specification, appendix "Enumerated Value Set").
RESULT_TYPES = (
    "GradePointAverage", "LetterGrade", "Percent", "PerformanceLevel", "PredictedScore", "RawScore", "Result",
    "RubricCriterion", "RubricCriterionLevel", "RubricScore", "ScaledScore", "Status",
)
ALIGNMENT_TARGET_TYPES = (
    "ceasn:Competency", "ceterms:Credential", "CFItem", "CFRubric", "CFRubricCriterion",
    "CFRubricCriterionLevel", "CTDL",
)
ACHIEVEMENT_TYPES = (  # the likeliest last
    "ApprenticeshipCertificate", "Assessment", "Assignment", "AssociateDegree", "Award", "BachelorDegree",
    "CertificateOfCompletion", "CommunityService", "CoCurricular", "Degree", "DoctoralDegree", "Fieldwork",
    "GeneralEducationDevelopment", "JourneymanCertificate", "LearningProgram", "License", "Membership",
    "ProfessionalDoctorate", "QualityAssuranceCredential", "MasterCertificate", "MasterDegree",
    "ResearchDoctorate", "SecondarySchoolDiploma", "Achievement", "Certification", "Competency", "Course",
    "Diploma", "MicroCredential", "Certificate", "Badge",
)
DATA_INTEGRITY = (
    '"cryptosuite":"ecdsa-rdfc-2019""cryptosuite":"ecdsa-jcs-2019""cryptosuite":"ecdsa-sd-2023"'
    '"cryptosuite":"eddsa-jcs-2022""cryptosuite":"bbs-2023"',
    '"proofPurpose":"capabilityInvocation""proofPurpose":"capabilityDelegation""proofPurpose":"keyAgreement"',
    '"type":"Ed25519Signature2020""type":"Multikey""type":"JsonWebSignature2020"',
    '"statusPurpose":"suspension""type":"StatusList2021Entry""type":"1EdTechRevocationList"',
)

# Codec C value tokens (satchel.share.payload.packing).
SIGNATURE = "\x01\x40"  # a new 64-byte signature
KEY = "\x03"  # a new Ed25519 did:key (32 bytes, prefix implied)
UUID = "\x04"  # a new UUID (16 bytes)


def _again(index: int) -> str:
    return "\x02" + chr(index)


def _vm(index: int) -> str:
    return f"did:key:{_again(index)}#{_again(index)}"


# Packed values in order: holder key (0), credential id (1), issuer key (2), subject key (3), achievement id (4).
_ACHIEVEMENT = (
    '"achievement":{"id":"urn:uuid:' + UUID + '","type":["Achievement"],"achievementType":"Badge","name":"",'
    '"description":"","criteria":{"type":"Criteria","narrative":""},'
    '"image":{"id":"https://","type":"Image","caption":""}}'
)
_STATUS = (
    '"credentialStatus":{"id":"https://","type":"BitstringStatusListEntry","statusPurpose":"revocation",'
    '"statusListIndex":"","statusListCredential":"https://"}'
)
_ISSUER = (
    f'"issuer":{{"id":"did:key:{KEY}","type":["Profile"],"name":"","url":"https://","email":"",'
    '"image":{"id":"https://","type":"Image","caption":""}}'
)
_SUBJECT = f'"credentialSubject":{{"id":"did:key:{KEY}","type":["AchievementSubject"],"name":"",{_ACHIEVEMENT}}}'

V1_CREDENTIAL = (
    '{"@context":["https://www.w3.org/2018/credentials/v1",'
    '"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",'
    '"https://w3id.org/security/suites/ed25519-2020/v1"],"id":"urn:uuid:' + UUID + '",'
    '"type":["VerifiableCredential","OpenBadgeCredential"],"name":"","description":"",'
    f'{_ISSUER},"issuanceDate":"20","expirationDate":"20",{_SUBJECT},{_STATUS},'
    f'"proof":{{"type":"Ed25519Signature2020","created":"20","verificationMethod":"{_vm(2)}",'
    f'"proofPurpose":"assertionMethod","proofValue":"{SIGNATURE}"}}}}'
)
V1_PRESENTATION = (
    '{"@context":["https://www.w3.org/2018/credentials/v1","https://w3id.org/security/suites/ed25519-2020/v1"],'
    f'"type":["VerifiablePresentation"],"holder":"did:key:{KEY}","verifiableCredential":[{V1_CREDENTIAL}],'
    f'"proof":{{"type":"Ed25519Signature2020","created":"20","verificationMethod":"{_vm(0)}",'
    f'"proofPurpose":"authentication","challenge":"","domain":"","proofValue":"{SIGNATURE}"}}}}'
)
V2_CREDENTIAL = (
    '{"@context":["https://www.w3.org/ns/credentials/v2",'
    '"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],"id":"urn:uuid:' + UUID + '",'
    '"type":["VerifiableCredential","OpenBadgeCredential"],"name":"","description":"",'
    f'{_ISSUER},{_SUBJECT},"validFrom":"20","validUntil":"20",{_STATUS},'
    f'"proof":{{"type":"DataIntegrityProof","created":"20","verificationMethod":"{_vm(2)}",'
    f'"cryptosuite":"eddsa-rdfc-2022","proofPurpose":"assertionMethod","proofValue":"{SIGNATURE}"}}}}'
)
V2_PRESENTATION = (
    '{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiablePresentation"],'
    f'"holder":"did:key:{KEY}","verifiableCredential":[{V2_CREDENTIAL}],'
    '"proof":{"type":"DataIntegrityProof","cryptosuite":"eddsa-rdfc-2022","created":"20",'
    f'"verificationMethod":"{_vm(0)}","proofPurpose":"authentication","challenge":"","domain":"",'
    f'"proofValue":"{SIGNATURE}"}}}}'
)


def build_dictionary_3(context_urls: tuple[str, ...], rare_terms: tuple[str, ...]) -> bytes:
    """Dictionary 3: the specification's descriptions, Data Integrity names, context URLs, rare-term
    fragments, enumerations, then the tokenised VC 1.1 and VC 2.0 presentation skeletons (VC 2.0
    nearest the data)."""
    descriptions = (HERE / "ob3-descriptions.txt").read_text(encoding="utf-8")
    parts = [
        descriptions.rstrip("\n"),
        *DATA_INTEGRITY,
        " ".join(context_urls),
        *rare_terms,
        ",".join(f'"resultType":"{name}"' for name in RESULT_TYPES),
        ",".join(f'"targetType":"{name}"' for name in ALIGNMENT_TARGET_TYPES),
        ",".join(f'"achievementType":"{name}"' for name in ACHIEVEMENT_TYPES),
        V1_PRESENTATION,
        V2_PRESENTATION,
    ]
    return "\n".join(parts).encode("utf-8")
