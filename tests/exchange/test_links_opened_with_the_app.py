"""Links opened with the app: the Linux desktop entry registers the three schemes and passes the link to
`satchel app LINK`, which hands it to the online screen after unlocking; `[tool.flet]` declares them for
`flet build` with the keys Flet documents (Info.plist URL types on iOS and macOS, Android's one deep link)."""

from __future__ import annotations

import configparser
import os
from pathlib import Path

from satchel.launcher import main

REPO = Path(__file__).resolve().parents[2]
DESKTOP = REPO / "packaging" / "linux" / "org.satchel.Satchel.desktop"
SCHEMES = {"openid-credential-offer", "openid4vp", "dccrequest"}


def test_desktop_entry_registers_the_exchange_schemes():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    schemes = {m.removeprefix("x-scheme-handler/") for m in desktop["MimeType"].split(";") if m}
    assert schemes == SCHEMES
    assert desktop["Exec"] == "satchel app %u"


def test_flet_build_settings_register_the_exchange_schemes():
    import tomllib
    flet = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["flet"]
    for platform in ("ios", "macos"):
        url_types = flet[platform]["info"]["CFBundleURLTypes"]
        assert all(t["CFBundleTypeRole"] == "Viewer" and t["CFBundleURLName"].startswith("org.satchel.")
                   for t in url_types)
        assert {scheme for t in url_types for scheme in t["CFBundleURLSchemes"]} == SCHEMES
    assert flet["ios"]["info"]["FlutterDeepLinkingEnabled"] is True  # the link reaches Flutter's router
    # Android: `flet build` takes one scheme with its host; the LCW-style dccrequest://request?… link is it.
    assert flet["android"]["deep_linking"] == {"scheme": "dccrequest", "host": "request"}
    assert "deep_linking" not in flet and "deep_linking" not in flet["ios"]  # would add a second URL type


def test_app_link_is_handed_to_the_online_screen(monkeypatch, tmp_path):
    seen = {}

    def fake_run_app(**kwargs):
        seen.update(kwargs, link=os.environ.get("SATCHEL_OPEN_LINK"))
        return 0
    monkeypatch.delenv("SATCHEL_OPEN_LINK", raising=False)
    monkeypatch.setattr("satchel.ui.run_app", fake_run_app)
    assert main(["--home", str(tmp_path), "app", "--web", "openid4vp://?client_id=x"]) == 0
    assert seen["link"] == "openid4vp://?client_id=x"
    from satchel.ui.views.online import _opened_link, landing_route
    assert landing_route() == "/online"
    assert _opened_link() == "openid4vp://?client_id=x"  # taken once …
    assert landing_route() == "/" and _opened_link() == ""  # … and not again


def test_a_link_that_arrived_as_a_route_waits_for_unlocking(monkeypatch):
    """The route's link is kept in the window's state (not the process's), and unlocking goes to it."""
    from satchel.ui.state import AppState
    from satchel.ui.views.online import landing_route
    monkeypatch.delenv("SATCHEL_OPEN_LINK", raising=False)
    state = AppState()
    assert landing_route(state) == "/"
    state.opened_link = "openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fissuer.example%2Fo"
    assert landing_route(state) == "/online"
    assert landing_route() == "/"  # another window, with nothing waiting, is not sent there


def test_a_link_route_is_acted_on_once_per_window_and_a_new_one_still_opens():
    """The browser's history brings a link route back (Back, Forward), maybe written with fewer escapes: the
    window acts on it no more and the route shows the home screen. Another link is new; another window (a new
    session) starts afresh."""
    from satchel.ui.state import AppState
    first = "/?credential_offer_uri=https%3A%2F%2Fissuer.example%2Foffers%2F7"
    second = "/?credential_offer_uri=https%3A%2F%2Fissuer.example%2Foffers%2F8"
    window = AppState()
    assert window.new_link_in(first) == "openid-credential-offer://?" + first[2:]
    assert window.new_link_in(first) is None
    assert window.new_link_in("/?credential_offer_uri=https://issuer.example/offers/7") is None  # same link
    window.locked()
    assert window.new_link_in(first) is None  # locking does not empty the browser's history either
    assert window.new_link_in(second) == "openid-credential-offer://?" + second[2:]
    assert window.new_link_in("/") is None and window.new_link_in("/settings") is None
    assert window.new_link_in("/?client_id=x") is None  # no link: nothing to remember
    assert AppState().new_link_in(first) is not None


def test_a_link_is_read_from_a_qr_code_picture():
    import pytest

    from satchel import share
    from satchel.errors import ScanError
    from satchel.services.receiving import link_in_image
    link = "openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fissuer.example%2Foffers%2F7"
    assert link_in_image(share.render_png(link)) == link
    with pytest.raises(ScanError):
        link_in_image(share.render_png("https://example.org/just-a-page"))


OFFER = "openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fissuer.example%2Foffers%2F7"


def test_a_second_launch_hands_its_link_to_the_running_app(tmp_path):
    import threading

    from satchel.services.handoff import LinkInbox, hand_off
    got: list[str] = []
    arrived = threading.Event()
    inbox = LinkInbox(tmp_path, lambda link: (got.append(link), arrived.set()))
    try:
        assert oct((tmp_path / "app-inbox.json").stat().st_mode & 0o777) == "0o600"
        assert hand_off(tmp_path, OFFER)
        assert arrived.wait(5) and got == [OFFER]
        assert not hand_off(tmp_path, "https://example.org/not-an-exchange-link")
        assert got == [OFFER]
    finally:
        inbox.close()
    assert not (tmp_path / "app-inbox.json").exists()
    assert not hand_off(tmp_path, OFFER)  # nothing running: the new launch opens the app itself


def test_a_wrong_token_is_ignored(tmp_path):
    import json
    import socket

    from satchel.services.handoff import LinkInbox
    got: list[str] = []
    inbox = LinkInbox(tmp_path, got.append)
    try:
        port = json.loads((tmp_path / "app-inbox.json").read_text())["port"]
        with socket.create_connection(("127.0.0.1", port), timeout=2) as connection:
            connection.sendall(json.dumps({"token": "guess", "link": OFFER}).encode() + b"\n")
            connection.shutdown(socket.SHUT_WR)
            assert connection.recv(16) == b""
    finally:
        inbox.close()
    assert got == []


def test_the_launcher_hands_over_instead_of_opening_a_second_app(tmp_path, monkeypatch, capsys):
    from satchel.services.handoff import LinkInbox
    got: list[str] = []
    opened: list[dict] = []
    monkeypatch.setattr("satchel.ui.run_app", lambda **kwargs: opened.append(kwargs) or 0)
    inbox = LinkInbox(tmp_path, got.append)
    try:
        assert main(["--home", str(tmp_path), "app", OFFER]) == 0
    finally:
        inbox.close()
    assert got == [OFFER] and opened == []
    assert "already open" in capsys.readouterr().out
