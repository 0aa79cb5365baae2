"""From a presentation to QR texts and back: the entry points the services call."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from satchel.errors import PayloadRefused

from ..qrcapacity import alphanumeric_capacity, fits, smallest_version
from .assembler import Assembler
from .codec import candidate_envelopes, decompress_presentation
from .frames import single_frame, split
from .limits import MAX_PARTS
from .vpqr import ContextLoader, decode_vpqr, is_vpqr_text

MAX_TEXTS = MAX_PARTS * 4  # parts handed over at once, duplicates included


def encode_presentation(vp: dict[str, Any], *, max_version: int = 20, ecc: str = "M") -> list[str]:
    """QR texts for ``vp``: one ``SAT1:`` frame when it fits in ``max_version`` at ``ecc``, else parts.
    Of the candidate codecs (C, B), the one that needs the fewest frames, then the smallest QR version,
    then the fewest bytes."""
    capacity = alphanumeric_capacity(max_version, ecc)
    options = []
    for envelope in candidate_envelopes(vp):
        single = single_frame(envelope)
        texts = [single] if fits(single, max_version, ecc) else split(envelope, capacity)
        version = max(smallest_version(text, ecc) for text in texts)
        options.append((len(texts), version, len(envelope), texts))
    return min(options, key=lambda option: option[:3])[3]


def is_payload(text: str) -> bool:
    """True for a Satchel QR text (single frame or part) or a DCC VPQR text."""
    return isinstance(text, str) and (text.startswith(("SAT1:", "SAT1-P")) or is_vpqr_text(text))


def decode_envelope(envelope: bytes) -> dict[str, Any]:
    """The presentation inside an assembled envelope (see :meth:`Assembler.result`)."""
    return decompress_presentation(envelope)


def decode_payload(text_or_parts: str | Iterable[str], *, loader: ContextLoader | None = None) -> dict[str, Any]:
    """The presentation JSON from one QR text or from all the parts of an animated code.

    Satchel texts (``SAT1:``, ``SAT1-P``) need nothing else; a DCC VPQR text (``VP1-``) needs
    ``loader`` (URL -> JSON-LD context document) to expand its CBOR-LD.
    """
    texts = [text_or_parts] if isinstance(text_or_parts, str) else _bounded_list(text_or_parts)
    if not texts:
        raise PayloadRefused("No QR text was given.")
    if len(texts) == 1 and is_vpqr_text(texts[0]):
        if loader is None:
            raise PayloadRefused("This is a VPQR code; reading it needs the JSON-LD contexts (no loader given).")
        return decode_vpqr(texts[0], loader)
    assembler = Assembler()
    for text in texts:
        if not isinstance(text, str):
            raise PayloadRefused("QR parts must be text.")
        assembler.add(text)
    return decompress_presentation(assembler.result())


def _bounded_list(parts: Iterable[str]) -> list[str]:
    texts: list[str] = []
    for text in parts:
        texts.append(text)
        if len(texts) > MAX_TEXTS:
            raise PayloadRefused(f"More than {MAX_TEXTS} QR texts were given; at most {MAX_PARTS} parts are allowed.")
    return texts
