"""Verification speed: one credential verified N times in one process (after a warm-up), then the
cold-start time of a fresh process that verifies it once.

    python benchmarks/bench_verify.py [PATH] [-n N] [--no-cold]

PATH defaults to the corpus OB 3.0 eddsa-rdfc-2022 credential. The last line printed is one JSON object
with median_ms, p95_ms, n (and cold_process_ms when measured).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO.parent / "shared" / "corpus" / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json"

COLD = """
import sys, tempfile, time
t0 = time.perf_counter()
from satchel.clock import SystemClock
from satchel.net import OfflineFetcher
from satchel.vc.cache import DocumentCache
from satchel.vc.documents import DocumentSource
from satchel.vc.engine import Verifier
clock = SystemClock()
source = DocumentSource(DocumentCache(tempfile.mkdtemp(), clock), OfflineFetcher(), clock)
report = Verifier(clock=clock, source=source).verify_credential(open(sys.argv[1]).read())
print(report.outcome.value, (time.perf_counter() - t0) * 1000)
"""


def make_verifier():
    from satchel.clock import SystemClock
    from satchel.net import OfflineFetcher
    from satchel.vc.cache import DocumentCache
    from satchel.vc.documents import DocumentSource
    from satchel.vc.engine import Verifier

    clock = SystemClock()
    source = DocumentSource(DocumentCache(tempfile.mkdtemp(prefix="satchel-bench-"), clock), OfflineFetcher(),
                            clock)
    return Verifier(clock=clock, source=source)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("-n", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--no-cold", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    document = json.loads(Path(args.path).read_text(encoding="utf-8"))
    verifier = make_verifier()
    outcome = None
    for _ in range(args.warmup):
        outcome = verifier.verify_credential(document).outcome.value
    samples = []
    for _ in range(args.n):
        start = time.perf_counter()
        verifier.verify_credential(document)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    result = {"path": Path(args.path).name, "outcome": outcome, "n": args.n,
              "median_ms": round(statistics.median(samples), 3),
              "p95_ms": round(samples[min(len(samples) - 1, int(len(samples) * 0.95))], 3),
              "min_ms": round(samples[0], 3)}
    print(f"warm: median {result['median_ms']} ms, p95 {result['p95_ms']} ms over {args.n} runs ({outcome})")
    if not args.no_cold:  # modules byte-compiled first, as an installed package is
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "src")], capture_output=True,
                       check=True)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", COLD, args.path], capture_output=True, text=True,
                              env={"PYTHONPATH": str(REPO / "src")}, check=True)
        wall = (time.perf_counter() - start) * 1000
        cold_outcome, inside = done.stdout.split()
        result["cold_process_ms"] = round(wall, 1)
        result["cold_import_and_verify_ms"] = round(float(inside), 1)
        print(f"cold: fresh process {wall:.0f} ms (imports + first verification {float(inside):.0f} ms, "
              f"{cold_outcome})")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
