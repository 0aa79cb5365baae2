"""Helpers for the share tests: corpus files, presentations of n credentials, bundled contexts."""

from __future__ import annotations

import copy
import json
import pathlib
import shutil
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "peer"
CONTEXTS = ROOT / "src" / "satchel" / "vc" / "contexts"
PEER_NODE_MODULES = pathlib.Path("/tmp/peer/node_modules")

CREDENTIAL_FILES = sorted(p for p in CORPUS.glob("cred-*.json"))


def load_json(path: pathlib.Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def presentation_with(count: int) -> dict:
    """A VC 2.0 presentation skeleton embedding ``count`` corpus credentials (cycled if needed)."""
    base = load_json(CORPUS / "vp-valid-1cred-eddsa.json")
    creds = [load_json(CREDENTIAL_FILES[i % len(CREDENTIAL_FILES)]) for i in range(count)]
    vp = copy.deepcopy(base)
    vp["verifiableCredential"] = creds
    return vp


def bundled_contexts() -> dict[str, dict]:
    index = CONTEXTS / "index.json"
    if index.exists():
        mapping = json.loads(index.read_text(encoding="utf-8"))
        return {url: load_json(CONTEXTS / name) for url, name in mapping.items()}
    if PEER_NODE_MODULES.exists() and shutil.which("node"):
        script = ("import {bundledContexts} from '/tmp/peer/lib/loader.mjs';"
                  "const o={};for(const [u,{doc}] of bundledContexts)o[u]=doc;"
                  "process.stdout.write(JSON.stringify(o));")
        out = subprocess.run(["node", "--input-type=module", "-e", script], check=True,
                             capture_output=True, text=True, cwd="/tmp/peer").stdout
        return json.loads(out)
    raise RuntimeError("No JSON-LD contexts: need src/satchel/vc/contexts/index.json or an npm-installed "
                       "/tmp/peer (cp -r ../shared/tools/peer /tmp/peer && npm ci).")
