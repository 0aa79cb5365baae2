"""Verifier trust anchors the user adds: x509 requests from a CA they trust are accepted, others refused."""

from __future__ import annotations

from datetime import UTC, datetime
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


def test_a_der_certificate_is_added_and_listed_with_its_expiry(tmp_path, capsys):
    from satchel.cli.main import main
    ca, _, _ = ca_and_leaf()
    (tmp_path / "ca.der").write_bytes(ca.public_bytes(Encoding.DER))
    [added] = anchors.add(tmp_path, (tmp_path / "ca.der").read_bytes())
    assert added.subject == "CN=Test CA" and added.valid_until == ca.not_valid_after_utc
    assert added.expired(ca.not_valid_after_utc.replace(year=2099)) and not added.expired(NOW)
    assert anchors.add(tmp_path, ca.public_bytes(Encoding.PEM)) == []  # the same certificate, as PEM
    assert main(["--home", str(tmp_path), "--lang", "fr", "anchors", "list"]) == 0
    out = capsys.readouterr().out
    state = "expiré le" if added.expired(datetime.now(UTC)) else "valable jusqu'au"
    assert out.startswith(added.fingerprint) and f"CN=Test CA  ({state} {added.valid_until:%Y-%m-%d})" in out


@pytest.mark.parametrize("data, code", [(b"-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----\n",
                                         "certificate_unreadable"),
                                        (b"\x30\x03\x02\x01\x00", "certificate_unreadable"),
                                        (b"0" * (anchors.MAX_BYTES + 1), "certificate_too_large")])
def test_a_bad_file_is_a_clear_error_and_changes_nothing(tmp_path, data, code):
    from satchel.errors import SatchelError
    from satchel.i18n import render_error
    with pytest.raises(SatchelError) as caught:
        anchors.add(tmp_path, data)
    assert caught.value.code == code
    assert "certificat" in render_error(caught.value, "fr")
    assert anchors.entries(tmp_path) == [] and not (tmp_path / anchors.FILE).exists()
