"""The offline OpenID4VCI/VC-API issuer peer and OpenID4VP verifier peer, run on 127.0.0.1 for tests.

Each peer is copied to /tmp and installed once with ``npm ci`` (as tests/vc_core/test_peer_interop.py
does for the JS peer); every run gets its own out-dir with a fresh throwaway CA.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2].parent / "shared" / "tools"


def installed(name: str) -> Path:
    """/tmp/satchel-NAME with its node_modules, installed from the lock file when it changed."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("node/npm are not installed, so the test peers cannot run")
    source = TOOLS / name
    copy = Path(f"/tmp/satchel-{name}")
    if not _up_to_date(copy, source, name):
        # Install beside it, then swap: a run stopped half-way never leaves a copy that looks installed.
        staging = copy.with_name(f"{copy.name}.installing-{os.getpid()}")
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(source, staging, ignore=shutil.ignore_patterns("node_modules"))
        for path in [staging, *staging.rglob("*")]:
            path.chmod(path.stat().st_mode | 0o200)
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=staging, check=True, capture_output=True,
                       timeout=600)
        shutil.rmtree(copy, ignore_errors=True)
        staging.rename(copy)
    return copy


def _up_to_date(copy: Path, source: Path, name: str) -> bool:
    """The copy is installed (npm's marker) from the same lock file and entry point as the shared peer."""
    try:
        return ((copy / "node_modules" / ".package-lock.json").exists()
                and (copy / "package-lock.json").read_bytes() == (source / "package-lock.json").read_bytes()
                and (copy / f"{name}.mjs").read_bytes() == (source / f"{name}.mjs").read_bytes())
    except OSError:  # a half-copied folder left by an interrupted run
        return False


class Peer:
    def __init__(self, process: subprocess.Popen, out: Path, ready: dict) -> None:
        self.process, self.out, self.ready = process, out, ready

    @property
    def ca(self) -> str:
        return str(self.out / "ca.pem")

    def events(self) -> list[dict]:
        path = self.out / "events.jsonl"
        return [json.loads(line) for line in path.read_text().splitlines() if line.strip()] if path.exists() else []

    def stop(self, timeout: float = 20) -> int:
        """SIGTERM (the peer writes its result and exits), or wait for an exit already under way."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()

    def wait(self, timeout: float = 30) -> int:
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return self.stop()

    def result(self) -> dict:
        return json.loads((self.out / "result.json").read_text())


def start_issuer(peer_dir: Path, out: Path, mode: str, *args: str, timeout: int = 60) -> Peer:
    """``timeout``: the peer exits by itself after that many seconds (at most 120)."""
    process = subprocess.Popen(["node", "issuer-peer.mjs", mode, "--out-dir", str(out), "--timeout", str(timeout),
                                *args],
                               cwd=peer_dir, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline() if process.stdout else ""
    if not line:
        process.kill()
        raise RuntimeError(f"issuer-peer {mode} did not start")
    return Peer(process, out, json.loads(line))


def start_verifier(peer_dir: Path, out: Path, *args: str, timeout: int = 60) -> Peer:
    process = subprocess.Popen(["node", "verifier-peer.mjs", "oid4vp", "--out-dir", str(out), "--timeout", str(timeout),
                                "--quiet", *args], cwd=peer_dir, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    ready = out / "ready.json"
    deadline = time.monotonic() + 30
    while not ready.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("verifier-peer did not start")
        time.sleep(0.05)
    time.sleep(0.05)  # ready.json is written last; let the write finish
    return Peer(process, out, json.loads(ready.read_text()))
