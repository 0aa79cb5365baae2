"""The loopback redirect of the OAuth authorization code flow on desktop (RFC 8252 §7.3).

A one-shot HTTP server on 127.0.0.1 (any free port) waits for the browser to come back to
``http://127.0.0.1:PORT/callback?code=…&state=…``, answers with a short page, and hands the query over.
Nothing else is served; it stops after the first callback or at the deadline.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from satchel.errors import ExchangeFailed

PATH = "/callback"
PAGE = (b"<!doctype html><meta charset=utf-8><title>Satchel</title>"
        b"<p>You can close this page and go back to Satchel.</p>")


@dataclass
class Callback:
    """The first query the browser brought back (``code``/``state`` or ``error``)."""

    params: dict[str, str] = field(default_factory=dict)
    arrived: threading.Event = field(default_factory=threading.Event)


class LoopbackRedirect:
    def __init__(self) -> None:
        callback = self.callback = Callback()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                if parts.path != PATH or callback.arrived.is_set():
                    self.send_error(404)
                    return
                callback.params = {k: v[0] for k, v in parse_qs(parts.query).items() if v}
                callback.arrived.set()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(PAGE)))
                self.end_headers()
                self.wfile.write(PAGE)

            def log_message(self, format: str, *args: object) -> None:  # the code must not reach any log
                return

        self._closed = False
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="satchel-loopback", daemon=True)
        self._thread.start()

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{PATH}"

    def wait(self, timeout: float) -> dict[str, str]:
        try:
            if not self.callback.arrived.wait(timeout):
                raise ExchangeFailed("The sign-in at the issuer was not completed in time.", what="authorization")
            return dict(self.callback.params)
        finally:
            self.close()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._server.shutdown()
        self._server.server_close()


__all__ = ["LoopbackRedirect"]
