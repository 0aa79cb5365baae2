"""Pictures given to `scan` and the camera path are sized from their header before any decoding.

The hostile images are made here: a tiny PNG declaring a 2 GB chunk, and 1-bit PNGs of 30,000² and
60,000² pixels (about 150 KB and 560 KB, but 0.9 and 3.6 gigapixels once decoded). Each one is scanned in
a child process whose peak memory is measured with ``resource.getrusage``.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import cv2
import numpy as np
import pytest

import satchel
from satchel.errors import ScanError
from satchel.i18n import render_error
from satchel.share import scan_image
from satchel.share.imageheader import MAX_PIXELS, check_image, read_header
from satchel.share.live import StillFeed

SRC = str(Path(satchel.__file__).resolve().parents[1])
PNG = b"\x89PNG\r\n\x1a\n"


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def ihdr(width: int, height: int, bits: int = 8, colour: int = 0) -> bytes:
    return chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, bits, colour, 0, 0, 0))


def chunk_bomb(kind: bytes = b"IDAT") -> bytes:
    """A 1×1 PNG in which a chunk declares 2 GiB and the file ends soon after."""
    declared = struct.pack(">I", 0x7FFFFFFF) + kind + b"y" * 80
    return PNG + ihdr(1, 1) + declared + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b"")


def one_bit_square(side: int, block_rows: int = 500) -> bytes:
    """A valid, all-white 1-bit PNG of side × side pixels. The deflate stream repeats one fully-flushed
    block (a full flush makes each copy independent of the ones before), so it is built in well under
    a second even for 60,000²."""
    row = b"\x00" + b"\xff" * ((side + 7) // 8)
    block = row * block_rows
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    repeated = deflate.compress(block) + deflate.flush(zlib.Z_FULL_FLUSH)
    copies, rest = divmod(side, block_rows)
    tail = deflate.compress(row * rest) + deflate.flush(zlib.Z_FINISH)
    adler = 1
    for _ in range(copies):
        adler = zlib.adler32(block, adler)
    adler = zlib.adler32(row * rest, adler)
    stream = b"\x78\xda" + repeated * copies + tail + struct.pack(">I", adler)
    return PNG + ihdr(side, side, 1, 0) + chunk(b"IDAT", stream) + chunk(b"IEND", b"")


_CHILD = """
import json, resource, sys
from satchel.share import scan as _loaded  # OpenCV and zxing-cpp are in memory before the baseline
from satchel.share import scan_image
from satchel.share.live import StillFeed
from satchel.errors import ScanError
data = open(sys.argv[2], "rb").read()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    scan_image(data) if sys.argv[1] == "scan" else StillFeed().feed(data)
    result = {"error": None}
except ScanError as exc:
    result = {"error": "ScanError", "code": exc.code, "message": exc.message}
except BaseException as exc:
    result = {"error": type(exc).__name__, "message": str(exc)[:200]}
