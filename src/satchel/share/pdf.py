"""A printable PDF of a presentation: one page per credential, with its badge, facts and the QR code."""

from __future__ import annotations

import base64
import binascii
import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from fpdf import FPDF
from PIL import Image, UnidentifiedImageError

from satchel.i18n import register, t

from .pdf_fonts import find_unicode_font, latin1

MAX_BADGE_BYTES = 10 * 1024 * 1024
MAX_BADGE_PIXELS = 25_000_000

register({
    "pdf.issuer": {"en": "Issuer: {name}", "fr": "Émetteur : {name}"},
    "pdf.issued": {"en": "Issued: {date}", "fr": "Délivré le : {date}"},
    "pdf.expires": {"en": "Expires: {date}", "fr": "Expire le : {date}"},
    "pdf.recipient": {"en": "Awarded to: {name}", "fr": "Décerné à : {name}"},
    "pdf.verification": {"en": "Verification", "fr": "Vérification"},
    "pdf.scan": {"en": "Scan this code to check the signed presentation.",
                 "fr": "Scannez ce code pour vérifier la présentation signée."},
    "pdf.page": {"en": "Credential {index} of {total}", "fr": "Certification {index} sur {total}"},
    "pdf.scan_parts": {"en": "Scan these {total} codes one after another, in any order, to check the signed "
                             "presentation.",
                       "fr": "Scannez ces {total} codes l'un après l'autre, dans n'importe quel ordre, pour "
                             "vérifier la présentation signée."},
    "pdf.part": {"en": "Part {index} of {total}", "fr": "Partie {index} sur {total}"},
    "pdf.no_badge": {"en": "(badge image not shown)", "fr": "(image du badge non affichée)"},
    "pdf.meaning": {"en": "What it certifies", "fr": "Ce qu'il atteste"},
})


@dataclass(frozen=True)
class PdfItem:
    """What one page shows; ``verification`` lines come already worded from the verifier."""

    name: str
    issuer: str | None = None
    issued: str | None = None
    expires: str | None = None
    recipient: str | None = None
    description: str | None = None
    verification: list[str] = field(default_factory=list)
    image: bytes | str | None = None  # PNG/JPEG/GIF/WebP bytes or a data: URI
    meaning: list[str] = field(default_factory=list)  # learning outcomes, workload, level, … already worded


def _badge_bytes(image: bytes | str | None) -> bytes | None:
    if isinstance(image, bytes):
        return image
    if isinstance(image, str) and image.startswith("data:") and ";base64," in image[:100]:
        try:
            return base64.b64decode(image.split(",", 1)[1], validate=False)
        except (binascii.Error, ValueError):
            return None
    return None  # a URL is never fetched here: services pass bytes they already hold


def _badge_image(image: bytes | str | None) -> Image.Image | None:
    """A decoded raster badge, or None (SVG, too large, or not an image: the page shows a note)."""
    data = _badge_bytes(image)
    if not data or len(data) > MAX_BADGE_BYTES:
        return None
    try:
        with Image.open(io.BytesIO(data)) as opened:
            if opened.width * opened.height > MAX_BADGE_PIXELS:
                return None
            return opened.convert("RGBA" if opened.mode in ("RGBA", "LA", "P") else "RGB")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError):
        return None


