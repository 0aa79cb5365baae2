"""``python -m satchel.ui [--web] [--port P] [--home DIR]``: open the app (used by tests and benchmarks)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from satchel.ui import run_app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m satchel.ui", description="Open the Satchel app.")
    parser.add_argument("--web", action="store_true", help="serve the app to a browser on 127.0.0.1")
    parser.add_argument("--port", type=int, default=None, help="port for web mode (default: a free one)")
    parser.add_argument("--host", default="127.0.0.1", help="address for web mode")
    parser.add_argument("--home", type=Path, default=None, help="wallet folder (default: SATCHEL_HOME or the "
                                                                "platform's data folder)")
    args = parser.parse_args(argv)
    return run_app(args.home, args.web, args.port, args.host)


if __name__ == "__main__":
    sys.exit(main())
