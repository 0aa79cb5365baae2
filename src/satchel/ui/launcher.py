"""Start the app: a desktop window when possible, else web mode on 127.0.0.1 (no CDN), said plainly."""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT_HOST = "127.0.0.1"


def has_display() -> bool:
    """False on a Linux machine with no X11/Wayland display (a server, a container, CI)."""
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def free_port(host: str = DEFAULT_HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def assets_dir() -> str | None:
    """The assets folder (icons): inside a PyInstaller bundle, or the checkout's; flet's defaults otherwise."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if getattr(sys, "frozen", False) and bundle else Path(__file__).resolve().parents[3]
    candidate = base / "assets"
    return str(candidate) if candidate.is_dir() else None


class _Prepared:
    """Imports the services and screens and opens the wallet folder on a background thread, so the
    server starts listening (and the browser starts loading Flutter) meanwhile; sessions wait for it."""

    def __init__(self, home: Path | None, wait_for: tuple[str, int] | None = None) -> None:
        self._home = home
        self._wait_for = wait_for
        self._main: Callable[[Any], None] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._prepare, name="satchel-prepare", daemon=True)
        self._thread.start()

    def _prepare(self) -> None:
        if self._wait_for is not None:
            _wait_listening(*self._wait_for)  # let the server start first: it is what the browser waits for
        try:
            from satchel.services import Satchel
            from satchel.ui.app import make_main

            self._main = make_main(Satchel(self._home))
        except BaseException as err:  # noqa: BLE001 - re-raised in the session that needs it
            self._error = err

    def __call__(self, page: Any) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._main is not None
        self._main(page)


def app_main(home: Path | None = None) -> Callable[[Any], None]:
    """The ``main(page)`` for ``ft.run``: services and screens load in the background meanwhile."""
    return _Prepared(home)


def _wait_listening(host: str, port: int, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.01)


def run_app(home: Path | None = None, web: bool = False, port: int | None = None,
            host: str = DEFAULT_HOST) -> int:
    """Open Satchel. Returns a process exit code (0 when the window or server closed normally)."""
    import flet as ft

    if not web and not has_display():
        print("No display was found, so Satchel starts in web mode instead of a window.", flush=True)
        web = True
    if not web:
        try:
            ft.run(_Prepared(home), view=ft.AppView.FLET_APP, assets_dir=assets_dir())
            return 0
        except Exception as err:  # noqa: BLE001 - e.g. the desktop client cannot be downloaded
            print(f"The desktop window could not be opened ({type(err).__name__}); "
                  "Satchel starts in web mode instead.", flush=True)
    return serve_web(home, port, host)


def serve_web(home: Path | None, port: int | None, host: str = DEFAULT_HOST) -> int:
    """Serve the app on ``host:port`` (a free port when None) for a local browser, without any CDN."""
    import flet as ft

    port = port or free_port(host)
    main = _Prepared(home, wait_for=(host, port))
    print(f"Satchel is running at http://{host}:{port}/ — open this address in your browser. "
          "Press Ctrl+C to stop.", flush=True)
    ft.run(main, view=ft.AppView.WEB_BROWSER, host=host, port=port, no_cdn=True, assets_dir=assets_dir())
    return 0
