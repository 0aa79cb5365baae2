"""Public signed Open Badges 3.0 credentials written by other projects, and the 1-credential
presentation Satchel would share for each (signed by a fixed test holder key).

Two sets, both read from the interop corpus, each with a manifest naming every file's source
repository, path and commit:
- ``candidates()``: the interop corpus's ``public/`` folder (DCC vc-test-fixtures and the 1EdTech example);
- ``held_out_candidates()``: ``public-ob3/`` (issue 14's second set, collected after codec C was made and
  never used to tune it): credentials from other wallets' and issuers' projects, Data Integrity
  JSON-LD and VC-JWT (compact JWS) alike. ``held_out_dir()`` is None when the corpus has no such folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from satchel import crypto
from satchel.vc import signing
from tests.conftest import corpus_dir

MAX_BYTES = 3 * 1024
V1 = "https://www.w3.org/2018/credentials/v1"
V2 = "https://www.w3.org/ns/credentials/v2"
HELD_OUT = "public-ob3"
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


def held_out_dir() -> Path | None:
    """The second set's folder in the interop corpus, or None when this corpus does not have it."""
    folder = corpus_dir() / HELD_OUT
    return folder if (folder / "manifest.json").is_file() else None


def held_out_candidates() -> list[tuple[dict, dict | str]]:
    """(manifest entry, credential): every credential of the second set, as its file holds it — a JSON
    object for a Data Integrity credential, the compact JWS text for a VC-JWT. Empty without the set."""
    folder = held_out_dir()
    if folder is None:
        return []
    found: list[tuple[dict, dict | str]] = []
    for entry in json.loads((folder / "manifest.json").read_text(encoding="utf-8")):
        text = (folder / entry["file"]).read_text(encoding="utf-8")
        found.append((entry, text.strip() if entry["format"] == "vc-jwt" else json.loads(text)))
    return found


def presentation_of(credential: dict | str) -> dict:
    """The signed 1-credential presentation Satchel shares for ``credential``, as ``satchel share``
    builds it: a VC-JWT goes in as an ``EnvelopedVerifiableCredential`` of a VC 2.0 presentation, a JSON
    credential as it is, in a presentation of its own data model version."""
    multikey = crypto.ed25519_multikey(_HOLDER_SECRET)
    did = crypto.did_key_for(multikey)
    embedded: Any
    if isinstance(credential, str):
        embedded = {"@context": [V2], "id": f"data:application/vc+jwt,{credential}",
                    "type": "EnvelopedVerifiableCredential"}
        v2 = True
    else:
        embedded = credential
        v2 = (credential.get("@context") or [None])[0] == V2
    vp = {"@context": [V2 if v2 else V1], "type": ["VerifiablePresentation"], "holder": did,
          "verifiableCredential": [embedded]}
    return signing.sign(vp, secret_key=_HOLDER_SECRET, verification_method=f"{did}#{multikey}",
                        purpose="authentication", suite="eddsa-rdfc-2022" if v2 else "Ed25519Signature2020",
                        challenge="3hJ8kq2LmN5pQ7rS9tV1wX", created="2026-11-29T12:00:00Z")