result["grew_mb"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024
print(json.dumps(result))
"""


def scan_in_child(tmp_path: Path, data: bytes, path: str = "scan") -> dict:
    image = tmp_path / "hostile.png"
    image.write_bytes(data)
    done = subprocess.run([sys.executable, "-c", _CHILD, path, str(image)], capture_output=True,
                          text=True, check=False, env={**os.environ, "PYTHONPATH": SRC}, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("name,make", [
    ("2 GB chunk before the pixels", lambda: chunk_bomb(b"IDAT")),
    ("2 GB text chunk", lambda: chunk_bomb(b"tEXt")),
    ("30,000² 1-bit", lambda: one_bit_square(30_000)),
    ("60,000² 1-bit", lambda: one_bit_square(60_000)),
])
@pytest.mark.parametrize("path", ["scan", "camera"])
def test_hostile_pngs_are_refused_in_one_sentence_with_bounded_memory(tmp_path, name, make, path):
    data = make()
    assert len(data) < 600_000
    result = scan_in_child(tmp_path, data, path)
    if path == "camera" and result["error"] is None:  # a damaged snapshot is skipped; the next one may do
        assert "2 GB" in name, result
    else:
        assert result["error"] == "ScanError", result
        assert result["code"] in ("image_too_large", "image_damaged"), result
        assert result["message"].count(". ") == 0 or result["message"].endswith("photo.")  # one sentence (+ advice)
    assert result["grew_mb"] < 64, result


def test_the_30k_png_is_refused_by_its_size_before_decoding():
    with pytest.raises(ScanError) as caught:
        check_image(one_bit_square(30_000))
    assert caught.value.code == "image_too_large"
    assert caught.value.message.startswith("This image is too large to scan: 30000 × 30000 pixels")
    assert render_error(caught.value, "fr").startswith("Cette image est trop grande pour être lue : 30000 × 30000")


def test_a_chunk_longer_than_the_file_is_named():
    with pytest.raises(ScanError, match="declares 2,147,483,647 bytes but the file holds"):
        check_image(chunk_bomb())


def _encoded(ext: str, shape=(120, 200, 3)) -> bytes:
    ok, data = cv2.imencode(ext, np.full(shape, 200, np.uint8))
    assert ok
    return data.tobytes()


@pytest.mark.parametrize("ext,kind", [(".png", "PNG"), (".jpg", "JPEG"), (".bmp", "BMP"), (".webp", "WebP"),
                                      (".gif", "GIF")])
def test_ordinary_images_are_read_from_their_header(ext, kind):
    header = read_header(_encoded(ext))
    assert (header.kind, header.width, header.height) == (kind, 200, 120)


@pytest.mark.parametrize("ext", [".png", ".jpg", ".webp"])
def test_ordinary_qr_pictures_still_scan(ext):
    from satchel.share import render_png
    picture = cv2.imdecode(np.frombuffer(render_png("hello from a test"), np.uint8), cv2.IMREAD_COLOR)
    ok, data = cv2.imencode(ext, picture)
    assert ok and scan_image(data.tobytes()) == ["hello from a test"]


def _jpeg_declaring(width: int, height: int, marker: int = 0xC0) -> bytes:
    sof = struct.pack(">BHHB", 8, height, width, 3) + b"\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    return b"\xff\xd8" + b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" \
        + bytes([0xFF, marker]) + struct.pack(">H", 2 + len(sof)) + sof + b"\xff\xd9"


@pytest.mark.parametrize("data", [
    _jpeg_declaring(60_000, 60_000),
    _jpeg_declaring(7_000, 7_000),
    _jpeg_declaring(6_000, 6_000, 0xC2),  # 36 MP, but progressive: its coefficient buffers pass the memory cap
    b"GIF89a" + struct.pack("<HHBBB", 10, 10, 0, 0, 0) + b"\x2c" + struct.pack("<HHHHB", 0, 0, 65535, 65535, 0)
    + b"\x02\x00\x3b",
    b"BM" + b"\x00" * 12 + struct.pack("<IiiHH", 40, 50_000, -50_000, 1, 24) + b"\x00" * 24,
    b"RIFF\x00\x00\x00\x00WEBPVP8X" + b"\x0a\x00\x00\x00\x00\x00\x00\x00" + b"\xff\xff\xff\xff\xff\xff",
], ids=["jpeg-60k", "jpeg-49MP", "jpeg-progressive-25MP", "gif-frame-65k", "bmp-50k", "webp-16M"])
def test_other_formats_declaring_too_many_pixels_are_refused(data):
    with pytest.raises(ScanError) as caught:
        check_image(data)
    assert caught.value.code == "image_too_large"


@pytest.mark.parametrize("data", [
    b"II*\x00" + b"\x00" * 100,  # TIFF: not decoded at all
    b"P6\n60000 60000\n255\n",  # PPM
    b"#?RADIANCE\n",  # HDR
    b"",
])
def test_formats_outside_the_list_never_reach_the_decoder(data):
    with pytest.raises(ScanError) as caught:
        scan_image(data)
    assert caught.value.code == "image_format" and "PNG, JPEG, GIF, BMP or WebP" in caught.value.message


@pytest.mark.parametrize("data", [PNG + ihdr(10, 10)[:10], PNG + ihdr(10, 10, 3, 0) + chunk(b"IEND", b""),
                                  PNG + chunk(b"tEXt", b"a") + ihdr(1, 1), b"\xff\xd8\xff\xe0\xff\xff"])
def test_damaged_headers_are_refused_without_decoding(data):
    with pytest.raises(ScanError) as caught:
        check_image(data)
    assert caught.value.code == "image_damaged"


def test_a_camera_frame_over_the_cap_is_refused_without_copying_it():
    frame = np.broadcast_to(np.uint8(0), (MAX_PIXELS // 5000 + 1, 5000))  # no memory behind it
    with pytest.raises(ScanError) as caught:
        scan_image(frame)
    assert caught.value.code == "image_too_large"


def test_a_camera_snapshot_over_the_cap_is_said_not_skipped():
    with pytest.raises(ScanError) as caught:
        StillFeed().feed(one_bit_square(30_000))
    assert caught.value.code == "image_too_large"
    assert StillFeed().feed(_encoded(".png")).result is None  # an ordinary picture without a code: keep going


def test_a_video_source_with_oversized_frames_is_refused_before_reading():
    from satchel.share.scan import _check_frame_size

    class HugeCapture:
        released = False

        def get(self, prop):
            return 50_000.0 if prop in (cv2.CAP_PROP_FRAME_WIDTH, cv2.CAP_PROP_FRAME_HEIGHT) else 0.0

        def release(self):
            self.released = True

    capture = HugeCapture()
    with pytest.raises(ScanError) as caught:
        _check_frame_size(capture)
    assert caught.value.code == "image_too_large" and capture.released


def test_opencv_itself_refuses_more_pixels_than_the_cap_as_a_second_line():
    code = ("import satchel.share.scan, cv2, numpy as np\n"
            "ok, data = cv2.imencode('.png', np.zeros((7000, 7000), np.uint8))\n"  # 49 MP
            "try:\n    cv2.imdecode(data, cv2.IMREAD_UNCHANGED); print('decoded')\n"
            "except cv2.error:\n    print('refused')\n")
    env = {k: v for k, v in os.environ.items() if k != "OPENCV_IO_MAX_IMAGE_PIXELS"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          check=False, env={**env, "PYTHONPATH": SRC})
    assert done.stdout.strip() == "refused", done.stderr
