"""Atomic, permission-first file writes (the Electrum storage pattern).

The temporary file is created next to the target with mode 0600 *before* any data is written, flushed
and fsynced, then renamed over the target with ``os.replace``; the directory is fsynced too. A crash
leaves either the old file or the new one, never a half-written mix.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from satchel.errors import FileAccessError


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o700)
    return path


def atomic_write(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` (creating its folders); FileAccessError in one sentence when it cannot."""
    path = Path(path)
    try:
        _atomic_write(path, data, mode)
    except OSError as exc:
        raise FileAccessError.from_os_error(exc, path, writing=True) from None


def _atomic_write(path: Path, data: bytes, mode: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)
