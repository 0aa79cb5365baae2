"""A W3C credential returned without holder binding (OpenID4VP 1.0 §B.1), checked by the verifier peer.

The peer's OpenID4VP server judges every ``ldp_vc`` answer as a Verifiable Presentation (README §4: "the
presentation is a VP JSON object … with a holder"), so a bare credential cannot be sent to it end to end. What it
can judge is the credential Satchel returns: an ecdsa-sd-2023 credential the peer issued to the wallet, asked for
by a scripted verifier with ``require_cryptographic_holder_binding: false``, goes out derived and unwrapped, and
the peer's ``ecdsa-sd verify`` (Digital Bazaar's ``vc.verifyCredential``: signature, issuer = key controller,
dates) accepts it — and refuses it once a revealed value is changed, so the first answer is a real check."""

from __future__ import annotations

import json
import subprocess
from urllib.parse import urlencode

import pytest

from satchel.services import Satchel, responding

from .fakes import FakeHttp, reply

pytestmark = pytest.mark.interop

RESPONSE_URI = "https://verifier.example/response/1"
OB = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential"


def peer(verifier_peer, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["node", "verifier-peer.mjs", *args], check=False, cwd=verifier_peer,
                          capture_output=True, text=True, timeout=60)


def test_a_derived_credential_returned_without_a_presentation_is_verified_by_the_peer(verifier_peer, tmp_path):
    app = Satchel(tmp_path / "home", offline=True)
    app.create_wallet("correct horse battery staple")
    did = app.holder_keys()[0].did
    done = peer(verifier_peer, "ecdsa-sd", "issue", "--out", str(tmp_path / "base.json"), "--subject-did", did)
    assert done.returncode == 0, done.stderr
    [record_id] = app.import_bytes((tmp_path / "base.json").read_bytes(), source="test").added
    query = {"credentials": [{"id": "badge", "format": "ldp_vc", "meta": {"type_values": [[OB]]},
                              "claims": [{"path": ["credentialSubject", "achievement", "name"]}],
                              "require_cryptographic_holder_binding": False}]}
    link = "openid4vp://?" + urlencode({"response_type": "vp_token", "client_id": f"redirect_uri:{RESPONSE_URI}",
                                        "response_mode": "direct_post", "response_uri": RESPONSE_URI,
                                        "nonce": "n-0123456789", "dcql_query": json.dumps(query)})
    http = FakeHttp({("POST", RESPONSE_URI): reply(200, {})})
    prepared = responding.prepare(app, http, link)
    assert [m for m, _ in prepared.view.queries[0].matches] == [record_id]
    responding.send(app, http, prepared, {"badge": record_id})
    [answer] = json.loads(http.posted(RESPONSE_URI)[0]["form"]["vp_token"])["badge"]
    assert "VerifiablePresentation" not in answer["type"] and "holder" not in answer
    assert answer["credentialSubject"]["id"] == did and "description" not in answer["credentialSubject"]["achievement"]
    (tmp_path / "answer.json").write_text(json.dumps(answer))
    done = peer(verifier_peer, "ecdsa-sd", "verify", "--in", str(tmp_path / "answer.json"))
    result = json.loads(done.stdout)
    assert result == {"verified": True, "proof": "derived", "errors": []}, done.stdout
    answer["credentialSubject"]["achievement"]["name"] += " (changed)"
    (tmp_path / "changed.json").write_text(json.dumps(answer))
    changed = peer(verifier_peer, "ecdsa-sd", "verify", "--in", str(tmp_path / "changed.json"))
    assert changed.returncode == 1 and json.loads(changed.stdout)["verified"] is False
