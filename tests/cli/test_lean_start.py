"""`satchel verify FILE` loads only what verifying a file needs (issue 14): no GUI, camera, PDF, QR
drawing, network client or encrypted store, and none of the code of other commands, other signed forms or
other cryptosuites. Each heavy library is loaded by its door package on first use; these tests fail as
soon as one of them is imported on the way to a verdict."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import corpus_dir

SRC = Path(__file__).resolve().parents[2] / "src"
HEAVY = ("flet", "flet_desktop", "flet_web", "cv2", "numpy", "zxingcpp", "httpx", "fpdf", "sqlcipher3",
         "qrcode", "PIL", "cborld", "cbor2", "asyncio", "ssl", "socket", "getpass", "defusedxml", "logging")
# Exact module names (a package may load while these parts of it must not).
NOT_FOR_A_PLAIN_CREDENTIAL = (
    "cryptography.x509", "cryptography.hazmat.primitives.asymmetric.ec",
    "cryptography.hazmat.primitives.asymmetric.rsa", "cryptography.hazmat.primitives.serialization",
    "lxml.etree", "xml.etree.ElementTree", "string", "urllib.request", "zipfile",
    "satchel.crypto.seal", "satchel.crypto.x509", "satchel.store", "satchel.services.learner_wallet",
    "satchel.services.sharing", "satchel.services.bulk", "satchel.share.payload", "satchel.share.qrimage",
    "satchel.vc.jades", "satchel.vc.sd_jwt", "satchel.vc.ob2", "satchel.vc.suites.ecdsa_sd",
    "satchel.vc.suites.jcs", "satchel.vc.suites.detached_jws", "satchel.formats._svg", "satchel.formats._display",
    "satchel.formats.microcredential", "satchel.model.microcredential", "satchel.model.sd_jwt",
    "satchel.model.trustlist", "satchel.model.record", "satchel.services.importing", "satchel.services.results",
    "satchel.services.recruiter", "satchel.share.imageheader", "satchel.vc.jws",
    "satchel.cli.commands_wallet", "satchel.cli.commands_share", "satchel.cli.commands_europe",
    "satchel.cli.commands_exchange", "satchel.cli.commands_history", "satchel.cli.commands_disclosures",
)

PROBE = """
import contextlib, io, json, sys
from satchel.launcher import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules), "output": out.getvalue()}))
"""


def _run(tmp_path, *argv: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(SRC), "SATCHEL_HOME": str(tmp_path / "home"), "SATCHEL_LANG": "en"}
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["heavy"] = sorted({name.split(".")[0] for name in result["modules"]} & set(HEAVY))
    result["parts"] = sorted(set(result["modules"]) & set(NOT_FOR_A_PLAIN_CREDENTIAL))
    return result


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


def test_verify_of_a_plain_credential_loads_only_its_own_parts(tmp_path):
    """No X.509 seal code, no EC/RSA key code, no other cryptosuite, signed form or command."""
    credential = corpus_dir() / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json"
    result = _run(tmp_path, "verify", str(credential), "--offline")
    assert result["code"] == 0 and result["parts"] == []


def test_the_parts_probe_sees_them_when_another_form_is_verified(tmp_path):
    """The check above can fail: a P-256 credential does load the EC key code."""
    credential = corpus_dir() / "peer" / "cred-valid-ecdsa-rdfc-2019-p256-ob3.json"
    result = _run(tmp_path, "verify", str(credential), "--offline")
    assert result["code"] == 0 and "cryptography.hazmat.primitives.asymmetric.ec" in result["parts"]
