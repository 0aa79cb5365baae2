"""From QR codes (texts, images, video, camera) to the presentation they carry."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from satchel import share
from satchel.errors import ScanError

Loader = Callable[[str], dict[str, Any]]

_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF8", b"BM", b"RIFF")


def looks_like_image(data: bytes) -> bool:
    return data.startswith(_IMAGE_MAGIC)


def _as_text(data: bytes) -> str | None:
    try:
        return data.decode("ascii").strip()
    except UnicodeDecodeError:
        return None


def payload_kind(text: str) -> str:
    return "vpqr" if text.startswith("VP1-") else "satchel"


def payload_document(data: bytes, loader: Loader) -> dict[str, Any] | None:
    """The presentation in a QR payload text (one or more lines of parts), or None if it is not one."""
    text = _as_text(data)
    if not text or text.startswith(("{", "[")):  # JSON (a credential file): QR texts start SAT1 or VP1-
        return None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or not all(share.is_payload(line) for line in lines):
        return None
    return share.decode_payload(lines if len(lines) > 1 else lines[0], loader=loader)


def decode_texts(texts: Sequence[str], loader: Loader) -> tuple[str, dict[str, Any]]:
    payloads = [t for t in dict.fromkeys(texts) if share.is_payload(t)]
    if not payloads:
        raise ScanError("A QR code was found, but it does not hold a Satchel or VPQR presentation.")
    kind = payload_kind(payloads[0])
    return kind, share.decode_payload(payloads if len(payloads) > 1 else payloads[0], loader=loader)


def decode_images(images: Sequence[bytes], loader: Loader) -> tuple[str, dict[str, Any]]:
    texts: list[str] = []
    for image in images:
        texts.extend(share.scan_image(image))  # raises ScanError when an image holds no code
    return decode_texts(texts, loader)


def decode_video(source: str | int, loader: Loader, *,
                 on_progress: Callable[[int, int], None] | None = None,
                 max_frames: int = 3000) -> tuple[str, dict[str, Any]]:
    def progress(p: Any) -> None:
        if on_progress is not None:
            on_progress(p.received, p.total)

    result = share.scan_video(source, max_frames=max_frames, on_progress=progress, vpqr_loader=loader)
    if isinstance(result, dict):
        return "vpqr", result
    return "satchel", share.decode_envelope(result)
