"""What a credential means, for whoever reads it: the learning outcomes, workload, level and assessment the
EU checklist found, and "EU micro-credential: N of 11", in the recruiter's report and in both PDFs."""

from __future__ import annotations

import json
import re
import zlib
from pathlib import Path

from satchel.services.microcredentials import meaning_lines
from satchel.services.presented import presented
from satchel.share.pdf import PdfItem, presentation_pdf

DATA = Path(__file__).resolve().parents[1] / "formats" / "data" / "microcredentials"
SAMPLE = DATA / "Sample-MC-Annex1-signed.jsonld"
EXPECTED_EN = ["Learning outcomes: Communication, collaboration and creativity; Developing digital content",
               "Notional workload: 2 ECTS", "Level (EQF): EQF level 6", "Type of assessment: artefact assessment",
               "EU micro-credential: 10 of 11 mandatory elements"]


def test_a_presented_credential_carries_its_checklist_read_from_the_document():
    [told] = presented(json.loads(SAMPLE.read_text()))
    assert told.eu is not None and told.eu.mandatory_present == 10 and told.eu.missing == ("quality_assurance",)
    assert meaning_lines(told.eu, "en") == EXPECTED_EN
    fr = meaning_lines(told.eu, "fr")
    assert "Charge de travail théorique : 2 ECTS" in fr
    assert fr[-1] == "Microcertification européenne : 10 éléments obligatoires sur 11"


def test_only_stated_elements_become_lines(corpus_dir_path):
    cred = json.loads((corpus_dir_path / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json").read_text())
    [told] = presented(cred)
    lines = meaning_lines(told.eu, "en")
    assert lines[-1].startswith("EU micro-credential: ") and lines[-1] != EXPECTED_EN[-1]
    assert not any(line.startswith(("Notional workload", "Level (EQF)")) for line in lines)


def _presentation_of_the_sample(satchel, path: Path) -> Path:
    """The learner's signed presentation of the sample, as a file (too large for a QR code)."""
    from satchel.services.sharing import build_presentation

    [cred_id] = satchel.import_bytes(SAMPLE.read_bytes(), source="test").added
    vp, _nonce = build_presentation(satchel.session.wallet(), [satchel.get(cred_id)], clock=satchel.clock,
                                    challenge=None, domain=None)
    path.write_text(json.dumps(vp))
    return path


def test_the_recruiters_pdf_items_say_what_the_credential_means(satchel, recruiter, tmp_path):
    from satchel.services.recruiter import report_pdf_items

    result = recruiter.verify_presentation_file(_presentation_of_the_sample(satchel, tmp_path / "vp.json"))
    assert result.report.kind == "presentation" and len(result.report.credentials) == 1
    [item] = report_pdf_items(result.report, "en", presented(result.document))
    assert item.name == "Digital micro-credential creation" and item.meaning == EXPECTED_EN
    [bare] = report_pdf_items(result.report, "en")  # reopened from the history: nothing to read it from
    assert bare.meaning == []


def test_the_learners_pdf_items_say_what_the_credential_means(satchel):
    from satchel.services.sharing import pdf_items

    [cred_id] = satchel.import_bytes(SAMPLE.read_bytes(), source="test").added
    report = satchel.verify_stored(cred_id)
    [item] = pdf_items([satchel.get(cred_id)], {cred_id: report}, "en")
    assert item.meaning == EXPECTED_EN
    [link_id] = satchel.add_link("https://cert.example/1", "Course").added
    [link] = pdf_items([satchel.get(link_id)], {}, "en")
    assert link.meaning == []  # a link-only record states nothing Satchel could read


def _streams(pdf: bytes) -> bytes:
    out = []
    for raw in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.DOTALL):
        try:
            out.append(zlib.decompress(raw))
        except zlib.error:
            out.append(raw)
    return b"\n".join(out)


def test_the_pdf_prints_the_meaning_under_its_own_heading(monkeypatch):
    monkeypatch.setattr("satchel.share.pdf.find_unicode_font", lambda: None)  # core fonts: text is searchable
    pdf = presentation_pdf([PdfItem("Micro", meaning=["Notional workload: 2 ECTS"])], None, lang="fr")
    content = _streams(pdf)
    assert b"Notional workload: 2 ECTS" in content and "Ce qu'il atteste".encode("latin-1") in content
    plain = _streams(presentation_pdf([PdfItem("Micro")], None, lang="fr"))
    assert "Ce qu'il atteste".encode("latin-1") not in plain
