"""pyld is imported without its aiohttp, file and requests document loaders and without lxml.html
(satchel/vc/jsonld/lean_pyld.py): asyncio, urllib.request, string and lxml stay unloaded, pyld keeps the
default loader it picks without aiohttp or requests, the three loaders refuse to be used, and lxml.html
still works when something does use it. (That pyld still canonicalizes is shown by the W3C vectors and the
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
                  "string": "string" in sys.modules, "lxml.etree": "lxml.etree" in sys.modules,
                  "default_loader": pyld.jsonld._default_document_loader.__qualname__}))
"""


def test_importing_pyld_through_satchel_loads_neither_asyncio_nor_urllib_request_nor_lxml():
    done = subprocess.run([sys.executable, "-c", PROBE], env={**os.environ, "PYTHONPATH": str(SRC)},
                          capture_output=True, text=True, timeout=60, check=True)
    found = json.loads(done.stdout)
    assert found == {"asyncio": False, "urllib.request": False, "string": False, "lxml.etree": False,
                     "default_loader": "dummy_document_loader.<locals>.loader"}


def test_the_probe_sees_lxml_and_string_when_pyld_is_imported_without_satchel():
    """The check above can fail: stock pyld does load them."""
    probe = PROBE.replace("import satchel.vc.jsonld\n", "")
    done = subprocess.run([sys.executable, "-c", probe], env={**os.environ, "PYTHONPATH": str(SRC)},
                          capture_output=True, text=True, timeout=60, check=True)
    found = json.loads(done.stdout)
    assert found["lxml.etree"] and found["string"]


def test_deferred_lxml_html_works_when_used():
    """pyld's HTML reading (never reached through Satchel's loader) would find the real lxml.html."""
    probe = ("import satchel.vc.jsonld, pyld.jsonld, sys\n"
             "before = 'lxml.etree' in sys.modules\n"
             "page = pyld.jsonld.lxml.html.fromstring('<html><body><p>ok</p></body></html>')\n"
             "print(before, 'lxml.etree' in sys.modules, page.text_content())")
    done = subprocess.run([sys.executable, "-c", probe], env={**os.environ, "PYTHONPATH": str(SRC)},
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == ["False", "True", "ok"]


def test_the_unused_loaders_refuse_to_work():
    import pyld
    import pyld.documentloader.aiohttp
    import pyld.jsonld

    with pytest.raises(ImportError, match=REFUSAL):
        pyld.FileDocumentLoader()
    with pytest.raises(ImportError, match=REFUSAL):
        pyld.AioHttpDocumentLoader()
    with pytest.raises(ImportError, match=REFUSAL):
        pyld.documentloader.aiohttp.aiohttp_document_loader()
    with pytest.raises(ImportError, match=REFUSAL):
        pyld.RequestsDocumentLoader()
    with pytest.raises(ImportError, match=REFUSAL):
        pyld.jsonld.requests_document_loader()

