"""Every file Satchel writes that holds a presentation is private (0600), whatever the umask says."""

from __future__ import annotations

import os
import stat

import pytest


@pytest.fixture
def loose_umask():
    old = os.umask(0o022)  # the common default: new files 0644, folders 0755
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_share_outputs_are_0600(cli, corpus, tmp_path, loose_umask):
    names = ["cred-valid-eddsa-rdfc-2022-ob3.json", "cred-valid-ecdsa-rdfc-2019-p256-ob3.json",
             "cred-valid-ed25519signature2020-v1-ob3.json"]
    ids = [cli.json("import", str(corpus / "peer" / n))[0]["added"][0] for n in names]
    out = tmp_path / "out"
    out.mkdir()
    frames = out / "frames"
    code, _, err = cli("share", ids[0], "--qr", str(out / "qr.png"), "--payload-out", str(out / "payload.txt"),
                       "--vp-out", str(out / "vp.json"), "--pdf", str(out / "share.pdf"))
    assert code == 0, err
    code, _, err = cli("share", *ids, "--ecc", "H", "--frames", str(frames))
    assert code == 0, err
    written = [out / "qr.png", out / "payload.txt", out / "vp.json", out / "share.pdf", *frames.iterdir()]
    assert any(p.suffix == ".gif" for p in written) and any(p.name.startswith("frame-") for p in written)
    assert {p.name: _mode(p) for p in written} == {p.name: 0o600 for p in written}
    assert _mode(frames) == 0o700  # a folder Satchel makes for frames is private too


def test_present_out_is_0600(cli, corpus, tmp_path, loose_umask):
    cred = cli.json("import", str(corpus / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json"))[0]["added"][0]
    code, _, err = cli("present", cred, "--out", str(tmp_path / "vp.json"))
    assert code == 0, err
    assert _mode(tmp_path / "vp.json") == 0o600


def test_no_module_writes_a_file_around_the_private_atomic_helper():
    """The class of the bug: a file written with ``write_bytes``/``open(..., "w")`` or a loose mode
    skips the 0600-before-data rule. Only fsutil itself and the dictionary builder (a developer tool writing
    package data) may write directly."""
    import re
    from pathlib import Path

    import satchel
    src = Path(satchel.__file__).parent
    pattern = re.compile(r"\.write_bytes\(|\.write_text\(|mode=0o6[0-7][1-7]|open\([^)]*['\"][wa]b?['\"]")
    offenders = [f"{p.relative_to(src)}:{n}" for p in src.rglob("*.py")
                 for n, line in enumerate(p.read_text().splitlines(), 1)
                 if pattern.search(line)
                 and p.relative_to(src).as_posix() not in ("share/dictionary/build.py", "fsutil.py")
                 and "os.devnull" not in line]
    assert offenders == []
