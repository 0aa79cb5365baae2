"""build.spec declares the exchange link schemes for the macOS bundle (Info.plist CFBundleURLTypes, from the
same pyproject.toml entries `flet build` reads) and turns the link macOS opens it with into an argument;
the launcher opens a lone link argument as `satchel app LINK`.

The spec is run here with stand-ins for PyInstaller's build steps, which record what they are given: no
bundle is built (tests/bundle/test_bundle.py builds the real one on Linux)."""

from __future__ import annotations

import os
import sys
import tomllib
import types
from pathlib import Path
from typing import Any

import pytest

from satchel.launcher import main

ROOT = Path(__file__).resolve().parents[2]
SCHEMES = {"openid-credential-offer", "openid4vp", "dccrequest"}


class Recorder:
    def __init__(self, name: str, calls: dict[str, list[dict[str, Any]]]) -> None:
        self.name, self.calls = name, calls

    def __call__(self, *args: Any, **kwargs: Any) -> types.SimpleNamespace:
        self.calls.setdefault(self.name, []).append(kwargs)
        return types.SimpleNamespace(scripts=[], pure=[], binaries=[], datas=[])


def run_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, platform: str) -> dict[str, list[dict[str, Any]]]:
    import flet_web  # noqa: F401 - imported before sys.platform is changed

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda *a, **k: []  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda *a, **k: []  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts src/ first
    monkeypatch.delenv("FLET_VIEW_PATH", raising=False)
    calls: dict[str, list[dict[str, Any]]] = {}
    spec_globals: dict[str, Any] = {"SPECPATH": str(ROOT), "workpath": str(tmp_path / "build"),
                                    "__name__": "__main__", "__file__": str(ROOT / "build.spec")}
    spec_globals.update({name: Recorder(name, calls) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")})
    code = compile((ROOT / "build.spec").read_text(encoding="utf-8"), str(ROOT / "build.spec"), "exec")
    monkeypatch.setattr(sys, "platform", platform)
    exec(code, spec_globals)  # our own build spec, with recording stand-ins
    return calls


def test_the_macos_bundle_declares_the_exchange_schemes(tmp_path, monkeypatch):
    calls = run_spec(tmp_path, monkeypatch, "darwin")
    [bundle] = calls["BUNDLE"]
    url_types = bundle["info_plist"]["CFBundleURLTypes"]
    assert {scheme for entry in url_types for scheme in entry["CFBundleURLSchemes"]} == SCHEMES
    assert all(entry["CFBundleTypeRole"] == "Viewer" and entry["CFBundleURLName"].startswith("org.satchel.")
               for entry in url_types)
    flet = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["flet"]
    assert url_types == flet["macos"]["info"]["CFBundleURLTypes"]  # one list for `flet build` and PyInstaller
    assert bundle["info_plist"]["NSCameraUsageDescription"]  # the other keys stay
    gui, cli = calls["EXE"]
    assert (gui["name"], gui["argv_emulation"]) == ("satchel", True)  # the app gets the link as its argument
    assert "argv_emulation" not in cli  # the command line never waits for Apple events


def test_elsewhere_the_app_does_not_emulate_argv(tmp_path, monkeypatch):
    calls = run_spec(tmp_path, monkeypatch, "linux")
    gui = calls["EXE"][0]
    assert gui["argv_emulation"] is False and gui["console"] is True


@pytest.mark.parametrize("link", ["openid4vp://?client_id=x", "openid-credential-offer://?credential_offer_uri=y",
                                  "dccrequest://request?request=%7B%7D", " OPENID4VP://?client_id=x "])
def test_a_lone_link_opens_the_app_with_it(monkeypatch, tmp_path, link):
    seen: dict[str, Any] = {}

    def fake_run_app(**kwargs: Any) -> int:
        seen.update(kwargs, link=os.environ.get("SATCHEL_OPEN_LINK"))
        return 0
    monkeypatch.delenv("SATCHEL_OPEN_LINK", raising=False)
    monkeypatch.setenv("SATCHEL_HOME", str(tmp_path))  # no app running there: nothing to hand the link to
    monkeypatch.setattr("satchel.ui.run_app", fake_run_app)
    assert main([link]) == 0
    assert seen["link"] == link.strip() and seen["web"] is False


def test_other_lone_arguments_are_commands_as_before(monkeypatch, capsys):
    monkeypatch.setattr("satchel.ui.run_app", lambda **kwargs: pytest.fail("the app must not open"))
    with pytest.raises(SystemExit):
        main(["https://example.org/not-a-link"])
    assert "invalid choice" in capsys.readouterr().err
