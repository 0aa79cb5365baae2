"""`verify --all` on a wallet of N stored credentials (default 1,000), against the goal of issue 14:
at most N × the warm single verification + 1 s. Prints figures; asserts nothing.

    python benchmarks/bench_verify_all.py [N]
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import credentials

from satchel.net import OfflineFetcher
from satchel.services import Satchel


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    items = credentials(count)
    with tempfile.TemporaryDirectory() as home:
        app = Satchel(Path(home), fetcher=OfflineFetcher(), offline=True)
        app.create_wallet("benchmark passphrase")
        for data in items:
            app.import_bytes(data, source="bench")
        verifier = app.verifier()
        document = json.loads(items[0])
        for _ in range(10):
            verifier.verify_credential(document)
        samples = []
        for _ in range(200):
            start = time.perf_counter()
            verifier.verify_credential(document)
            samples.append((time.perf_counter() - start) * 1000)
        warm = statistics.median(samples)
        start = time.perf_counter()
        summary = app.verify_all()
        total = time.perf_counter() - start
    goal = count * warm / 1000 + 1
    print(f"verify --all: {summary.done} credentials in {total:.2f} s ({summary.outcomes['verified']} verified); "
          f"warm single verification median {warm:.2f} ms; goal {count} × warm + 1 s = {goal:.2f} s "
          f"({'met' if total <= goal else 'NOT met'})")
    print(json.dumps({"count": count, "total_s": round(total, 3), "warm_ms": round(warm, 3),
                      "goal_s": round(goal, 3)}))


if __name__ == "__main__":
    main()
