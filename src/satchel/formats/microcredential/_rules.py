"""Where each Annex I element lives, per format. docs/eu-microcredentials.md is this table in prose.

Sources are tried in order; the first that yields a value wins. Paths are relative to the credential
document (the VC / ELM credential, or the OB 2.0 assertion with its embedded badge and issuer).
"""

from __future__ import annotations

from typing import Any

from satchel.formats.microcredential._lookup import Source, text
from satchel.formats.microcredential._render import (
    credit_point,
    date,
    duration,
    eqf_level,
    flag,
    person_name,
    plain_identifier,
    with_unit,
)

Rules = dict[str, tuple[Source, ...]]

_SKILL_TYPES = ("competency", "skill", "competence", "learningoutcome", "learning outcome")


def _alignment_type(alignment: Any) -> str:
    if not isinstance(alignment, dict):
        return ""
    fields = (alignment.get("targetType"), alignment.get("targetFramework"), alignment.get("targetUrl"))
    return " ".join(str(f) for f in fields if isinstance(f, str)).lower()


def _is_eqf(alignment: Any) -> bool:
    kind = _alignment_type(alignment)
    return "eqf" in kind or "europa.eu/snb/eqf" in kind or "qf-ehea" in kind


def _is_quality_assurance(alignment: Any) -> bool:
    kind = _alignment_type(alignment)
    return "qualityassurance" in kind or "quality assurance" in kind or "accreditation" in kind


def _is_skill(alignment: Any) -> bool:
    kind = _alignment_type(alignment)
    return "esco" in kind or any(t in kind for t in _SKILL_TYPES)


def _is_ects_result(result: Any) -> bool:
    return isinstance(result, dict) and "credit" in str(result.get("resultType", "")).lower()


_ACH = "credentialSubject/achievement"

OB3: Rules = {
    "learner": (Source("credentialSubject/name"), Source("credentialSubject/identifier", plain_identifier),
                Source("credentialSubject/id")),
    "title": (Source(f"{_ACH}/name"), Source("name")),
    "country": (Source("issuer/address/addressCountryCode"), Source("issuer/address/addressCountry")),
    "awarding_body": (Source("issuer/name"),),
    "issued": (Source("awardedDate", date), Source("validFrom", date), Source("issuanceDate", date)),
    "learning_outcomes": (Source(f"{_ACH}/learningOutcome"), Source(f"{_ACH}/alignment", where=_is_skill),
                          Source(f"{_ACH}/criteria/narrative")),
    "workload": (Source(f"{_ACH}/ECTS", with_unit("ECTS")), Source(f"{_ACH}/creditsAvailable", with_unit("credits")),
                 Source("credentialSubject/creditsEarned", with_unit("credits")),
                 Source(f"{_ACH}/timeInvestment", with_unit("hours")), Source(f"{_ACH}/SBU", with_unit("hours")),
                 Source(f"{_ACH}/studyLoad", with_unit("hours"))),
    "level": (Source(f"{_ACH}/alignment", eqf_level, where=_is_eqf), Source(f"{_ACH}/EQF", eqf_level),
              Source(f"{_ACH}/eqfLevel", eqf_level)),
    "assessment": (Source(f"{_ACH}/assessmentType"), Source(f"{_ACH}/assessment/assessmentType"),
                   Source(f"{_ACH}/resultDescription")),
    "participation": (Source(f"{_ACH}/participationType"), Source(f"{_ACH}/mode")),
    "quality_assurance": (Source(f"{_ACH}/alignment", where=_is_quality_assurance),
                          Source(f"{_ACH}/qualityAssurance"), Source("issuer/accreditation")),
    "prerequisites": (Source(f"{_ACH}/prerequisites"), Source(f"{_ACH}/entryRequirement")),
    "supervision": (Source(f"{_ACH}/supervisionType"),
                    Source(f"{_ACH}/identityChecked", flag("identity checked", "identity not checked"))),
    "grade": (Source("credentialSubject/result/value"), Source("credentialSubject/result/achievedLevel")),
    "integration": (Source(f"{_ACH}/related"), Source(f"{_ACH}/isPartOf")),
    "further_information": (Source(f"{_ACH}/description"), Source("description")),
}

_CLAIM = "credentialSubject/hasClaim"
_AWARDING = f"{_CLAIM}/awardedBy/awardingBody"

