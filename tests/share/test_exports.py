"""PDF export (French text, badge images, one page per credential) and LinkedIn add-to-profile links."""

from __future__ import annotations

import base64
import re
import zlib
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest

from satchel.errors import UsageError
from satchel.share.linkedin import linkedin_add_url
from satchel.share.pdf import PdfItem, presentation_pdf
from satchel.share.pdf_fonts import latin1
from satchel.share.qrimage import render_png


def _streams(pdf: bytes) -> bytes:
    out = []
    for raw in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            out.append(zlib.decompress(raw))
        except zlib.error:
            out.append(raw)
    return b"\n".join(out)


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def test_one_page_per_credential_with_french_text_badge_and_qr():
    qr = render_png("SAT1:AEXAMPLE")
    badge = "data:image/png;base64," + base64.b64encode(render_png("BADGE", scale=2)).decode()
    items = [
        PdfItem("Compétences numériques – œuvre collective", issuer="Université de Montréal",
                issued="2026-01-05", expires="2028-01-05", recipient="Zoé Dupré",
                description="Décerné pour une présentation orale réussie.",
                verification=["Signature valide", "Émetteur vérifié"], image=badge),
        PdfItem("Second badge", issuer="École", image=render_png("X", scale=2)),
        PdfItem("Third badge"),
    ]
    pdf = presentation_pdf(items, qr, lang="fr")
    assert pdf.startswith(b"%PDF-")
    assert _pages(pdf) == 3
    content = _streams(pdf)
    for codepoint in (b"<00E9>", b"<0153>", b"<00C9>"):  # é, œ, É are mapped in the embedded font
        assert codepoint in content
    assert pdf.count(b"/Subtype /Image") >= 3  # badge PNGs and the QR code


def test_unreadable_or_svg_badges_do_not_break_the_pdf():
    pdf = presentation_pdf([PdfItem("A", image=b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
                            PdfItem("B", image="data:image/png;base64,!!!!")], None)
    assert _pages(pdf) == 2
    assert b"/Subtype /Image" not in pdf


def test_core_font_fallback_keeps_french_accents():
    assert latin1("Zoé, cœur – “été”") == 'Zoé, coeur - "été"'


def test_core_fonts_are_used_when_no_unicode_font_is_installed(monkeypatch):
    monkeypatch.setattr("satchel.share.pdf.find_unicode_font", lambda: None)
    pdf = presentation_pdf([PdfItem("Développement œuvre", issuer="Université")], None, lang="fr")
    assert b"/BaseFont /Helvetica" in pdf
    assert "Développement oeuvre".encode("latin-1") in _streams(pdf)


def test_an_empty_pdf_is_refused():
    with pytest.raises(ValueError):
        presentation_pdf([], None)


def test_linkedin_url_is_prefilled():
    url = linkedin_add_url("Teamwork & Communication", "Université Laval", date(2026, 3, 9), date(2028, 3, 31),
                           "https://example.edu/badges/42?x=1", "urn:uuid:1234")
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "www.linkedin.com", "/profile/add")
    query = parse_qs(parts.query)
    assert query == {
        "startTask": ["CERTIFICATION_NAME"], "name": ["Teamwork & Communication"],
        "organizationName": ["Université Laval"], "issueYear": ["2026"], "issueMonth": ["3"],
        "expirationYear": ["2028"], "expirationMonth": ["3"],
        "certUrl": ["https://example.edu/badges/42?x=1"], "certId": ["urn:uuid:1234"],
    }


def test_linkedin_url_leaves_out_what_is_unknown_and_refuses_bad_input():
    query = parse_qs(urlsplit(linkedin_add_url("Badge", None, None, None, None, None)).query)
    assert set(query) == {"startTask", "name"}
    with pytest.raises(UsageError):
        linkedin_add_url(" ", "X", None, None, None, None)
    with pytest.raises(UsageError):
        linkedin_add_url("Badge", "X", None, None, "javascript:alert(1)", None)


def test_an_animated_code_is_printed_frame_by_frame_on_its_own_page():
    frames = [render_png(f"SAT2:{n}/3:PART") for n in range(3)]
    pdf = presentation_pdf([PdfItem("A"), PdfItem("B")], frames, lang="en")
    assert _pages(pdf) == 3  # two credentials, then the three parts together
    assert pdf.count(b"/Subtype /Image") == 3
    one = presentation_pdf([PdfItem("A"), PdfItem("B")], frames[0], lang="en")
    assert _pages(one) == 2 and one.count(b"/Subtype /Image") == 1  # one code, printed once, on each page
