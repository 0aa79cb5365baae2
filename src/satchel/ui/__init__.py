"""The Flet app: the only package that imports ``flet``. It calls services only.

``run_app(home, web, port, host)`` opens it (``satchel app``, or ``satchel`` with no arguments).
Flet is imported only when the app starts, so ``import satchel.ui`` stays cheap for the CLI.
"""

from __future__ import annotations

from pathlib import Path


def run_app(home: Path | None = None, web: bool = False, port: int | None = None,
            host: str = "127.0.0.1") -> int:
    from satchel.ui.launcher import run_app as _run

    return _run(home, web, port, host)


__all__ = ["run_app"]
