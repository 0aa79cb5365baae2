"""The services object plus one worker thread: every blocking call runs there, off the UI loop."""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import flet as ft

from satchel.errors import PassphraseChanged
from satchel.fsutil import held, in_use
from satchel.services import Satchel

T = TypeVar("T")


class Runtime:
    """Wraps :class:`Satchel` so screens ``await rt.call(app.method, ...)`` without blocking the UI.

    One worker keeps wallet access in order (an import and a list refresh never interleave).
    """

    def __init__(self, app: Satchel) -> None:
        self.app = app
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="satchel-services")
        self._on_lost: list[Callable[[PassphraseChanged], None]] = []

    async def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._pool, lambda: fn(*args, **kwargs))
        except PassphraseChanged as err:  # every window goes back to the unlock screen, saying why
            for listener in list(self._on_lost):
                listener(err)
            raise

    def on_session_lost(self, listener: Callable[[PassphraseChanged], None]) -> Callable[[], None]:
        """Call ``listener`` when a call finds that the passphrase was changed elsewhere; returns the
        function that unregisters it (a window's shell registers while it is shown)."""
        self._on_lost.append(listener)
        return lambda: self._on_lost.remove(listener) if listener in self._on_lost else None

    async def file_bytes(self, write: Callable[[Path], None], name: str) -> bytes:
        """Let a service write a file into a private temp folder, and return its bytes (for save dialogs)."""
        def produce() -> bytes:
            with private_dir() as folder:
                target = folder / name
                write(target)
                return target.read_bytes()
        return await self.call(produce)


_PRIVATE_PREFIX = "satchel-"
_IN_USE = ".in-use"
_UID = os.getuid() if hasattr(os, "getuid") else 0  # Windows: the temp folder is the user's own
_UNMARKED_GRACE_S = 600  # a folder without its lock file is left alone this long (it may be being made)


@contextmanager
def private_dir() -> Iterator[Path]:
    """A 0700 temp folder for a file the UI must hand to the services (a picked backup or presentation).

    It is held (a lock on its ``.in-use`` file) while in use, so that a folder left by a killed app — a
    backup copy, a candidate's presentation — is deleted by :func:`remove_leftover_private_dirs` at the
    next start, and a folder another running window still uses is not."""
    folder = Path(tempfile.mkdtemp(prefix=_PRIVATE_PREFIX))  # mkdtemp creates it 0700
    try:
        marker = folder / _IN_USE
        marker.touch(mode=0o600)
        with held(marker):
            yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def remove_leftover_private_dirs(parent: Path | None = None) -> list[str]:
    """Delete this user's private temp folders that no live process holds; returns their names."""
    parent = Path(parent or tempfile.gettempdir())
    removed = []
    for folder in parent.glob(_PRIVATE_PREFIX + "*"):
        try:
            info = folder.lstat()
            if not folder.is_dir() or folder.is_symlink() or info.st_uid != _UID:
                continue
            marker = folder / _IN_USE
            if marker.exists():
                if in_use(marker):
                    continue
            elif time.time() - info.st_mtime < _UNMARKED_GRACE_S:
                continue
        except OSError:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder.name)
    return removed


RuntimeContext: ft.ContextProvider[Runtime | None] = ft.create_context(None)
