"""Public signed Open Badges 3.0 credentials written by other projects, read from the interop corpus
(public/manifest.json names each file's source repository, path and commit), and the 1-credential
presentation Satchel would share for each (signed by a fixed test holder key)."""

from __future__ import annotations

import json

from satchel import crypto
from satchel.vc import signing
from tests.conftest import corpus_dir

MAX_BYTES = 3 * 1024
V2 = "https://www.w3.org/ns/credentials/v2"
_HOLDER_SECRET = bytes(range(32))  # a fixed, test-only Ed25519 secret key


def candidates() -> list[tuple[dict, dict]]:
    """(manifest entry, credential): signed OB 3.0 credentials of at most 3 KB, no embedded image."""
    public = corpus_dir() / "public"
    found = []
    for entry in json.loads((public / "manifest.json").read_text(encoding="utf-8")):
        path = public / entry["file"]
        if entry["kind"] != "credential" or path.stat().st_size > MAX_BYTES:
            continue
        try:
            credential = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue
        text = json.dumps(credential)
        if isinstance(credential, dict) and "proof" in credential and "/ob/v3p0/" in text \
                and "data:image" not in text:
            found.append((entry, credential))
    return found


def presentation_of(credential: dict) -> dict:
    multikey = crypto.ed25519_multikey(_HOLDER_SECRET)
    did = crypto.did_key_for(multikey)
    v2 = (credential.get("@context") or [None])[0] == V2
    vp = {"@context": [V2 if v2 else "https://www.w3.org/2018/credentials/v1"],
          "type": ["VerifiablePresentation"], "holder": did, "verifiableCredential": [credential]}
    return signing.sign(vp, secret_key=_HOLDER_SECRET, verification_method=f"{did}#{multikey}",
                        purpose="authentication", suite="eddsa-rdfc-2022" if v2 else "Ed25519Signature2020",
                        challenge="3hJ8kq2LmN5pQ7rS9tV1wX", created="2026-11-29T12:00:00Z")

