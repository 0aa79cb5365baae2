"""A second launch with a link hands it to the app already running on this wallet folder.

The running app listens on 127.0.0.1 (any free port) and writes ``app-inbox.json`` (port and a random
token, mode 0600) in the home directory; ``satchel app LINK`` reads it, sends ``{"token", "link"}`` as one
JSON line and exits when the app answers ``ok``. Only exchange links are accepted (offers, VC-API links,
presentation requests); anything else, a wrong token or an oversized line is dropped.
"""

from __future__ import annotations

import hmac
import json
import os
import secrets
import socket
import threading
from collections.abc import Callable
from pathlib import Path

from satchel.fsutil import atomic_write

FILE = "app-inbox.json"
MAX_LINE = 16_384


def _file(home: Path) -> Path:
    return Path(home) / FILE


def _is_link(text: str) -> bool:
    from satchel.services.receiving import kind_of
    return kind_of(text) is not None


class LinkInbox:
    """Accepts links from later launches and gives each to ``on_link`` (on the inbox's own thread)."""

    def __init__(self, home: Path, on_link: Callable[[str], None]) -> None:
        self._home = Path(home)
        self._on_link = on_link
        self._token = secrets.token_urlsafe(24)
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.5)
        self._closed = threading.Event()
        self._home.mkdir(parents=True, exist_ok=True)
        port = self._server.getsockname()[1]
        atomic_write(_file(self._home), json.dumps({"port": port, "token": self._token, "pid": os.getpid()})
                     .encode("utf-8"), mode=0o600)
        self._thread = threading.Thread(target=self._serve, name="satchel-link-inbox", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._closed.is_set():
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with connection:
                connection.settimeout(2.0)
                self._one(connection)

    def _one(self, connection: socket.socket) -> None:
        try:
            data = connection.makefile("rb").readline(MAX_LINE + 1)
            if len(data) > MAX_LINE:
                return
            message = json.loads(data.decode("utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return
        if not isinstance(message, dict):
            return
        token, link = message.get("token"), message.get("link")
        if not (isinstance(token, str) and hmac.compare_digest(token, self._token)):
            return
        if not isinstance(link, str) or not _is_link(link.strip()):
            connection.sendall(b"refused\n")
            return
        self._on_link(link.strip())
        connection.sendall(b"ok\n")

    def close(self) -> None:
        self._closed.set()
        self._server.close()
        try:
            current = json.loads(_file(self._home).read_text(encoding="utf-8"))
            if current.get("token") == self._token:
                _file(self._home).unlink()
        except (OSError, ValueError):
            pass


def hand_off(home: Path, link: str, timeout: float = 2.0) -> bool:
    """True when an app running on ``home`` took the link; False when none is running (or it refused)."""
    try:
        inbox = json.loads(_file(home).read_text(encoding="utf-8"))
        port, token = int(inbox["port"]), str(inbox["token"])
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
            connection.sendall(json.dumps({"token": token, "link": link}).encode("utf-8") + b"\n")
            return connection.makefile("rb").readline(16).strip() == b"ok"
    except (OSError, ValueError, KeyError, TypeError):
        return False


__all__ = ["LinkInbox", "hand_off"]
