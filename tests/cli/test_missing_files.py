"""Issue 9 §6: a missing or unreadable file is one plain sentence and exit 1 or 2, in every command."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import corpus_dir

JWT = corpus_dir() / "extra" / "vcjwt-valid-eddsa.jwt"


def _one_sentence(code: int, err: str, path: str) -> None:
    assert code in (1, 2), err
    assert "internal error" not in err and "Traceback" not in err
    # `import` reports each source on its own line ("<file>: refused: …"); other commands say "satchel: …"
    sentences = [line for line in err.splitlines() if line.startswith("satchel:") or ": refused: " in line]
    assert len(sentences) == 1 and sentences[0] == err.strip().splitlines()[-1], err
    assert sentences[0].count(". ") == 0, err  # one sentence
    assert str(Path(path)) in err, err
    assert "no credential with id" not in err.lower()


@pytest.mark.parametrize("argv", [
    ["import", "{missing}"],
    ["verify", "{missing}"],
    ["verify", "./nope.json"],
    ["verify", "nope.jwt"],
    ["scan", "{missing}.png"],
    ["scan", "{missing}.mp4"],
    ["scan", "{missing}.png", "{missing}-2.png"],
    ["restore", "{missing}"],
    ["cache", "import", "https://issuer.example.org/list", "{missing}"],
    ["import", "{folder}"],
    ["verify", "{folder}"],
    ["link", "add", "https://issuer.example.org/c/1", "--title", "A course", "--pdf", "{missing}"],
])
def test_reading_a_missing_or_unreadable_file(cli, tmp_path, monkeypatch, argv):
    monkeypatch.setenv("SATCHEL_BACKUP_PASSPHRASE", "another long passphrase")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    names = {"missing": str(tmp_path / "nope.json"), "folder": str(folder)}
    args = [a.format(**names) for a in argv]
    code, _, err = cli(*args)
    target = next(a for a in args[1:] if "nope" in a or "a-folder" in a)
    _one_sentence(code, err, target.removesuffix(".png").removesuffix(".mp4") if "{missing}" in " ".join(argv)
                  else target)


@pytest.mark.parametrize("argv", [
    ["share", "{id}", "--payload-out", "{nowhere}/payload.txt"],
    ["share", "{id}", "--vp-out", "{nowhere}/vp.json"],
    ["export", "{id}", "--out", "{nowhere}/badge.jwt"],
    ["backup", "--out", "{nowhere}/wallet.backup"],
])
def test_writing_where_a_file_stands_in_for_a_folder(cli, tmp_path, monkeypatch, argv):
    monkeypatch.setenv("SATCHEL_BACKUP_PASSPHRASE", "another long passphrase")
    code, out, err = cli("import", str(JWT))
    assert code == 0, err
    cred_id = out.split()[0]
    plain = tmp_path / "plain-file"  # missing folders are created; a file in the way cannot be
    plain.write_text("not a folder")
    nowhere = str(plain)
    args = [a.format(id=cred_id, nowhere=nowhere) for a in argv]
    code, _, err = cli(*args)
    _one_sentence(code, err, nowhere)


def test_french_sentence_for_a_missing_file(cli, tmp_path):
    code, _, err = cli("--lang", "fr", "verify", str(tmp_path / "absent.json"))
    assert code in (1, 2) and "absent.json" in err and "fichier" in err.lower(), err
