"""The Annex I checklist read from real micro-credentials of three formats (samples kept with their origin)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from satchel.formats.microcredential import eu_checklist, profile_of
from satchel.model.credential import SignedForm
from satchel.model.microcredential import MANDATORY_KEYS

DATA = Path(__file__).parent / "data" / "microcredentials"


def _load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def _values(checklist) -> dict[str, str | None]:
    return {e.key: e.value for e in checklist.elements}


def test_eleven_mandatory_elements_in_annex_order():
    assert MANDATORY_KEYS == ("learner", "title", "country", "awarding_body", "issued", "learning_outcomes",
                              "workload", "level", "assessment", "participation", "quality_assurance")
    empty = eu_checklist({})
    assert empty.mandatory_total == 11 and empty.mandatory_present == 0
    assert empty.missing == MANDATORY_KEYS


def test_european_commission_sample_elm3():
    checklist = eu_checklist(_load("Sample-MC-Annex1-unsigned.jsonld"))
    values = _values(checklist)
    assert checklist.profile == "elm3"
    assert values["learner"] == "Ana Andromeda"
    assert values["title"] == "Digital micro-credential creation"
    assert values["country"] == "Ireland"
    assert values["awarding_body"] == "University of Zed"
    assert values["issued"] == "2022-12-31"
    assert values["learning_outcomes"] == "Communication, collaboration and creativity; Developing digital content"
    assert values["workload"] == "2 ECTS"
    assert values["level"] == "EQF level 6"
    assert values["assessment"] == "artefact assessment"
    assert values["participation"] == "Blended"
    assert values["grade"] == "Pass"
    assert values["supervision"] == "Unsupervised without ID Verification"
    assert values["integration"] == "stand-alone"
    # The sample names no quality assurance: the checklist says so rather than inventing one.
    assert checklist.missing == ("quality_assurance",)
    assert (checklist.mandatory_present, checklist.mandatory_total) == (10, 11)
    workload = checklist.element("workload")
    assert workload.source_path == "/credentialSubject/hasClaim/specifiedBy/creditPoint"


def test_source_paths_are_json_pointers_into_the_document():
    document = _load("educredentials-uvh_at_microcredential_full_1.json")
    for element in eu_checklist(document).elements:
        if not element.present:
            continue
        node = document
        for part in element.source_path.strip("/").split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
        assert node is not None, element.key


def test_educredentials_ob3_microcredential_is_complete():
    checklist = eu_checklist(_load("educredentials-uvh_at_microcredential_full_1.json"))
    values = _values(checklist)
    assert checklist.profile == "ob3"
    assert values["country"] == "NL"
    assert values["awarding_body"] == "Universiteit van Harderwijk"
    assert values["workload"] == "3 ECTS"
    assert values["level"] == "EQF level 4"
    assert values["assessment"] == "testing"
    assert values["participation"] == "onsite or blended"
    assert values["quality_assurance"] == "W Practische toepassing van animale transmutatie"
    assert values["supervision"] == "onsite with identity verification"
    assert values["grade"] == "8.5"
    assert checklist.element("level").source_path == "/credentialSubject/achievement/alignment/1"
    assert values["learner"] == "https://example.com/students/stu-7Z6X5W"  # an identifier is enough
    assert checklist.missing == () and checklist.complete

def test_study_hours_when_no_ects():
    values = _values(eu_checklist(_load("educredentials-mbob_zw_td_microcredential_full.json")))
    assert values["workload"] == "240 hours"
    assert values["quality_assurance"] is None


def test_1edtech_complete_example_reads_what_it_states():
    checklist = eu_checklist(_load("1edtech-complete-openbadgecredential.json"))
    values = _values(checklist)
    assert values["title"] and values["awarding_body"] and values["issued"]
    assert values["participation"] is None and values["quality_assurance"] is None


def test_open_badges_2_with_edubadges_extensions():
    assertion = {
        "@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "https://example.org/a/1",
        "recipient": {"type": "email", "hashed": False, "identity": "ana@example.org"},
        "issuedOn": "2024-03-01T10:00:00Z",
        "badge": {
            "type": "BadgeClass", "name": "Data literacy", "description": "Reading data critically.",
            "issuer": {"type": "Issuer", "name": "University of Zed"},
            "criteria": {"narrative": "Pass the final test."},
            "extensions:ECTSExtension": {"type": ["Extension", "extensions:ECTSExtension"], "ECTS": 2.5},
            "extensions:EQFExtension": {"type": ["Extension", "extensions:EQFExtension"], "EQF": 7},
            "extensions:LearningOutcomeExtension": {"type": ["Extension", "extensions:LearningOutcomeExtension"],
                                                   "LearningOutcome": "Can read a chart critically."},
        },
    }
    checklist = eu_checklist(assertion, signed_form=SignedForm.OB2_HOSTED)
    values = _values(checklist)
    assert checklist.profile == "ob2"
    assert values["workload"] == "2.5 ECTS"
    assert values["level"] == "EQF level 7"
    assert values["learning_outcomes"] == "Can read a chart critically."
    assert values["issued"] == "2024-03-01"
    assert checklist.element("workload").source_path == "/badge/extensions:ECTSExtension/ECTS"


@pytest.mark.parametrize("hostile", [None, [], "text", {"credentialSubject": [[[]]] * 3},
                                     {"credentialSubject": {"achievement": {"ECTS": True, "alignment": "x"}}},
                                     {"credentialSubject": {"hasClaim": {"specifiedBy": {"creditPoint":
                                                                                           {"point": []}}}}}])
def test_odd_documents_never_raise(hostile):
    checklist = eu_checklist(hostile)
    assert checklist.mandatory_total == 11


def test_profile_detection():
    assert profile_of({"type": ["VerifiableCredential", "EuropeanDigitalCredential"]}) == "elm3"
    assert profile_of({"type": ["VerifiableCredential", "OpenBadgeCredential"]}) == "ob3"
    assert profile_of({"type": "Assertion"}, SignedForm.OB2_SIGNED) == "ob2"
