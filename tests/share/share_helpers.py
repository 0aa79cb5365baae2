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


def photo_of(png: bytes, kind: str, seed: int = 1):
    """A grayscale 'photo' of a QR PNG: put on a textured background and distorted with OpenCV."""
    import cv2
    import numpy as np

    rng = np.random.default_rng(seed)
    code = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE)
    h, w = code.shape
    canvas = np.clip(rng.normal(170, 25, (h + 400, w + 600)), 0, 255).astype(np.uint8)
    canvas = cv2.GaussianBlur(canvas, (0, 0), 3)
    canvas[200:200 + h, 300:300 + w] = code
    ch, cw = canvas.shape
    if kind == "scaled":
        return cv2.resize(canvas, None, fx=0.55, fy=0.55, interpolation=cv2.INTER_AREA)
    if kind == "rotated":
        matrix = cv2.getRotationMatrix2D((cw / 2, ch / 2), 5, 1.0)
        return cv2.warpAffine(canvas, matrix, (cw, ch), borderValue=170)
    if kind == "blurred":
        return cv2.GaussianBlur(canvas, (0, 0), 1.3)
    if kind == "perspective":
        src = np.float32([[0, 0], [cw, 0], [cw, ch], [0, ch]])
        dst = np.float32([[0.06 * cw, 0.04 * ch], [0.97 * cw, 0], [cw, ch], [0.02 * cw, 0.92 * ch]])
        return cv2.warpPerspective(canvas, cv2.getPerspectiveTransform(src, dst), (cw, ch), borderValue=170)
    if kind == "low-contrast":
        dim = (canvas.astype(np.float32) * 0.16 + 105 + rng.normal(0, 4, canvas.shape)).clip(0, 255)
        return dim.astype(np.uint8)
    if kind == "jpeg":
        _, jpeg = cv2.imencode(".jpg", canvas, [cv2.IMWRITE_JPEG_QUALITY, 35])
        return cv2.imdecode(jpeg, cv2.IMREAD_GRAYSCALE)
    if kind == "everything":
        out = photo_of(png, "rotated", seed)
        out = cv2.GaussianBlur(cv2.resize(out, None, fx=0.8, fy=0.8, interpolation=cv2.INTER_AREA), (0, 0), 0.8)
        return (out.astype(np.float32) * 0.35 + 80).clip(0, 255).astype(np.uint8)
    raise ValueError(kind)
