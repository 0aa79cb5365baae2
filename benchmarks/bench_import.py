"""Importing 1,000 credentials through the services, as `satchel import` does (parse + store).

Run: .venv/bin/python benchmarks/bench_import.py [count]. Prints figures; asserts nothing.
The credentials are distinct OB 3.0 credentials signed with eddsa-rdfc-2022 by a throwaway key.
"""

from __future__ import annotations

import copy
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from satchel import crypto
from satchel.model import ListQuery
from satchel.net import OfflineFetcher
from satchel.services import Satchel
from satchel.vc import signing

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT.parent / "shared" / "corpus" / "peer" / "unsigned" / "ob3-v2.json"


def credentials(count: int) -> list[bytes]:
    secret, multikey = crypto.generate_ed25519()
    did = crypto.did_key_for(multikey)
    template = json.loads(TEMPLATE.read_text())
    out = []
    for n in range(count):
        doc = copy.deepcopy(template)
        doc["id"] = f"urn:uuid:{uuid.uuid4()}"
        doc["name"] = f"Skill number {n}"
        doc["issuer"]["id"] = did
        signed = signing.sign(doc, secret_key=secret, verification_method=f"{did}#{multikey}",
                              purpose="assertionMethod", created="2026-11-22T12:00:00Z")
        out.append(json.dumps(signed).encode())
    return out


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    items = credentials(count)
    with tempfile.TemporaryDirectory() as home:
        app = Satchel(Path(home), fetcher=OfflineFetcher())
        app.create_wallet("benchmark passphrase")
        per_item = []
        start = time.perf_counter()
        for data in items:
            t0 = time.perf_counter()
            app.import_bytes(data, source="bench")
            per_item.append((time.perf_counter() - t0) * 1000)
        total = time.perf_counter() - start
        app.lock()
        t0 = time.perf_counter()
        app.unlock("benchmark passphrase")
        unlock = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        app.list(ListQuery(limit=50))
        first_page = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        app.list(ListQuery(search="number 99", limit=50))
        search = (time.perf_counter() - t0) * 1000
    print(f"imported {count} signed credentials in {total:.2f} s "
          f"(median {statistics.median(per_item):.2f} ms, p95 {sorted(per_item)[int(0.95 * count)]:.2f} ms each)")
    print(f"unlock {unlock:.0f} ms, first page {first_page:.1f} ms, search {search:.1f} ms")
    print(json.dumps({"count": count, "total_s": round(total, 3), "median_ms": round(statistics.median(per_item), 3),
                      "unlock_ms": round(unlock, 1), "first_page_ms": round(first_page, 2),
                      "search_ms": round(search, 2)}))


if __name__ == "__main__":
    main()
