"""Private files and directories, and writing a file so that it is either all there or not there.

Every file the store creates is made with mode 0600 before a single byte goes into it; directories it
creates get 0700. A finished file takes its place with ``os.replace`` after an ``fsync``, so a crash leaves
either the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
from pathlib import Path

from satchel.fsutil import in_use

FILE_MODE = 0o600
DIR_MODE = 0o700


def ensure_private_dir(directory: Path) -> None:
    """Create ``directory`` (and missing parents) with mode 0700; an existing one is left as it is."""
    if directory.is_dir():
        return
    directory.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    os.chmod(directory, DIR_MODE)  # mkdir's mode is filtered by the umask; this is not


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600. Raises FileExistsError if anything is already there."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)


def temp_path_beside(path: Path) -> Path:
    """A fresh, unused name in the same directory as ``path`` (so ``os.replace`` stays atomic)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")


def remove_leftover_temps(path: Path) -> list[str]:
    """Delete temp files beside ``path`` that no live process holds (a restore killed midway leaves its
    decrypting copy, as large as the backup). Returns the names removed."""
    removed = []
    prefix = glob.escape(f".{path.name}.")
    for candidate in sorted(path.parent.glob(prefix + "*.tmp")):
        if in_use(candidate):
            continue
        try:
            remove_quietly(candidate)
        except OSError:  # pragma: no cover - in use on Windows, or not ours to delete
            continue
        removed.append(candidate.name)
    for journal in path.parent.glob(prefix + "*.tmp-journal"):
        if not journal.with_name(journal.name.removesuffix("-journal")).exists():
            with contextlib.suppress(OSError):
                journal.unlink()
                removed.append(journal.name)
    return removed


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(directory: Path) -> None:
    """Make a rename inside ``directory`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def replace_atomically(temp: Path, target: Path) -> None:
    """Flush ``temp`` to disk, then move it over ``target`` in one step."""
    fsync_file(temp)
    os.replace(temp, target)
    fsync_dir(target.parent)


def remove_quietly(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()
