"""Entry point for ``flet build``: runs the Satchel app on the default wallet."""

import sys

from satchel.ui import run_app

if __name__ == "__main__":
    sys.exit(run_app())
