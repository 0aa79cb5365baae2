"""Links handed over by a second launch (``satchel app LINK`` while the app runs) open the online screen
in every window of this app."""

from __future__ import annotations

import os
import weakref
from typing import Any

from satchel.services.handoff import LinkInbox
from satchel.ui.views.online import OPEN_LINK_VAR

_PAGES: weakref.WeakSet[Any] = weakref.WeakSet()
_INBOX: list[LinkInbox] = []


def _show(link: str) -> None:
    os.environ[OPEN_LINK_VAR] = link
    for page in list(_PAGES):
        async def go(page: Any = page) -> None:
            page.navigate("/")  # leave the online screen if it is open, so it reads the new link
            page.navigate("/online")
        try:
            page.run_task(go)
        except Exception:  # noqa: BLE001 - a closed window; the others still get the link
            continue


def watch(home: Any, page: Any) -> None:
    """Start the inbox once per process, and send links to ``page`` too."""
    _PAGES.add(page)
    if not _INBOX:
        _INBOX.append(LinkInbox(home, _show))
