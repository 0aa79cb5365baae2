"""QR images out and back in: PNG frames, distorted photos, animations, terminal text, VPQR images."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pytest
from PIL import Image, ImageSequence
from share_helpers import CORPUS, load_json, photo_of, presentation_with

from satchel.errors import ScanError, ShareError
from satchel.share.payload import decode_payload, decode_vpqr, encode_presentation
from satchel.share.qrcapacity import alphanumeric_capacity, fits, segments, smallest_version
from satchel.share.qrimage import (
    animated_gif,
    animated_png,
    qr_version,
    render_frames,
    render_png,
    terminal_text,
)
from satchel.share.scan import scan_image


@pytest.mark.parametrize("count", [1, 3, 8])
def test_presentation_to_pngs_to_scans_to_the_same_presentation(count):
    vp = presentation_with(count)
    frames = encode_presentation(vp, max_version=20, ecc="M")
    assert all(qr_version(f, "M") <= 20 for f in frames)
    pngs = render_frames(frames)
    scanned = [scan_image(png)[0] for png in pngs]
    random.Random(count).shuffle(scanned)
    assert decode_payload(scanned + scanned[:1]) == vp


def test_frames_of_one_bundle_share_one_size():
    pngs = render_frames(encode_presentation(presentation_with(5)))
    sizes = {Image.open(io.BytesIO(png)).size for png in pngs}
    assert len(sizes) == 1


@pytest.mark.parametrize("kind", ["scaled", "rotated", "blurred", "perspective", "low-contrast", "jpeg", "everything"])
def test_distorted_photos_of_a_version_20_code_still_decode(kind, corpus):
    vp = load_json(corpus / "vp-valid-1cred-eddsa.json")
    [frame] = encode_presentation(vp)
    assert frame.startswith("SAT1:C") and 17 <= qr_version(frame, "M") <= 20  # digits in numeric mode
    photo = photo_of(render_png(frame), kind)
    ok, jpeg = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, 92])
    assert ok
    assert decode_payload(scan_image(jpeg.tobytes())) == vp


def test_render_png_uses_alphanumeric_mode():
    text = "SAT1:A" + "0123456789ABCDEF" * 50
    # 806 characters fit version 18 at M in alphanumeric mode; byte mode would need a larger one
    assert len(text) <= alphanumeric_capacity(18, "M") and len(text) > alphanumeric_capacity(17, "M")
    assert qr_version(text, "M") == 18
    image = Image.open(io.BytesIO(render_png(text, scale=1, border=0)))
    assert image.size == (17 + 4 * 18,) * 2


def test_render_png_draws_a_long_run_of_final_digits_in_numeric_mode():
    text = "SAT1:C" + "0123456789" * 120  # 1,206 characters: more than version 20 holds as alphanumeric
    assert len(text) > alphanumeric_capacity(20, "M")
    assert segments(text) == [("SAT1:C", "alphanumeric"), (text[6:], "numeric")]
    # 4 + 11 + 33 bits for the prefix, 4 + 12 + 4,000 for the digits: 4,064 bits, version 17 holds 4,056
    assert qr_version(text, "M") == smallest_version(text, "M") == 18
    assert not fits(text, 17, "M") and fits(text, 18, "M")
    image = Image.open(io.BytesIO(render_png(text, scale=1, border=0)))
    assert image.size == (17 + 4 * 18,) * 2
    assert scan_image(render_png(text)) == [text]


def test_text_too_long_for_any_qr_code_is_refused():
    with pytest.raises(ShareError):
        render_png("A" * 5000)


@pytest.mark.parametrize("maker", [animated_gif, animated_png])
def test_animations_hold_every_frame_in_order(maker):
    vp = presentation_with(5)
    frames = encode_presentation(vp)
    animation = Image.open(io.BytesIO(maker(render_frames(frames), 250)))
    texts = [scan_image(np.array(frame.convert("L")))[0] for frame in ImageSequence.Iterator(animation)]
    assert texts == frames
    assert decode_payload(texts) == vp


def test_terminal_text_is_a_scannable_code():
    text = "SAT1:ATERMINAL TEST 123"
    art = terminal_text(text, invert=False).splitlines()
    rows = []
    for line in art:
        top = [c in "█▀" for c in line]
        bottom = [c in "█▄" for c in line]
        rows += [top, bottom]
    modules = np.array(rows, dtype=np.uint8)
    image = np.where(modules == 1, 0, 255).astype(np.uint8)
    image = cv2.copyMakeBorder(image, 4, 4, 4, 4, cv2.BORDER_CONSTANT, value=255)
    image = cv2.resize(image, None, fx=8, fy=8, interpolation=cv2.INTER_NEAREST)
    assert scan_image(image) == [text]
    inverted = terminal_text(text)  # dark-terminal default: light modules are drawn
    assert inverted != "\n".join(art) + "\n"


@pytest.mark.parametrize("png", sorted(p.name for p in (CORPUS / "qr").glob("*.png")))
def test_vpqr_corpus_images_decode_to_the_original(png, context_loader):
    source = "vp-valid-v1-ed25519signature2020.json" if png.startswith("vp-v1") else "vp-valid-1cred-eddsa.json"
    [text] = scan_image(CORPUS / "qr" / png)
    assert text.startswith("VP1-")
    assert decode_vpqr(text, context_loader) == load_json(CORPUS / source)


def test_images_without_a_code_or_not_images_raise_scan_error():
    blank = cv2.imencode(".png", np.full((300, 300), 255, np.uint8))[1].tobytes()
    with pytest.raises(ScanError, match="No readable QR code"):
        scan_image(blank)
    with pytest.raises(ScanError, match="not an image"):
        scan_image(b"definitely not an image")
    with pytest.raises(ScanError):
        scan_image("/nonexistent/photo.jpg")
