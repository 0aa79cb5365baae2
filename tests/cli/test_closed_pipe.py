"""A verdict survives a reader that went away: `satchel verify bad.json | true` still exits non-zero."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import satchel

SRC = str(Path(satchel.__file__).resolve().parents[1])


def _run_into_closed_pipe(home: Path, *argv: str) -> subprocess.CompletedProcess:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first byte is written
    try:
        return subprocess.run([sys.executable, "-m", "satchel", "--home", str(home), *argv], stdout=write_end,
                              stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": SRC, "SATCHEL_LANG": "en"},
                              timeout=120, check=False)
    finally:
        os.close(write_end)


@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_a_failed_verification_into_a_closed_pipe_exits_1(tmp_path, corpus, extra):
    done = _run_into_closed_pipe(tmp_path, "verify", *extra, str(corpus / "extra" / "vcjwt-tampered-payload.jwt"))
    assert done.returncode == 1, done.stderr
    assert b"Traceback" not in done.stderr and b"BrokenPipe" not in done.stderr


def test_a_passed_verification_into_a_closed_pipe_exits_0(tmp_path, corpus):
    done = _run_into_closed_pipe(tmp_path, "verify", str(corpus / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json"))
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
