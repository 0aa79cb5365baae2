"""QR frames for 1-credential presentations of public signed Open Badges 3.0 credentials written by
other projects. Issue 14's goal: every such credential of up to 3 KB without embedded images in at most
2 frames of version ≤ 20 at ECC M, two thirds of them in one frame.

Two sets, each file named with its source repository and commit in a manifest of the interop corpus:
- first set, ``public/``: DCC vc-test-fixtures and the 1EdTech specification example;
- held-out set, ``public-ob3/``: credentials from other wallets' and issuers' projects (Data Integrity
  JSON-LD and VC-JWT), collected after codec C was made and never used to tune it.

Prints, for each set and both together, the frames needed per codec (B, C, and the default encoder,
which keeps the one with the fewest frames) and the median envelope; asserts nothing. ``--parts`` adds,
for each credential of the held-out set, where its bytes go (docs/qr-format.md, "Held-out set").

    python benchmarks/bench_qr_public.py [--parts] [--json]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from satchel.share.payload import encode_presentation  # noqa: E402
from satchel.share.payload.codec import compact_json, compress_presentation  # noqa: E402
from satchel.share.payload.frames import single_frame, split  # noqa: E402
from satchel.share.payload.packing import pack_values  # noqa: E402
from satchel.share.qrcapacity import alphanumeric_capacity, fits  # noqa: E402
from tests.share.public_credentials import candidates, held_out_candidates, presentation_of  # noqa: E402

CAPACITY = alphanumeric_capacity(20, "M")


def frames_with(envelope: bytes) -> int:
    return 1 if fits(single_frame(envelope), 20, "M") else len(split(envelope, CAPACITY))


def bucket(frames: int) -> str:
    return str(frames) if frames <= 2 else "more"


def measure(presentations: list[dict[str, Any]]) -> dict[str, Any]:
    """Frames (1 / 2 / more) and envelope sizes per codec and for the default encoder."""
    figures: dict[str, Any] = {"total": len(presentations)}
    for name, codec in (("B", b"B"), ("C", b"C")):
        started = time.perf_counter()
        envelopes = [compress_presentation(vp, codec=codec) for vp in presentations]
        elapsed = (time.perf_counter() - started) / max(len(presentations), 1) * 1000
        sizes = sorted(len(envelope) for envelope in envelopes)
        counts = collections.Counter(bucket(frames_with(envelope)) for envelope in envelopes)
        figures[name] = {"frames": dict(sorted(counts.items())), "median_bytes": int(statistics.median(sizes)),
                         "max_bytes": sizes[-1], "encode_ms": round(elapsed, 1)}
    default = [len(encode_presentation(vp, max_version=20, ecc="M")) for vp in presentations]
    figures["default"] = {"frames": dict(sorted(collections.Counter(bucket(n) for n in default).items())),
                          "most_frames": max(default)}
    figures["json_median_bytes"] = int(statistics.median(len(compact_json(vp)) for vp in presentations))
    return figures


def report(title: str, figures: dict[str, Any]) -> None:
    total = figures["total"]
    print(f"{title}: {total} credentials, each in a signed 1-credential presentation "
          f"(compact JSON median {figures['json_median_bytes']} B); frames at version ≤ 20, ECC M:")
    for name in ("B", "C"):
        row = figures[name]
        print(f"  codec {name}: " + ", ".join(f"{n} frame(s): {c}" for n, c in row["frames"].items())
              + f"; envelope median {row['median_bytes']} B, max {row['max_bytes']} B; "
              f"encoding {row['encode_ms']} ms per presentation")
    default = figures["default"]
    one = default["frames"].get("1", 0)
    print(f"  default encoder: one frame {one}/{total} ({100 * one // max(total, 1)} %), goal two thirds "
          f"({-(-2 * total // 3)}); " + ", ".join(f"{n} frame(s): {c}" for n, c in default["frames"].items())
          + f"; most frames {default['most_frames']}")


def parts(vp: dict[str, Any]) -> dict[str, int]:
    """Where one presentation's envelope bytes go, in the codec the default encoder keeps: the holder's
    wrapper (the presentation without its credential: its keys, challenge and proof), the credential's
    packed values (keys, signatures, UUIDs, a compact JWS's signature: incompressible bytes) and the
    credential's deflated text (with a compact JWS's decoded header and payload)."""
    envelope = compress_presentation(vp)
    codec = envelope[:1]
    extended = codec == b"C"
    bare = dict(vp, verifiableCredential=[])
    holder = len(compress_presentation(bare, codec=codec))
    table = len(pack_values(compact_json(vp), extended=extended)[1])
    holder_table = len(pack_values(compact_json(bare), extended=extended)[1])
    credential = len(envelope) - holder
    return {"codec": codec[0], "envelope": len(envelope), "holder": holder, "credential": credential,
            "credential_packed": table - holder_table, "credential_text": credential - (table - holder_table)}


def print_parts(rows: list[tuple[dict[str, Any], Any]]) -> None:
    print("held-out set, bytes by part (envelope = holder wrapper + credential; credential = packed keys/"
          "signatures/UUIDs + deflated text; in codec C a VC-JWT's signature is packed, its decoded header and "
          "payload are text):")
    print(f"  {'file':58} {'format':14} {'file B':>6} {'env':>5} {'codec':>5} {'holder':>6} {'packed':>6} "
          f"{'text':>5} frames")
    for entry, credential in rows:
        vp = presentation_of(credential)
        row = parts(vp)
        frames = len(encode_presentation(vp, max_version=20, ecc="M"))
        print(f"  {entry['file'][:58]:58} {entry['format']:14} {entry['bytes']:6} {row['envelope']:5} "
              f"{chr(row['codec']):>5} {row['holder']:6} {row['credential_packed']:6} {row['credential_text']:5} "
              f"{frames}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", action="store_true", help="bytes by part for each held-out credential")
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    args = parser.parse_args()
    first = [presentation_of(credential) for _entry, credential in candidates()]
    held_rows = held_out_candidates()
    held = [presentation_of(credential) for _entry, credential in held_rows]
    figures = {"first": measure(first)}
    report(f"first set (public/, {len({e['source_repo'] for e, _ in candidates()})} projects)", figures["first"])
    if not held:
        print("held-out set (public-ob3/): not in this interop corpus; only the first set was measured")
    else:
        projects = len({entry["source_repo"] for entry, _ in held_rows})
        figures["held_out"] = measure(held)
        report(f"held-out set (public-ob3/, {projects} repositories)", figures["held_out"])
        for form in ("data-integrity", "vc-jwt"):
            chosen = [vp for (entry, _), vp in zip(held_rows, held, strict=True) if entry["format"] == form]
            if chosen:
                figures[f"held_out_{form}"] = measure(chosen)
                report(f"  of which {form}", figures[f"held_out_{form}"])
        figures["together"] = measure(first + held)
        report("both sets together", figures["together"])
        if args.parts:
            print_parts(held_rows)
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("SATCHEL_CORPUS", str(REPO.parent / "shared" / "corpus"))
    raise SystemExit(main())
