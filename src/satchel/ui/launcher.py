"""Start the app: a desktop window when possible, else web mode on 127.0.0.1 (no CDN), said plainly."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

from satchel.services import Satchel

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
    """The repository's assets folder (icons) when running from a checkout; flet's defaults otherwise."""
    candidate = Path(__file__).resolve().parents[3] / "assets"
    return str(candidate) if candidate.is_dir() else None


def run_app(home: Path | None = None, web: bool = False, port: int | None = None,
            host: str = DEFAULT_HOST) -> int:
    """Open Satchel. Returns a process exit code (0 when the window or server closed normally)."""
    import flet as ft

    from satchel.ui.app import make_main

    main = make_main(Satchel(home))
    if not web and not has_display():
        print("No display was found, so Satchel starts in web mode instead of a window.", flush=True)
        web = True
    if not web:
        try:
            ft.run(main, view=ft.AppView.FLET_APP, assets_dir=assets_dir())
            return 0
        except Exception as err:  # noqa: BLE001 - e.g. the desktop client cannot be downloaded
            print(f"The desktop window could not be opened ({type(err).__name__}); "
                  "Satchel starts in web mode instead.", flush=True)
    return serve_web(main, port, host)


def serve_web(main, port: int | None, host: str = DEFAULT_HOST) -> int:
    import flet as ft

    port = port or free_port(host)
    print(f"Satchel is running at http://{host}:{port}/ — open this address in your browser. "
          "Press Ctrl+C to stop.", flush=True)
    ft.run(main, view=ft.AppView.WEB_BROWSER, host=host, port=port, no_cdn=True, assets_dir=assets_dir())
    return 0
