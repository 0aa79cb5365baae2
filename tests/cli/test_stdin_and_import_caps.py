"""`verify -` and `import -` read at most the size cap from stdin; a presentation imports at most 100
credentials, and a refused one stores nothing."""

from __future__ import annotations

import io
import json
import sys

import pytest

from satchel.formats import MAX_IMAGE_BYTES


class EndlessStdin(io.RawIOBase):
    """A stdin that never ends; it counts what was read and fails the test if far more than the cap is."""

    def __init__(self) -> None:
        self.consumed = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.consumed > 4 * MAX_IMAGE_BYTES:
            raise AssertionError("stdin was read far past the cap")
        n = len(buffer)
        buffer[:n] = b"7" * n
        self.consumed += n
        return n


@pytest.mark.parametrize("command", [["verify", "-"], ["import", "-"]])
def test_stdin_is_read_only_up_to_the_cap(cli, monkeypatch, command):
    stdin = EndlessStdin()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(stdin)))
    code, out, err = cli(*command)
    assert code == 1
    assert "too large" in (out + err).lower() or "at most" in (out + err).lower()
    assert stdin.consumed <= MAX_IMAGE_BYTES + 64 * 1024


def test_import_of_an_oversized_presentation_stores_nothing(cli, tmp_path):
    creds = [{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
              "issuer": "did:example:issuer", "credentialSubject": {"id": f"did:example:{i}"},
              "id": f"urn:example:{i}"} for i in range(101)]
    vp = tmp_path / "vp.json"
    vp.write_text(json.dumps({"@context": ["https://www.w3.org/ns/credentials/v2"],
                              "type": ["VerifiablePresentation"], "verifiableCredential": creds}))
    code, _, err = cli("import", str(vp))
    assert code == 1 and "at most 100" in err, err
    assert cli.json("list") == []
