"""The learner's PDF: always a code to scan (all parts of an animated one), and no line that only makes
sense to a recruiter (whether *they* trust the issuer)."""

from __future__ import annotations

import re

from satchel.i18n import t
from satchel.services.sharing import pdf_items


def _images(pdf: bytes) -> int:
    return len(re.findall(rb"/Subtype\s*/Image", pdf))


def test_a_pdf_of_several_credentials_carries_its_code(satchel, issue, tmp_path):
    ids = [satchel.import_bytes(issue(f"Badge {n}"), source="test").added[0] for n in range(3)]
    satchel.export_pdf(ids, tmp_path / "three.pdf", lang="fr")
    pdf = (tmp_path / "three.pdf").read_bytes()
    assert _images(pdf) >= 1  # made for the PDF when no code was shown first
    bundle = satchel.share(ids)
    satchel.export_pdf(ids, tmp_path / "shown.pdf", bundle=bundle)
    assert _images((tmp_path / "shown.pdf").read_bytes()) == len(bundle.pngs)


def test_no_trust_warning_and_human_dates_for_the_learner(satchel, issue):
    cred_id = satchel.import_bytes(issue("Badge"), source="test").added[0]
    report = satchel.verify_stored(cred_id)
    trust = next(c for c in report.checks if c.name.value == "issuer_trust")
    [item] = pdf_items([satchel.get(cred_id)], {cred_id: report}, "en")
    assert t(trust.message, "en", **trust.params) not in item.verification
    assert not any(re.search(r"\d{4}-\d{2}-\d{2}", line) for line in item.verification[:1])
    assert item.issued is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", item.issued)
