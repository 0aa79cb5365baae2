"""Verifier trust anchors the user adds: x509 requests from a CA they trust are accepted, others refused."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from satchel.errors import ExchangeRefused
from satchel.exchange import oid4vp
from satchel.services import anchors

from .fakes import NOW, FakeHttp, ca_and_leaf, reply, sign_request, x5c
from .test_oid4vp_requests import REQUEST_URI, payload


def _request(leaf, key):
    client_id = "x509_san_dns:verifier.example"
    token = sign_request(payload(client_id), key, x5c=x5c(leaf))
    http = FakeHttp({("GET", REQUEST_URI): reply(raw=token.encode())})
    return "openid4vp://?" + urlencode({"client_id": client_id, "request_uri": REQUEST_URI}), http


def test_a_ca_the_user_added_is_trusted_for_signed_requests(tmp_path, monkeypatch, capsys):
    from satchel.cli.main import main
    monkeypatch.delenv("SATCHEL_EXTRA_CA_FILE", raising=False)
    ca, leaf, key = ca_and_leaf()
    with pytest.raises(ExchangeRefused) as caught:
        oid4vp.read_request(*_request(leaf, key), now=NOW, anchors=anchors.all_anchors(tmp_path))
    assert caught.value.reason == "untrusted_certificate"
    (tmp_path / "ca.pem").write_bytes(ca.public_bytes(Encoding.PEM))
    assert main(["--home", str(tmp_path), "anchors", "add", str(tmp_path / "ca.pem")]) == 0
    fingerprint = capsys.readouterr().out.split()[0]
    assert main(["--home", str(tmp_path), "anchors", "add", str(tmp_path / "ca.pem")]) == 0  # idempotent
    assert len(anchors.entries(tmp_path)) == 1
    request = oid4vp.read_request(*_request(leaf, key), now=NOW, anchors=anchors.all_anchors(tmp_path))
    assert request.verified and request.verifier == "verifier.example"
    assert main(["--home", str(tmp_path), "anchors", "remove", fingerprint]) == 0
    assert anchors.entries(tmp_path) == []
    assert main(["--home", str(tmp_path), "anchors", "remove", fingerprint]) == 2


def test_a_file_without_certificates_is_refused(tmp_path):
    from satchel.errors import InvalidKey
    with pytest.raises(InvalidKey):
        anchors.add(tmp_path, b"hello")
