"""Wallet store speed on 10,000 credentials: unlock, first page, search, 1,000 inserts.

Run: .venv/bin/python benchmarks/bench_store.py [count]. Prints figures; asserts nothing.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

from satchel.model import DisplayFields, ListQuery, SortKey
from satchel.store import Wallet

PASSPHRASE = "correct horse battery staple"
WORDS = ["data", "science", "python", "cloud", "security", "leadership", "design", "research", "teamwork",
         "écologie", "communication", "statistics", "networking", "robotics", "welding", "nursing", "accounting",
         "ethics"]
ISSUERS = [f"University of Place {n}" for n in range(60)] + ["Académie Numérique", "Code Club"]


def fake_credential(n: int, rng: random.Random) -> tuple[bytes, DisplayFields]:
    name = " ".join(rng.choice(WORDS).title() for _ in range(3)) + f" {n}"
    issuer = rng.choice(ISSUERS)
    description = " ".join(rng.choice(WORDS) for _ in range(30))
    image = "data:image/png;base64," + "A" * 20_000 if n % 10 == 0 else f"https://img.example/{n}.png"
    document = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": f"urn:uuid:{n:08d}-0000-4000-8000-000000000000",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": f"did:web:issuer{n % 60}.example", "name": issuer},
        "validFrom": f"20{10 + n % 15}-0{1 + n % 9}-01T00:00:00Z",
        "credentialSubject": {"achievement": {"name": name, "description": description, "image": image}},
        "proof": {"type": "DataIntegrityProof", "proofValue": "z" + "5" * 86},
    }
    display = DisplayFields(name=name, description=description, issuer_name=issuer,
                            issuer_id=document["issuer"]["id"], subject_name=f"Learner {n % 7}",
                            issued=document["validFrom"], image=image, achievement_type="Certificate")
    return json.dumps(document).encode(), display


def timed(label: str, func, repeat: int = 1):
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<48} {best * 1000:9.1f} ms")
    return result


def main(count: int = 10_000) -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "wallet" / "bench.satchel"
        wallet = Wallet.create(path, PASSPHRASE)
        start = time.perf_counter()
        for n in range(count):
            raw, display = fake_credential(n, rng)
            cid, _ = wallet.add_credential(raw, format="vc-json", signed_form="data-integrity", source="file",
                                           display=display, added_at=f"2026-01-01T00:{n // 60 % 60:02d}:{n % 60:02d}Z")
            if n % 3 == 0:
                wallet.add_tags(cid, [rng.choice(WORDS), "portfolio"])
        print(f"{'build ' + str(count) + ' credentials (1 txn each + tags)':<48} "
              f"{(time.perf_counter() - start) * 1000:9.1f} ms")
        wallet.close()
        print(f"{'file size':<48} {path.stat().st_size / 1e6:9.1f} MB")

        wallet = timed("unlock (PBKDF2-HMAC-SHA512, 256,000 iterations)", lambda: Wallet.open(path, PASSPHRASE))
        timed("first page (20, by name) right after unlock",
              lambda: wallet.list(ListQuery(sort=SortKey.NAME, limit=20)))
        timed("first page (20, by added, descending)",
              lambda: wallet.list(ListQuery(sort=SortKey.ADDED, descending=True, limit=20)), repeat=3)
        timed("first page (20, by issuer, descending)",
              lambda: wallet.list(ListQuery(sort=SortKey.ISSUER, descending=True, limit=20)), repeat=3)
        timed("count all", lambda: wallet.count(ListQuery()), repeat=3)
        wallet.close()
        wallet = Wallet.open(path, PASSPHRASE)
        hits = timed("search 'ecolog' first time after unlock (page of 20)",
                     lambda: wallet.list(ListQuery(search="ecolog", limit=20)))
        timed("search 'ecolog' again (page of 20)", lambda: wallet.list(ListQuery(search="ecolog", limit=20)),
              repeat=5)
        timed("search two words 'robotics academie' + count",
              lambda: wallet.count(ListQuery(search="robotics academie")), repeat=5)
        timed("search matching nothing", lambda: wallet.list(ListQuery(search="zzzqqq")), repeat=5)
        timed("tag filter 'portfolio' (page of 20, by name)",
              lambda: wallet.list(ListQuery(tag="portfolio", sort=SortKey.NAME, limit=20)), repeat=5)
        timed("status filter 'unverified' count", lambda: wallet.count(ListQuery(status="unverified")), repeat=5)
        timed("list all 10,000 records (no raw)", lambda: wallet.list(ListQuery()))
        print(f"{'(search hits shown)':<48} {len(hits):9d}")

        def thousand_inserts() -> None:
            for n in range(count, count + 1000):
                raw, display = fake_credential(n, rng)
                wallet.add_credential(raw, format="vc-json", signed_form="data-integrity", source="file",
                                      display=display, added_at="2026-02-01T00:00:00Z")
        timed("1,000 inserts, one transaction each", thousand_inserts)
        wallet.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
