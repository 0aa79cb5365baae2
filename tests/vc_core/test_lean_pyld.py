"""pyld is imported without its aiohttp and file document loaders (satchel/vc/jsonld/lean_pyld.py):
asyncio and urllib.request stay unloaded, pyld keeps the default loader it picks without aiohttp, and
the two loaders refuse to be used. (That pyld still canonicalizes is shown by the W3C vectors and the
corpus tests, which all run with the hook installed.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from satchel.vc.jsonld.lean_pyld import REFUSAL

SRC = Path(__file__).resolve().parents[2] / "src"

PROBE = """
import json, sys
import satchel.vc.jsonld
import pyld.jsonld
print(json.dumps({"asyncio": "asyncio" in sys.modules, "urllib.request": "urllib.request" in sys.modules,
                  "default_loader": pyld.jsonld._default_document_loader.__qualname__}))
"""


def test_importing_pyld_through_satchel_loads_neither_asyncio_nor_urllib_request():
    done = subprocess.run([sys.executable, "-c", PROBE], env={**os.environ, "PYTHONPATH": str(SRC)},
                          capture_output=True, text=True, timeout=60, check=True)
    found = json.loads(done.stdout)
    assert found == {"asyncio": False, "urllib.request": False,
                     "default_loader": "dummy_document_loader.<locals>.loader"}


def test_the_unused_loaders_refuse_to_work():
    import pyld
    import pyld.documentloader.aiohttp

    with pytest.raises(ImportError, match=REFUSAL):
        pyld.FileDocumentLoader()
    with pytest.raises(ImportError, match=REFUSAL):
        pyld.AioHttpDocumentLoader()
    with pytest.raises(ImportError, match=REFUSAL):
        pyld.documentloader.aiohttp.aiohttp_document_loader()

