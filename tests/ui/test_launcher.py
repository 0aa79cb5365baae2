"""How the app chooses between a window and web mode (no window or server is started here)."""

from __future__ import annotations

import sys

import pytest

from satchel.ui import launcher


@pytest.fixture
def calls(monkeypatch):
    seen: list[tuple] = []
    monkeypatch.setattr(launcher, "serve_web", lambda home, port, host="127.0.0.1": seen.append(
        ("web", home, port, host)) or 0)
    return seen


def test_no_display_on_linux_means_web_mode(monkeypatch, calls, capsys, tmp_path):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert not launcher.has_display()
    assert launcher.run_app(tmp_path, web=False, port=8123) == 0
    assert calls == [("web", tmp_path, 8123, "127.0.0.1")]
    assert "No display was found" in capsys.readouterr().out


def test_a_display_is_detected(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert launcher.has_display()


def test_desktop_failure_falls_back_to_web(monkeypatch, calls, capsys, tmp_path):
    import flet as ft

    monkeypatch.setattr(launcher, "has_display", lambda: True)

    def no_client(*_args, **_kwargs):
        raise OSError("the desktop client could not be downloaded")

    monkeypatch.setattr(ft, "run", no_client)
    assert launcher.run_app(tmp_path) == 0
    assert calls and calls[0][0] == "web"
    assert "web mode instead" in capsys.readouterr().out


def test_free_port_is_bindable():
    import socket

    port = launcher.free_port()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))
