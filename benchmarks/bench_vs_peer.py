"""Satchel against the reference JavaScript verifier, side by side in one run (issue 14).

For each suite (OB 3.0 credentials of the interop corpus):
  warm  — one credential verified n times in one process after a warm-up: Satchel's
          ``Verifier.verify_credential`` and the peer's ``bench-verify`` (its own in-process loop);
  cold  — process start to verdict: ``python -m satchel verify FILE --offline`` and
          ``node peer.mjs verify-credential --in FILE``, run alternately, median of k runs each (after
          one uncounted pair; Satchel's modules byte-compiled first, as an installed package is).
Prints each median and the ratio Satchel / peer (goal: at most 0.5), the date, the machine and its
load average, because on a shared machine every figure moves with the load.

    python benchmarks/bench_vs_peer.py [-n 300] [-k 7] [--peer DIR]

The peer is ../shared/tools/peer (or --peer / SATCHEL_PEER). It needs Node.js and its npm
dependencies: without `node_modules`, the peer is copied to a temporary folder and `npm ci` runs
there once. Without Node.js only Satchel's figures are printed.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
SUITES = {
    "eddsa-rdfc-2022": "cred-valid-eddsa-rdfc-2022-ob3.json",
    "ecdsa-rdfc-2019": "cred-valid-ecdsa-rdfc-2019-p256-ob3.json",
    "Ed25519Signature2020": "cred-valid-ed25519signature2020-v1-ob3.json",
}


def corpus() -> Path:
    override = os.environ.get("SATCHEL_CORPUS")
    return Path(override) if override else REPO.parent / "shared" / "corpus"


def peer_dir(given: str | None) -> Path | None:
    """A peer folder with its dependencies installed, or None (no Node.js, no peer, npm failed)."""
    if shutil.which("node") is None:
        return None
    source = Path(given or os.environ.get("SATCHEL_PEER") or REPO.parent / "shared" / "tools" / "peer")
    if not (source / "peer.mjs").is_file():
        return None
    if (source / "node_modules").is_dir():
        return source
    copy = Path(tempfile.gettempdir()) / "satchel-bench-peer"
    if not (copy / "node_modules").is_dir():
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(source, copy, ignore=shutil.ignore_patterns("node_modules"))
        done = subprocess.run(["npm", "ci", "--silent", "--no-audit", "--no-fund"], cwd=copy,
                              capture_output=True, text=True)
        if done.returncode != 0:
            print(f"(npm ci failed for the peer: {done.stderr.strip()[:200]})")
            return None
    return copy


def satchel_warm(path: Path, runs: int, warmup: int = 10) -> float:
    sys.path.insert(0, str(SRC))
    from satchel.clock import SystemClock
    from satchel.net import OfflineFetcher
    from satchel.vc.cache import DocumentCache
    from satchel.vc.documents import DocumentSource
    from satchel.vc.engine import Verifier

    clock = SystemClock()
    source = DocumentSource(DocumentCache(tempfile.mkdtemp(prefix="satchel-bench-"), clock), OfflineFetcher(),
                            clock)
    verifier = Verifier(clock=clock, source=source)
    document = json.loads(path.read_text(encoding="utf-8"))
    for _ in range(warmup):
        outcome = verifier.verify_credential(document).outcome.value
    if outcome != "verified":
        raise SystemExit(f"{path.name} does not verify in Satchel ({outcome}): nothing to compare")
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        verifier.verify_credential(document)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def peer_warm(peer: Path, path: Path, runs: int) -> float:
    done = subprocess.run(["node", "peer.mjs", "bench-verify", "--in", str(path), "-n", str(runs)], cwd=peer,
                          capture_output=True, text=True, check=True)
    return float(json.loads(done.stdout)["median_ms"])


def _wall(command: list[str], cwd: Path | None = None, env: dict | None = None) -> float:
    """Wall time of one run, which must succeed (a fast failure is not a figure)."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, check=False)
    wall = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])} … exited {done.returncode}: {done.stderr.decode()[-300:]}")
    return wall


def byte_compile() -> None:
    """Compile Satchel's modules once, as installing the package does: with PYTHONDONTWRITEBYTECODE set
    (as on the project's machines) every cold run would otherwise compile them all again."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(SRC)], capture_output=True, check=True)


def cold(peer: Path | None, path: Path, runs: int) -> tuple[float, float | None]:
    home = tempfile.mkdtemp(prefix="satchel-bench-home-")
    env = {**os.environ, "PYTHONPATH": str(SRC), "SATCHEL_HOME": home}
    byte_compile()
    mine, theirs = [], []
    for index in range(runs + 1):  # alternate, so both see the same load; the first pair is not counted
        satchel_ms = _wall([sys.executable, "-m", "satchel", "verify", str(path), "--offline"], env=env)
        peer_ms = _wall(["node", "peer.mjs", "verify-credential", "--in", str(path)], cwd=peer) if peer else None
        if index == 0:  # reads every file into the page cache
            continue
        mine.append(satchel_ms)
        if peer_ms is not None:
            theirs.append(peer_ms)
    return statistics.median(mine), (statistics.median(theirs) if theirs else None)


def _ratio(a: float, b: float | None) -> str:
    return f"{a / b:.2f}" if b else "—"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300, help="warm verifications per suite (each side)")
    parser.add_argument("-k", type=int, default=7, help="cold process runs per side")
    parser.add_argument("--peer", help="the peer's folder (default ../shared/tools/peer)")
    parser.add_argument("--no-cold", action="store_true")
    args = parser.parse_args()
    peer = peer_dir(args.peer)
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"date {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC; {platform.node()}: "
          f"{os.cpu_count()} CPUs, {platform.python_implementation()} {platform.python_version()}, "
          f"load average {load}; peer: {peer or 'not available (no Node.js or no peer)'}")
    rows = []
    for suite, name in SUITES.items():
        path = corpus() / "peer" / name
        mine = satchel_warm(path, args.n)
        theirs = peer_warm(peer, path, args.n) if peer else None
        rows.append({"what": f"warm {suite}", "satchel_ms": round(mine, 3),
                     "peer_ms": theirs and round(theirs, 3), "ratio": _ratio(mine, theirs)})
    if not args.no_cold:
        mine, theirs = cold(peer, corpus() / "peer" / SUITES["eddsa-rdfc-2022"], args.k)
        rows.append({"what": "cold verify FILE (process start to verdict)", "satchel_ms": round(mine, 1),
                     "peer_ms": theirs and round(theirs, 1), "ratio": _ratio(mine, theirs)})
    print(f"{'what':<46} {'Satchel ms':>11} {'peer ms':>9} {'ratio':>6}")
    for row in rows:
        peer_ms = "—" if row["peer_ms"] is None else f"{row['peer_ms']:.2f}"
        print(f"{row['what']:<46} {row['satchel_ms']:>11.2f} {peer_ms:>9} {row['ratio']:>6}")
    print(json.dumps({"load_average": load, "rows": rows}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