class _Document(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4", unit="mm")
        self.set_auto_page_break(auto=True, margin=15)
        self.set_margins(18, 18, 18)
        font = find_unicode_font()
        self.unicode = font is not None
        if font:
            regular, bold = font
            self.add_font("Body", "", str(regular))
            self.add_font("Body", "B", str(bold or regular))
            self.family = "Body"
        else:
            self.family = "Helvetica"

    def text_of(self, text: str) -> str:
        return text if self.unicode else latin1(text)

    def write_line(self, text: str, *, size: float = 11, bold: bool = False, height: float = 6) -> None:
        self.set_font(self.family, "B" if bold else "", size)
        self.multi_cell(0, height, self.text_of(text), new_x="LMARGIN", new_y="NEXT")


def _page(doc: _Document, item: PdfItem, qr_png: bytes | None, index: int, total: int, lang: str) -> None:
    doc.add_page()
    doc.set_text_color(110, 110, 110)
    doc.write_line(t("pdf.page", lang, index=index, total=total), size=9)
    doc.set_text_color(0, 0, 0)
    badge = _badge_image(item.image)
    if badge is not None:
        doc.image(badge, x=doc.l_margin, y=doc.get_y() + 2, w=35, h=35 * badge.height / max(badge.width, 1))
        doc.set_y(doc.get_y() + 4 + 35 * badge.height / max(badge.width, 1))
    elif item.image is not None:
        doc.write_line(t("pdf.no_badge", lang), size=9)
    doc.ln(2)
    doc.write_line(item.name, size=20, bold=True, height=9)
    doc.ln(2)
    facts = [t("pdf.recipient", lang, name=item.recipient) if item.recipient else None,
             t("pdf.issuer", lang, name=item.issuer) if item.issuer else None,
             t("pdf.issued", lang, date=item.issued) if item.issued else None,
             t("pdf.expires", lang, date=item.expires) if item.expires else None]
    for fact in filter(None, facts):
        doc.write_line(fact)
    if item.description:
        doc.ln(2)
        doc.write_line(item.description, size=10, height=5)
    if item.meaning:
        doc.ln(4)
        doc.write_line(t("pdf.meaning", lang), size=12, bold=True)
        for line in item.meaning:
            doc.write_line(line, size=10, height=5)
    if item.verification:
        doc.ln(4)
        doc.write_line(t("pdf.verification", lang), size=12, bold=True)
        for line in item.verification:
            doc.write_line("• " + line if doc.unicode else "- " + line, size=10, height=5)
    if qr_png:
        size = 70
        y = max(doc.get_y() + 6, doc.h - doc.b_margin - size - 8)
        if y + size + 8 > doc.h - doc.b_margin:
            doc.add_page()
            y = doc.t_margin
        doc.image(io.BytesIO(qr_png), x=(doc.w - size) / 2, y=y, w=size, h=size)
        doc.set_y(y + size + 1)
        doc.set_text_color(80, 80, 80)
        doc.set_font(doc.family, "", 9)
        doc.cell(0, 5, doc.text_of(t("pdf.scan", lang)), align="C")
        doc.set_text_color(0, 0, 0)


def presentation_pdf(items: list[PdfItem], qr: bytes | Sequence[bytes] | None, *, lang: str = "en") -> bytes:
    """A PDF with one page per credential. ``qr`` is the presentation's code: one PNG is printed on each
    page; the frames of an animated code are printed together on a last page, each numbered."""
    if not items:
        raise ValueError("A presentation PDF needs at least one credential.")
    frames = [qr] if isinstance(qr, (bytes, bytearray)) else list(qr or ())
    doc = _Document()
    doc.set_title(doc.text_of(items[0].name if len(items) == 1 else f"{items[0].name} (+{len(items) - 1})"))
    doc.set_creator("Satchel")
    for index, item in enumerate(items, start=1):
        _page(doc, item, frames[0] if len(frames) == 1 else None, index, len(items), lang)
    if len(frames) > 1:
        _frames_page(doc, frames, lang)
    return bytes(doc.output())


def _frames_page(doc: _Document, frames: list[bytes], lang: str) -> None:
    """Every part of an animated code, in a grid, so a scanner can read them from paper."""
    doc.add_page()
    doc.write_line(t("pdf.scan_parts", lang, total=len(frames)), size=11, height=6)
    columns = 2 if len(frames) <= 4 else 3
    size = (doc.w - doc.l_margin - doc.r_margin - 10 * (columns - 1)) / columns
    x0, y = doc.l_margin, doc.get_y() + 4
    for n, frame in enumerate(frames):
        column = n % columns
        if column == 0 and n:
            y += size + 12
        if y + size + 8 > doc.h - doc.b_margin:
            doc.add_page()
            y = doc.t_margin
        x = x0 + column * (size + 10)
        doc.image(io.BytesIO(frame), x=x, y=y, w=size, h=size)
        doc.set_xy(x, y + size + 1)
        doc.set_font(doc.family, "", 9)
        doc.cell(size, 5, doc.text_of(t("pdf.part", lang, index=n + 1, total=len(frames))), align="C")
