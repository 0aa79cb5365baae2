"""The services object plus one worker thread: every blocking call runs there, off the UI loop."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import flet as ft

from satchel.errors import PassphraseChanged
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


@contextmanager
def private_dir() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="satchel-"))  # mkdtemp creates it 0700
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


RuntimeContext: ft.ContextProvider[Runtime | None] = ft.create_context(None)
