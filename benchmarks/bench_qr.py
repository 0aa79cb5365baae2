"""QR sizes and speeds for Satchel's SAT1 format and, for comparison, DCC VPQR. Prints figures only."""

from __future__ import annotations

import copy
import json
import pathlib
import statistics
import sys
import time
import zlib

import cv2
import numpy as np

from satchel.share.payload import compress_presentation, encode_presentation
from satchel.share.payload.frames import single_frame
from satchel.share.qrcapacity import alphanumeric_capacity
from satchel.share.qrimage import qr_version, render_png
from satchel.share.scan import scan_frame

CORPUS = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
PEER = CORPUS / "peer"


def load(path: pathlib.Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def vp_with(count: int) -> dict:
    vp = copy.deepcopy(load(PEER / "vp-valid-1cred-eddsa.json"))
    creds = sorted(PEER.glob("cred-*.json"))
    vp["verifiableCredential"] = [load(creds[i % len(creds)]) for i in range(count)]
    return vp


def compact(vp: dict) -> bytes:
    return json.dumps(vp, separators=(",", ":"), ensure_ascii=False).encode()


def sizes(label: str, vp: dict) -> None:
    json_bytes = compact(vp)
    plain = zlib.compressobj(9, zlib.DEFLATED, -15)
    no_dict = len(plain.compress(json_bytes) + plain.flush())
    frames = encode_presentation(vp, max_version=40, ecc="M")
    text = frames[0]
    codec_a = len(compress_presentation(vp, codec=b"A")) - 1
    codec_b = compress_presentation(vp, codec=b"B")
    codec_c = compress_presentation(vp, codec=b"C")
    print(f"{label}: JSON {len(json_bytes)} B, deflate without dictionary {no_dict} B, "
          f"codec A (dictionary 1) {codec_a} B -> {len(single_frame_chars(codec_a))} chars, "
          f"codec B (packed values + dictionary 2) {len(codec_b) - 1} B -> {len(single_frame(codec_b))} chars, "
          f"version {qr_version(single_frame(codec_b), 'M')}; "
          f"codec C (dictionary 3 + preset code) {len(codec_c) - 1} B -> {len(single_frame(codec_c))} digits, "
          f"version {qr_version(single_frame(codec_c), 'M')}; default {text[:6]} at ECC M, version "
          f"{qr_version(text, 'M')} (version 20 holds {alphanumeric_capacity(20, 'M')} alphanumeric characters)")


def single_frame_chars(body_bytes: int) -> str:
    """A placeholder frame as long as the SAT1 frame of a body of ``body_bytes`` bytes."""
    return "SAT1:A" + "0" * ((body_bytes // 2) * 3 + (2 if body_bytes % 2 else 0))


def frame_decode_ms(samples: int = 60) -> tuple[float, float]:
    [text] = encode_presentation(load(PEER / "vp-valid-1cred-eddsa.json"))
    code = cv2.imdecode(np.frombuffer(render_png(text, scale=6), np.uint8), cv2.IMREAD_GRAYSCALE)
    rng = np.random.default_rng(0)
    frame = np.full((720, 1280), 180, np.uint8)
    frame[40:40 + code.shape[0], 320:320 + code.shape[1]] = code
    frame = (frame + rng.normal(0, 8, frame.shape)).clip(0, 255).astype(np.uint8)
    bgr = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    assert scan_frame(bgr) == [text]
    times = []
    for _ in range(samples):
        started = time.perf_counter()
        scan_frame(bgr)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def main() -> int:
    print("== Satchel SAT1 (JSON + raw deflate + preset dictionary; base45 in alphanumeric mode, codec C digits "
          "in numeric mode)")
    shared = pathlib.Path(__file__).resolve().parents[1] / "tests" / "share" / "codec_fixtures"
    for name in ("vp-1cred-challenge-domain", "vp-1cred-random-challenge"):
        sizes(f"1-credential VP made by satchel share ({name})", load(shared / f"{name}.json"))
    sizes("1-credential VC 2.0 VP (vp-valid-1cred-eddsa)", load(PEER / "vp-valid-1cred-eddsa.json"))
    sizes("1-credential VC 1.1 VP (vp-valid-v1-ed25519signature2020)",
          load(PEER / "vp-valid-v1-ed25519signature2020.json"))
    sizes("2-credential VC 2.0 VP (vp-valid-2creds-eddsa)", load(PEER / "vp-valid-2creds-eddsa.json"))
    public = (CORPUS / "public/openbadges-specification/ob_v3p0/impl/extracted"
              / "linked-data-proof-ob.signed-credential.json")
    if public.exists():
        vp = load(PEER / "vp-valid-1cred-eddsa.json")
        vp["verifiableCredential"] = [load(public)]
        sizes("1EdTech spec example credential in a VP (not seen by the dictionary)", vp)
    for count in (3, 5, 8):
        frames = encode_presentation(vp_with(count), max_version=20, ecc="M")
        versions = sorted({qr_version(f, "M") for f in frames})
        print(f"{count} credentials: {len(frames)} frames at version <= 20 / ECC M "
              f"(versions {versions}, {sum(map(len, frames))} chars)")
    median, worst = frame_decode_ms()
    print(f"decode of a 1280x720 camera frame holding a version-20 code: median {median:.1f} ms, max {worst:.1f} ms")
    print("== DCC VPQR from the JS peer (VP1- + base45 CBOR-LD), same presentations")
    for name in ("vp-v2-uncompressed", "vp-v1-compressed", "vp-v1-legacy"):
        text = (PEER / "qr" / f"{name}.txt").read_text(encoding="ascii").strip()
        print(f"{name}: {len(text)} chars, QR version {qr_version(text, 'M')} at ECC M, "
              f"{qr_version(text, 'L')} at ECC L")
    return 0


if __name__ == "__main__":
    sys.exit(main())
