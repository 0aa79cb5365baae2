"""The app's private temp folders (a picked backup, a candidate's presentation) do not outlive a kill -9:
the next start deletes the ones no running window holds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import satchel
from satchel.ui.runtime import private_dir, remove_leftover_private_dirs

SRC = str(Path(satchel.__file__).resolve().parents[1])
_HOLDER = """
import sys, tempfile, time
tempfile.tempdir = sys.argv[1]
from satchel.ui.runtime import private_dir
with private_dir() as folder:
    (folder / "restore.satchelbak").write_bytes(b"x" * 4096)
    print(folder.name, flush=True)
    time.sleep(600)
"""


def _start(parent: Path) -> tuple[subprocess.Popen, str]:
    child = subprocess.Popen([sys.executable, "-c", _HOLDER, str(parent)], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": SRC})
    return child, child.stdout.readline().strip()


def test_a_killed_apps_folder_goes_and_a_running_ones_stays(tmp_path):
    killed, killed_name = _start(tmp_path)
    running, running_name = _start(tmp_path)
    try:
        killed.send_signal(signal.SIGKILL)
        killed.wait()
        assert (tmp_path / killed_name / "restore.satchelbak").exists()  # nothing could clean up
        assert remove_leftover_private_dirs(tmp_path) == [killed_name]
        assert not (tmp_path / killed_name).exists()
        assert (tmp_path / running_name / "restore.satchelbak").exists()
    finally:
        running.kill()
        running.wait()
    assert remove_leftover_private_dirs(tmp_path) == [running_name]


def test_unrelated_or_fresh_unmarked_folders_are_left_alone(tmp_path, monkeypatch):
    (tmp_path / "satchel-fresh").mkdir()  # being made right now (no lock file yet)
    (tmp_path / "other-app").mkdir()
    (tmp_path / "satchel-file").write_text("not a folder")
    assert remove_leftover_private_dirs(tmp_path) == []
    old = tmp_path / "satchel-old"
    old.mkdir()
    os.utime(old, (1, 1))  # an unmarked folder from long ago (an older Satchel)
    assert remove_leftover_private_dirs(tmp_path) == ["satchel-old"]


def test_a_folder_in_use_in_this_process_is_kept(tmp_path, monkeypatch):
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with private_dir() as folder:
        assert remove_leftover_private_dirs(tmp_path) == []
        assert folder.is_dir()
    assert not folder.exists()
