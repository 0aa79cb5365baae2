"""QR frames for 1-credential presentations of public signed Open Badges 3.0 credentials written by
other projects (DCC vc-test-fixtures, 1EdTech specification examples — every file named with its
source repository and commit in the interop corpus's public/manifest.json). Issue 14's goal: every
such credential of up to 3 KB without embedded images in at most 2 frames of version ≤ 20 at ECC M,
two thirds of them in one frame. Prints figures per codec (B, C, and the default encoder, which keeps
the smaller); asserts nothing.

    python benchmarks/bench_qr_public.py
"""

from __future__ import annotations

import collections
import json
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from satchel.share.payload import encode_presentation  # noqa: E402
from satchel.share.payload.codec import compact_json, compress_presentation  # noqa: E402
from satchel.share.payload.frames import single_frame, split  # noqa: E402
from satchel.share.qrcapacity import alphanumeric_capacity, fits  # noqa: E402
from tests.share.public_credentials import candidates, presentation_of  # noqa: E402

CAPACITY = alphanumeric_capacity(20, "M")


def frames_with(envelope: bytes) -> int:
    return 1 if fits(single_frame(envelope), 20, "M") else len(split(envelope, CAPACITY))


def main() -> int:
    rows = candidates()
    presentations = [presentation_of(credential) for _entry, credential in rows]
    figures = {}
    for name, codec in (("B", b"B"), ("C", b"C")):
        started = time.perf_counter()
        envelopes = [compress_presentation(vp, codec=codec) for vp in presentations]
        elapsed = (time.perf_counter() - started) / len(presentations) * 1000
        sizes = sorted(len(envelope) for envelope in envelopes)
        counts = collections.Counter(frames_with(envelope) for envelope in envelopes)
        figures[name] = {"frames": dict(sorted(counts.items())), "median_bytes": int(statistics.median(sizes)),
                         "max_bytes": sizes[-1], "encode_ms": round(elapsed, 1)}
    default = collections.Counter(len(encode_presentation(vp, max_version=20, ecc="M")) for vp in presentations)
    json_median = int(statistics.median(len(compact_json(vp)) for vp in presentations))
    total = len(presentations)
    print(f"{total} public OB 3.0 credentials (≤ 3 KB, no embedded image) from "
          f"{len({e['source_repo'] for e, _ in rows})} projects, each in a signed 1-credential presentation "
          f"(compact JSON median {json_median} B); frames at version ≤ 20, ECC M:")
    for name, row in figures.items():
        print(f"  codec {name}: " + ", ".join(f"{n} frame(s): {c}" for n, c in row["frames"].items())
              + f"; envelope median {row['median_bytes']} B, max {row['max_bytes']} B; "
              f"encoding {row['encode_ms']} ms per presentation")
    print(f"default encoder: one frame {default[1]}/{total} ({100 * default[1] // max(total, 1)} %), "
          f"goal two thirds ({-(-2 * total // 3)}); "
          + ", ".join(f"{n} frame(s): {c}" for n, c in sorted(default.items())))
    print(json.dumps({"total": total, "default_frames": dict(default), "codecs": figures}))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("SATCHEL_CORPUS", str(REPO.parent / "shared" / "corpus"))
    raise SystemExit(main())
