"""Median time to canonicalize (RDFC-1.0) the corpus OB 3.0 credential, cold and warm, and to verify
its eddsa-rdfc-2022 proof end to end (the JS peer's bench-verify measured ~5.7-6.6 ms on this VM).

    .venv/bin/python benchmarks/bench_canonize.py [-n 200]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

from pyld import jsonld

from satchel.vc.did import DidResolver
from satchel.vc.jsonld import OfflineLoader, canonize
from satchel.vc.jsonld.processor import clear_caches
from satchel.vc.proofs import verify_proofs

CORPUS = Path(os.environ.get("SATCHEL_CORPUS") or Path(__file__).parents[1] / ".." / "shared" / "corpus")
CREDENTIAL = CORPUS / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json"


def _median_ms(runs: int, work, before=None) -> float:
    times = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _forget_processed_contexts() -> None:
    clear_caches()
    jsonld._resolved_context_cache.clear()
    jsonld._inverse_context_cache.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=200)
    runs = parser.parse_args().n
    credential = json.loads(CREDENTIAL.read_text())
    unsecured = {k: v for k, v in credential.items() if k != "proof"}
    state = {}

    def cold_setup():
        _forget_processed_contexts()
        state["loader"] = OfflineLoader()

    cold = _median_ms(max(runs // 10, 5), lambda: canonize(unsecured, state["loader"]), cold_setup)
    loader = OfflineLoader()
    canonize(unsecured, loader)
    warm = _median_ms(runs, lambda: canonize(unsecured, loader))
    resolver = DidResolver()
    assert all(r.ok for r in verify_proofs(credential, resolver=resolver, loader=loader))
    verify = _median_ms(runs, lambda: verify_proofs(credential, resolver=resolver, loader=loader))
    print(f"credential: {CREDENTIAL.name}")
    print(f"canonize cold (contexts processed again): median {cold:.2f} ms")
    print(f"canonize warm (processed contexts cached): median {warm:.2f} ms")
    print(f"verify_proofs warm (eddsa-rdfc-2022, did:key): median {verify:.2f} ms   (JS peer: ~6 ms)")


if __name__ == "__main__":
    main()