ELM3: Rules = {
    "learner": (Source("credentialSubject/fullName"), Source("credentialSubject", person_name),
                Source("credentialSubject/id")),
    "title": (Source(f"{_CLAIM}/title"), Source(f"{_CLAIM}/specifiedBy/title"), Source("displayParameter/title")),
    "country": (Source(f"{_AWARDING}/location/address/countryCode"),
                Source("issuer/location/address/countryCode")),
    "awarding_body": (Source(f"{_AWARDING}/legalName"), Source("issuer/legalName")),
    "issued": (Source(f"{_CLAIM}/awardedBy/awardingDate", date), Source("issuanceDate", date),
               Source("issued", date), Source("validFrom", date)),
    "learning_outcomes": (Source(f"{_CLAIM}/specifiedBy/learningOutcome"), Source(f"{_CLAIM}/learningOutcome"),
                          Source(f"{_CLAIM}/specifiedBy/learningOutcomeSummary")),
    "workload": (Source(f"{_CLAIM}/specifiedBy/creditPoint", credit_point), Source(f"{_CLAIM}/creditReceived",
                 credit_point), Source(f"{_CLAIM}/specifiedBy/volumeOfLearning", duration)),
    "level": (Source(f"{_CLAIM}/specifiedBy/eqfLevel", eqf_level), Source(f"{_CLAIM}/specifiedBy/nqfLevel"),
              Source(f"{_CLAIM}/specifiedBy/qfehea")),
    "assessment": (Source(f"{_CLAIM}/provenBy/specifiedBy/dcType"), Source(f"{_CLAIM}/provenBy/title"),
                   Source(f"{_CLAIM}/provenBy/specifiedBy/title")),
    "participation": (Source(f"{_CLAIM}/specifiedBy/mode"), Source(f"{_CLAIM}/influencedBy/specifiedBy/mode"),
                      Source(f"{_CLAIM}/specifiedBy/learningSetting")),
    "quality_assurance": (Source(f"{_CLAIM}/specifiedBy/accreditation"), Source(f"{_AWARDING}/accreditation"),
                          Source("issuer/accreditation")),
    "prerequisites": (Source(f"{_CLAIM}/specifiedBy/entryRequirement"),),
    "supervision": (Source(f"{_CLAIM}/provenBy/idVerification"),),
    "grade": (Source(f"{_CLAIM}/provenBy/grade"),),
    "integration": (Source(f"{_CLAIM}/specifiedBy/isPartialQualification",
                           flag("part of a larger qualification", "stand-alone")),
                    Source(f"{_CLAIM}/isPartOf"), Source(f"{_CLAIM}/specifiedBy/isPartOf")),
    "further_information": (Source(f"{_CLAIM}/specifiedBy/additionalNote"), Source(f"{_CLAIM}/additionalNote"),
                            Source("displayParameter/description")),
}

_BADGE = "badge"
_EXT = f"{_BADGE}/extensions:"

OB2: Rules = {  # Open Badges 2.0, with the Edubadges (SURF) extensions on the BadgeClass
    "learner": (Source("recipient", plain_identifier),),
    "title": (Source(f"{_BADGE}/name"),),
    "country": (),
    "awarding_body": (Source(f"{_BADGE}/issuer/name"),),
    "issued": (Source("issuedOn", date),),
    "learning_outcomes": (Source(f"{_EXT}LearningOutcomeExtension/LearningOutcome"),
                          Source(f"{_BADGE}/alignment", where=_is_skill), Source(f"{_BADGE}/criteria/narrative")),
    "workload": (Source(f"{_EXT}ECTSExtension/ECTS", with_unit("ECTS")),
                 Source(f"{_EXT}StudyLoadExtension/StudyLoad", with_unit("hours")),
                 Source(f"{_EXT}TimeInvestmentExtension/TimeInvestment", with_unit("hours"))),
    "level": (Source(f"{_EXT}EQFExtension/EQF", eqf_level), Source(f"{_BADGE}/alignment", eqf_level, where=_is_eqf)),
    "assessment": (),
    "participation": (),
    "quality_assurance": (Source(f"{_BADGE}/alignment", where=_is_quality_assurance),),
    "prerequisites": (),
    "supervision": (),
    "grade": (),
    "integration": (),
    "further_information": (Source(f"{_BADGE}/description"),),
}

__all__ = ["ELM3", "OB2", "OB3", "Rules", "text"]
