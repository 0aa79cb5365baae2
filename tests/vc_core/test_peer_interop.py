"""Interop with the reference JavaScript peer: it accepts Satchel's signed presentations, and Satchel
accepts the peer's presentation signed with a Satchel-made holder key (written in the peer's format).

The peer is copied to /tmp/satchel-peer and installed once (``npm ci``); it runs offline."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from satchel import crypto
from satchel.vc.proofs import verify_proofs
from satchel.vc.signing import sign

from .conftest import PEER, corpus_root, load_json

pytestmark = pytest.mark.interop

PEER_SOURCE = corpus_root() / ".." / "tools" / "peer"
PEER_COPY = Path("/tmp/satchel-peer")
CHALLENGE, DOMAIN = "interop-challenge-42", "verifier.example.org"


@pytest.fixture(scope="session")
def peer_dir() -> Path:
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("node/npm are not installed, so the JS peer cannot run")
    lock = PEER_SOURCE / "package-lock.json"
    installed = PEER_COPY / "node_modules" / ".package-lock.json"
    if not installed.exists() or (PEER_COPY / "package-lock.json").read_bytes() != lock.read_bytes():
        shutil.rmtree(PEER_COPY, ignore_errors=True)
        shutil.copytree(PEER_SOURCE, PEER_COPY, ignore=shutil.ignore_patterns("node_modules", "corpus"))
        for path in [PEER_COPY, *PEER_COPY.rglob("*")]:
            path.chmod(path.stat().st_mode | 0o200)
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=PEER_COPY, check=True,
                       capture_output=True, timeout=600)
    return PEER_COPY


def run_peer(peer_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["node", "peer.mjs", *args], cwd=peer_dir, capture_output=True, text=True,
                          timeout=120)


def holder_key_file(path: Path) -> tuple[bytes, str, str]:
    """A Satchel holder key, saved in the peer's ``keygen`` JSON format."""
    secret, multikey = crypto.generate_ed25519()
    did = crypto.did_key_for(multikey)
    vm = f"{did}#{multikey}"
    path.write_text(json.dumps({
        "curve": "Ed25519", "did": did, "@context": "https://w3id.org/security/multikey/v1", "id": vm,
        "type": "Multikey", "controller": did, "publicKeyMultibase": multikey,
        "secretKeyMultibase": crypto.encode_ed25519_secret_multikey(secret)}))
    return secret, did, vm


@pytest.mark.parametrize("version", [2, 1])
def test_peer_accepts_satchel_presentations(version, peer_dir, tmp_path):
    secret, did, vm = holder_key_file(tmp_path / "holder.json")
    if version == 2:
        context = "https://www.w3.org/ns/credentials/v2"
        credentials = [load_json(PEER / "cred-valid-eddsa-rdfc-2022-ob3.json"),
                       load_json(PEER / "cred-valid-ecdsa-rdfc-2019-p256-ob3.json")]
        suite = "eddsa-rdfc-2022"
    else:
        context = "https://www.w3.org/2018/credentials/v1"
        credentials = [load_json(PEER / "cred-valid-ed25519signature2020-v1-ob3.json")]
        suite = "Ed25519Signature2020"
    vp = {"@context": [context], "type": ["VerifiablePresentation"], "holder": did,
          "verifiableCredential": credentials}
    signed = sign(vp, secret_key=secret, verification_method=vm, purpose="authentication", suite=suite,
                  challenge=CHALLENGE, domain=DOMAIN, created="2026-11-25T08:00:00Z")
    (tmp_path / "vp.json").write_text(json.dumps(signed))
    done = run_peer(peer_dir, "verify-presentation", "--in", str(tmp_path / "vp.json"),
                    "--challenge", CHALLENGE, "--domain", DOMAIN)
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["verified"] is True, done.stdout + done.stderr
    assert report["presentation"] == {"signed": True, "verified": True}
    # and the peer notices a wrong challenge, so the check above is a real one
    wrong = run_peer(peer_dir, "verify-presentation", "--in", str(tmp_path / "vp.json"),
                     "--challenge", "another", "--domain", DOMAIN)
    assert wrong.returncode == 1


def test_satchel_accepts_the_peer_presentation_made_with_a_satchel_key(peer_dir, tmp_path, loader,
                                                                        resolver):
    _, did, vm = holder_key_file(tmp_path / "holder.json")
    done = run_peer(peer_dir, "present", "--key", str(tmp_path / "holder.json"),
                    "--in", str(PEER / "cred-valid-eddsa-rdfc-2022-ob3.json"), "--challenge", CHALLENGE,
                    "--domain", DOMAIN, "--out", str(tmp_path / "vp.json"))
    assert done.returncode == 0, done.stderr
    (result,) = verify_proofs(load_json(tmp_path / "vp.json"), resolver=resolver, loader=loader)
    assert result.ok and result.verification_method == vm and result.controller == did
    assert (result.challenge, result.domain, result.purpose) == (CHALLENGE, DOMAIN, "authentication")
