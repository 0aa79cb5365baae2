"""QR frames for 1-credential presentations of public signed Open Badges 3.0 credentials written by
other projects (DCC vc-test-fixtures, 1EdTech specification examples — every file named with its
source repository and commit in the interop corpus's public/manifest.json). Issue 14's goal: every
such credential of up to 3 KB without embedded images in at most 2 frames of version ≤ 20 at ECC M,
two thirds of them in one frame. Prints figures; asserts nothing.

    python benchmarks/bench_qr_public.py
"""

from __future__ import annotations

import collections
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from satchel.share.payload import compress_presentation, encode_presentation  # noqa: E402
from tests.share.public_credentials import candidates, presentation_of  # noqa: E402


def main() -> int:
    counts: collections.Counter = collections.Counter()
    sizes = []
    rows = candidates()
    for _entry, credential in rows:
        vp = presentation_of(credential)
        counts[len(encode_presentation(vp, max_version=20, ecc="M"))] += 1
        sizes.append(len(compress_presentation(vp)))
    total = sum(counts.values())
    sizes.sort()
    print(f"{total} public OB 3.0 credentials (≤ 3 KB, no embedded image) from "
          f"{len({e['source_repo'] for e, _ in rows})} projects; frames at version ≤ 20, ECC M: "
          + ", ".join(f"{n} frame(s): {c}" for n, c in sorted(counts.items())))
    print(f"one frame: {counts[1]}/{total} ({100 * counts[1] // max(total, 1)} %), goal two thirds; "
          f"envelope bytes median {sizes[len(sizes) // 2]}, max {sizes[-1]}")
    print(json.dumps({"total": total, "frames": dict(counts), "median_bytes": sizes[len(sizes) // 2]}))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("SATCHEL_CORPUS", str(REPO.parent / "shared" / "corpus"))
    raise SystemExit(main())
