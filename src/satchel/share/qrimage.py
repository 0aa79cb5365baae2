"""Draw QR codes: PNG bytes, frame sets, animated GIF / APNG, and Unicode text for a terminal."""

from __future__ import annotations

import io
from collections.abc import Sequence

import qrcode
import qrcode.exceptions
import qrcode.util
from PIL import Image

from satchel.errors import ShareError, UsageError

from .qrcapacity import ecc_level, segments

DEFAULT_SCALE = 6  # pixels per module: a version-20 code (97 modules + border) is about 630 px wide


def _qr(text: str, ecc: str, border: int, version: int | None = None) -> qrcode.QRCode:
    if not text:
        raise UsageError("There is no text to put in the QR code.")
    qr = qrcode.QRCode(version=version, error_correction=ecc_level(ecc), border=border)
    _add_segments(qr, text)
    try:
        qr.make(fit=version is None)
    except (qrcode.exceptions.DataOverflowError, ValueError) as exc:
        raise ShareError("This text is too long for one QR code; split it into parts.") from exc
    return qr


def qr_version(text: str, ecc: str = "M") -> int:
    """The smallest QR version (1–40) that holds ``text`` at error-correction level ``ecc``."""
    qr = qrcode.QRCode(error_correction=ecc_level(ecc))
    _add_segments(qr, text)
    try:
        version: int = qr.best_fit()  # qrcode ships no types
        return version
    except (qrcode.exceptions.DataOverflowError, ValueError) as exc:
        raise ShareError("This text is too long for one QR code; split it into parts.") from exc


def _add_segments(qr: qrcode.QRCode, text: str) -> None:
    """Alphanumeric mode whenever the text allows it (5.5 bits a character instead of 8), numeric mode
    for a codec C frame's digits (3.33 bits a digit)."""
    modes = {"numeric": qrcode.util.MODE_NUMBER, "alphanumeric": qrcode.util.MODE_ALPHA_NUM,
             "byte": qrcode.util.MODE_8BIT_BYTE}
    for part, mode in segments(text):
        qr.add_data(qrcode.util.QRData(part.encode("utf-8"), mode=modes[mode]))


def _image(qr: qrcode.QRCode, scale: int) -> Image.Image:
    if scale < 1:
        raise UsageError("The QR scale must be at least one pixel per module.")
    matrix = qr.get_matrix()
    size = len(matrix)
    pixels = bytes(0 if dark else 255 for row in matrix for dark in row)
    small = Image.frombytes("L", (size, size), pixels)
    return small.resize((size * scale, size * scale), Image.Resampling.NEAREST)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.convert("1").save(out, format="PNG", optimize=True)
    return out.getvalue()


def render_png(text: str, *, ecc: str = "M", scale: int = DEFAULT_SCALE, border: int = 4,
               version: int | None = None) -> bytes:
    """A black-on-white PNG of ``text`` (alphanumeric mode whenever the text allows it)."""
    return _png(_image(_qr(text, ecc, border, version), scale))


def render_frames(parts: Sequence[str], *, ecc: str = "M", scale: int = DEFAULT_SCALE,
                  border: int = 4) -> list[bytes]:
    """PNGs of every part, all drawn at the same version so an animation does not change size."""
    if not parts:
        raise UsageError("There are no QR parts to draw.")
    version = max(qr_version(part, ecc) for part in parts)
    return [render_png(part, ecc=ecc, scale=scale, border=border, version=version) for part in parts]


def _frames_as_images(frames: Sequence[bytes]) -> list[Image.Image]:
    if not frames:
        raise UsageError("There are no frames to animate.")
    return [Image.open(io.BytesIO(frame)).convert("L") for frame in frames]


def animated_gif(frames: Sequence[bytes], ms_per_frame: int = 300) -> bytes:
    """A looping GIF that shows the PNG ``frames`` one after the other."""
    images = [image.convert("P") for image in _frames_as_images(frames)]
    out = io.BytesIO()
    images[0].save(out, format="GIF", save_all=True, append_images=images[1:], duration=ms_per_frame,
                   loop=0, optimize=False, disposal=1)
    return out.getvalue()


def animated_png(frames: Sequence[bytes], ms_per_frame: int = 300) -> bytes:
    """A looping APNG that shows the PNG ``frames`` one after the other."""
    images = _frames_as_images(frames)
    out = io.BytesIO()
    images[0].save(out, format="PNG", save_all=True, append_images=images[1:], duration=ms_per_frame, loop=0)
    return out.getvalue()


_HALF_BLOCKS = {(True, True): "█", (True, False): "▀", (False, True): "▄", (False, False): " "}


def terminal_text(text: str, *, ecc: str = "L", invert: bool = True) -> str:
    """The QR code as Unicode half blocks, two modules per character cell.

    With ``invert`` (the default, for dark terminals) light modules are drawn and dark ones left
    blank; pass ``invert=False`` on a light background.
    """
    matrix = _qr(text, ecc, border=2).get_matrix()
    if len(matrix) % 2:
        matrix.append([False] * len(matrix[0]))
    lines = []
    for top, bottom in zip(matrix[0::2], matrix[1::2], strict=True):
        lines.append("".join(_HALF_BLOCKS[(up != invert, down != invert)]
                             for up, down in zip(top, bottom, strict=True)))
    return "\n".join(lines) + "\n"
