"""Links handed over by a second launch (``satchel app LINK`` while the app runs) open the online screen
in every window of this app, with the link filled in."""

from __future__ import annotations

import os
import threading
from typing import Any

from satchel.services.handoff import LinkInbox
from satchel.ui.views.online import OPEN_LINK_VAR

_WINDOWS: list[tuple[Any, Any]] = []  # (page, AppState) of each window
_INBOX: list[LinkInbox] = []
_LOCK = threading.Lock()


def _show(link: str) -> None:
    os.environ[OPEN_LINK_VAR] = link  # a locked window goes there after unlocking
    with _LOCK:
        windows = list(_WINDOWS)
    for page, state in windows:
        async def go(page: Any = page, state: Any = state) -> None:
            state.opened_link = link  # the online screen takes it, mounted or not
            page.navigate("/online")
        try:
            page.run_task(go)
        except Exception:  # noqa: BLE001 - a closed window; the others still get the link
            with _LOCK:
                if (page, state) in _WINDOWS:
                    _WINDOWS.remove((page, state))


def watch(home: Any, page: Any, state: Any) -> None:
    """Start the inbox once per process, and send links to this window too."""
    with _LOCK:
        _WINDOWS.append((page, state))
        if not _INBOX:
            _INBOX.append(LinkInbox(home, _show))
