"""Entry point for ``flet build`` (desktop and mobile packages): the app on the default wallet.

The packaged app always has its own window, so it starts Flet directly rather than through
``satchel.ui.run_app`` (which picks web mode on machines without a display).
"""

import flet as ft

from satchel.ui.launcher import app_main

if __name__ == "__main__":
    ft.run(app_main())
