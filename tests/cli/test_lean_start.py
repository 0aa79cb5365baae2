"""`satchel verify FILE` loads only what verifying a file needs (issue 14): no GUI, camera, PDF, QR
drawing, network client or encrypted store. Each heavy library is loaded by its door package on first
use; this test fails as soon as one of them is imported on the way to a verdict."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import corpus_dir

SRC = Path(__file__).resolve().parents[2] / "src"
HEAVY = ("flet", "flet_desktop", "flet_web", "cv2", "numpy", "zxingcpp", "httpx", "fpdf", "sqlcipher3",
         "qrcode", "PIL", "cborld")

PROBE = """
import contextlib, io, json, sys
from satchel.launcher import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(sys.argv[1:])
heavy = sorted({name.split('.')[0] for name in sys.modules} & set(json.loads(sys.stdin.read())))
print(json.dumps({"code": code, "heavy": heavy, "output": out.getvalue()}))
"""


def _run(tmp_path, *argv: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(SRC), "SATCHEL_HOME": str(tmp_path / "home"), "SATCHEL_LANG": "en"}
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], input=json.dumps(HEAVY), env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_verify_of_a_file_offline_imports_no_heavy_module(tmp_path):
    credential = corpus_dir() / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json"
    result = _run(tmp_path, "verify", str(credential), "--offline")
    assert result["code"] == 0 and "Signature" in result["output"]
    assert result["heavy"] == []


def test_verify_of_a_presentation_file_imports_no_heavy_module(tmp_path):
    presentation = corpus_dir() / "peer" / "vp-valid-2creds-eddsa.json"
    result = _run(tmp_path, "verify", str(presentation), "--offline", "--challenge", "x")
    assert "Signature" in result["output"]
    assert result["heavy"] == []


def test_the_probe_sees_a_heavy_module_when_one_is_loaded():
    """The check above can fail: a module that draws QR codes does show up in ``sys.modules``."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-c", "import sys, satchel.share.qrimage; "
                           "print('qrcode' in sys.modules)"], env=env, capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "True"


def test_verify_of_a_plain_credential_does_not_load_the_x509_seal_code(tmp_path):
    probe = PROBE.replace("& set(json.loads(sys.stdin.read()))", "& {'cryptography.x509', 'satchel.crypto.seal'}")
    probe = probe.replace("name.split('.')[0] for name in sys.modules", "name for name in sys.modules")
    credential = corpus_dir() / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json"
    env = {**os.environ, "PYTHONPATH": str(SRC), "SATCHEL_HOME": str(tmp_path / "home"), "SATCHEL_LANG": "en"}
    done = subprocess.run([sys.executable, "-c", probe, "verify", str(credential), "--offline"], input="[]", env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0 and result["heavy"] == []
