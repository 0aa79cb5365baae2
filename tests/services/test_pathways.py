"""Pathways towards larger credentials: a learner record (CLR 2.0), a Europass qualification, OB 3.0 alignments."""

from __future__ import annotations

import json
from pathlib import Path

from satchel.formats import parse
from satchel.model import CredentialRecord
from satchel.services.pathways import pathways

DATA = Path(__file__).parents[1] / "formats" / "data" / "microcredentials"


def _records(*documents: bytes) -> list[CredentialRecord]:
    records = []
    for data in documents:
        for index, cred in enumerate(parse(data).credentials):
            records.append(CredentialRecord(id=f"r{len(records)}-{index}", sha256=cred.sha256, format=cred.format.value,
                                            signed_form=cred.signed_form.value, source="test",
                                            added_at="2026-01-01T00:00:00Z", display=cred.display))
    return records


def test_a_learner_record_names_four_parts_two_held():
    clr = (DATA / "clr-data-science-record.json").read_bytes()
    parsed = parse(clr)
    assert parsed.record is parsed.credentials[0]
    assert [c.display.name for c in parsed.credentials[1:]] == ["Data literacy", "Statistics for decisions"]
    assert {c.display.extra["part_of"] for c in parsed.credentials[1:]} == {"https://university.example/records/clr-77"}
    [pathway] = pathways(_records(clr))
    assert pathway.name == "Data science certificate" and pathway.source == "clr"
    assert (pathway.held_count, len(pathway.parts)) == (2, 4)
    assert (pathway.held_credits, pathway.total_credits) == (10, 30)
    assert [p.name for p in pathway.parts if not p.held] == ["Machine learning basics", "Capstone project"]


def test_a_part_earned_later_counts_once_it_is_in_the_wallet():
    clr = json.loads((DATA / "clr-data-science-record.json").read_text(encoding="utf-8"))
    third = json.loads(json.dumps(clr["credentialSubject"]["verifiableCredential"][0]))
    third["id"] = "urn:uuid:later"
    third["credentialSubject"]["achievement"]["id"] = "urn:uuid:0b1e6a10-0000-4000-8000-000000000103"
    third["credentialSubject"]["achievement"]["name"] = "Machine learning basics"
    [pathway] = pathways(_records(json.dumps(clr).encode(), json.dumps(third).encode()))
    assert pathway.held_count == 3 and pathway.held_credits == 20


def test_europass_qualification_parts_in_ects():
    edc = json.loads((DATA / "Sample-MC-Annex1-unsigned.jsonld").read_text(encoding="utf-8"))
    spec = edc["credentialSubject"]["hasClaim"]["specifiedBy"]
    spec["creditPoint"]["point"] = 10
    spec["hasPart"] = [
        {"id": "urn:epass:qualification:part-a", "type": "Qualification", "title": {"en": "Module A"},
         "creditPoint": {"type": "CreditPoint", "point": 4,
                         "framework": {"id": "http://data.europa.eu/snb/education-credit/6fcec5c5af"}}},
        {"id": "urn:epass:qualification:part-b", "type": "Qualification", "title": {"en": "Module B"},
         "creditPoint": {"type": "CreditPoint", "point": 6,
                         "framework": {"id": "http://data.europa.eu/snb/education-credit/6fcec5c5af"}}},
    ]
    module_a = json.loads((DATA / "Sample-MC-Annex1-unsigned.jsonld").read_text(encoding="utf-8"))
    module_a["id"] = "urn:credential:module-a"
    module_a["credentialSubject"]["hasClaim"]["specifiedBy"]["id"] = "urn:epass:qualification:part-a"
    [pathway] = [p for p in pathways(_records(json.dumps(edc).encode(), json.dumps(module_a).encode()))
                 if p.source == "elm" and len(p.parts) == 2]
    assert pathway.credit_unit == "ECTS" and pathway.total_credits == 10
    assert (pathway.held_count, pathway.held_credits) == (1, 4)


def test_open_badges_alignment_to_other_credentials():
    badge = {"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
             "id": "urn:uuid:cap", "type": ["VerifiableCredential", "OpenBadgeCredential"],
             "issuer": {"id": "https://u.example/i", "type": ["Profile"], "name": "U"},
             "validFrom": "2025-01-01T00:00:00Z",
             "credentialSubject": {"type": ["AchievementSubject"], "achievement": {
                 "id": "urn:uuid:ach-cap", "type": ["Achievement"], "name": "Capstone", "criteria": {"narrative": "x"},
                 "description": "x", "alignment": [
                     {"type": ["Alignment"], "targetType": "ceasn:Credential", "targetName": "Part one",
                      "targetUrl": "urn:uuid:ach-1"},
                     {"type": ["Alignment"], "targetType": "ceasn:Competency", "targetName": "A skill",
                      "targetUrl": "https://skills.example/1"}]}}}
    [pathway] = pathways(_records(json.dumps(badge).encode()))
    assert pathway.source == "ob3" and [p.name for p in pathway.parts] == ["Part one"]
    assert pathway.total_credits is None and pathway.held_count == 0


def test_a_wallet_without_larger_credentials_has_no_pathway():
    assert pathways(_records((DATA / "educredentials-uvh_at_microcredential_full_1.json").read_bytes())) == []


def test_a_learner_record_as_a_vc_jwt_brings_its_parts_too():
    import base64

    def b64(data: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    clr = json.loads((DATA / "clr-data-science-record.json").read_text(encoding="utf-8"))
    token = f"{b64({'alg': 'EdDSA', 'typ': 'JWT'})}.{b64({'iss': clr['issuer']['id'], 'vc': clr})}.c2ln"
    parsed = parse(token.encode())
    assert parsed.record is not None and parsed.record.format.value == "vc-jwt"
    assert len(parsed.credentials) == 3


def test_link_only_record_in_a_pdf_bundle_reads_as_a_link():
    from satchel import formats
    from satchel.services.sharing import pdf_items

    [record] = _records(formats.make_link_record("https://verify.example.org/c/9", "Cloud basics", "MOOC"))
    [item] = pdf_items([record], {}, "fr")
    assert item.name == "Cloud basics"
    assert item.verification == ["Lien seulement : vérifiez-le sur le site de l'émetteur, https://verify.example.org/c/9"]


def test_the_1edtech_clr_example_imports_its_credential_and_its_graph():
    """The CLR 2.0 example of the 1EdTech specification (kept under tests/vc/vectors/1edtech-clr)."""
    example = Path(__file__).parents[1] / "vc" / "vectors" / "1edtech-clr" / "document-before-signing.json"
    parsed = parse(example.read_bytes())
    assert parsed.record is not None and parsed.record.display.name == "Sample Transcript"
    assert [c.display.name for c in parsed.credentials[1:]] == ["Example University Degree"]
    [pathway] = pathways(_records(example.read_bytes()))
    assert pathway.name == "Achievement 1" and [p.name for p in pathway.parts] == ["Achievement 2"]
    assert pathway.held_count == 0 and pathway.total_credits is None
