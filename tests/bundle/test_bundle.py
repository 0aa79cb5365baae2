"""The desktop bundle runs without Python: dist/satchel/satchel-cli verifies, keeps a wallet, serves the app.

The bundle is built by scripts/bundle.sh when it is missing or older than the sources (about a minute).
The bundled programs run with an environment that holds no Python: no virtual environment on PATH, no
PYTHONPATH, a home directory of their own.
"""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from satchel import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "satchel"
INTERNAL = BUNDLE / "_internal"
SUFFIX = ".exe" if sys.platform == "win32" else ""
CLI = BUNDLE / f"satchel-cli{SUFFIX}"
GUI = BUNDLE / f"satchel{SUFFIX}"
BUILD_INPUTS = ("src/satchel", "assets", "build.spec", "scripts/bundle.sh", "pyproject.toml")
SCREENSHOT = ROOT / "artifacts" / "screenshots" / "bundle-first-screen.png"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
CORPUS_ARGS = ["--challenge", "corpus-challenge-7f3a9c", "--domain", "verifier.example.org"]
PASSPHRASE = "correct horse battery staple"
PAINTED_INK = 0.01  # the create-wallet form inks about 2.6 % of the page; a "Working…" screen 0.03 %


def newest_input_mtime() -> float:
    newest = 0.0
    for name in BUILD_INPUTS:
        path = ROOT / name
        files = [path] if path.is_file() else path.rglob("*") if path.is_dir() else []
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts:
                newest = max(newest, file.stat().st_mtime)
    return newest


@pytest.fixture(scope="module")
def cli() -> Path:
    """The bundled CLI, built first when it is missing or older than what it is built from."""
    if not CLI.is_file() or CLI.stat().st_mtime < newest_input_mtime():
        env = {**os.environ, "VENV": sys.prefix}  # the environment running these tests
        subprocess.run(["bash", str(ROOT / "scripts" / "bundle.sh")], cwd=ROOT, env=env, check=True,
                       timeout=1200)
    assert CLI.is_file(), f"scripts/bundle.sh did not produce {CLI}"
    return CLI


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """No Python on PATH, no PYTHONPATH: only what a user's shell would have."""
    env = {"PATH": os.pathsep.join(p for p in ("/usr/bin", "/bin") if os.path.isdir(p)),
           "HOME": str(home), "SATCHEL_HOME": str(home / "wallet"), "LANG": "C.UTF-8"}
    if sys.platform == "win32":
        env.update({k: os.environ[k] for k in ("SYSTEMROOT", "TEMP", "TMP", "USERPROFILE") if k in os.environ})
    env.update(extra)
    return env


def run(program: Path, *args: str, home: Path, timeout: float = 120, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(program), "--lang", "en", *args], env=bare_env(home, **extra), cwd=home,
                          capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def explain(result: subprocess.CompletedProcess) -> str:
    return f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"


# -- what is inside ------------------------------------------------------------------------------------
def test_bundle_carries_every_package_data_file(cli: Path) -> None:
    package = ROOT / "src" / "satchel"
    data = [p.relative_to(package.parent) for p in package.rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]
    assert any(p.name == "index.json" and "contexts" in p.parts for p in data)
    missing = [str(p) for p in data if not (INTERNAL / p).is_file()]
    assert missing == []


def test_bundle_carries_the_app_assets(cli: Path) -> None:
    assets = ROOT / "assets"
    files = [p for p in assets.rglob("*") if p.is_file() and "__pycache__" not in p.parts] if assets.is_dir() else []
    images = [p.relative_to(assets) for p in files if p.suffix not in (".py", ".pyc")]
    scripts = [p.relative_to(assets) for p in files if p.suffix == ".py"]
    assert [str(p) for p in images if not (INTERNAL / "assets" / p).is_file()] == []
    assert [str(p) for p in scripts if (INTERNAL / "assets" / p).exists()] == []


def test_bundle_carries_the_web_client_and_leaves_out_tools(cli: Path) -> None:
    web = INTERNAL / "flet_web" / "web"
    for needed in ("index.html", "main.dart.js", "flutter_bootstrap.js", "canvaskit/canvaskit.wasm"):
        assert (web / needed).is_file(), needed
    for left_out in ("flet_web/web/pyodide", "tkinter", "_tkinter", "pytest", "_pytest", "hypothesis",
                     "playwright", "IPython", "matplotlib", "uvloop"):
        assert not (INTERNAL / left_out).exists(), left_out
        assert not list(INTERNAL.glob(f"{left_out}.*")), left_out
    assert not list(INTERNAL.rglob("*.symbols"))


# -- the command line ----------------------------------------------------------------------------------
@pytest.mark.parametrize("program", [CLI, GUI] if sys.platform.startswith("linux") else [CLI],
                         ids=lambda p: p.name)
def test_programs_report_the_version(cli: Path, program: Path, home: Path) -> None:
    result = run(program, "--version", home=home)
    assert result.returncode == 0, explain(result)
    assert result.stdout.strip() == f"satchel {__version__}"


def test_verify_accepts_a_valid_corpus_credential(cli: Path, corpus: Path, home: Path) -> None:
    result = run(cli, "verify", "--offline", str(corpus / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json"),
                 home=home)
    assert result.returncode == 0, explain(result)
    assert result.stdout.startswith("Verified"), explain(result)


def test_verify_rejects_a_tampered_corpus_credential(cli: Path, corpus: Path, home: Path) -> None:
    result = run(cli, "verify", "--offline",
                 str(corpus / "peer" / "cred-tampered-achievement-name-eddsa.json"), home=home)
    assert result.returncode == 1, explain(result)
    assert not result.stdout.startswith("Verified"), explain(result)


def test_verify_reads_a_qr_image(cli: Path, corpus: Path, home: Path) -> None:
    """OpenCV, zxing-cpp and CBOR-LD all work inside the bundle."""
    image = corpus / "peer" / "qr" / "vp-v2-uncompressed-png-only.png"
    result = run(cli, "verify", "--offline", *CORPUS_ARGS, str(image), home=home)
    assert result.returncode == 0, explain(result)
    assert result.stdout.startswith("Verified"), explain(result)


def test_encrypted_wallet_keeps_an_imported_credential(cli: Path, corpus: Path, home: Path) -> None:
    """SQLCipher works inside the bundle."""
    secrets = {"SATCHEL_NEW_PASSPHRASE": PASSPHRASE, "SATCHEL_PASSPHRASE": PASSPHRASE}
    created = run(cli, "init", home=home, **secrets)
    assert created.returncode == 0, explain(created)
    imported = run(cli, "import", str(corpus / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json"), home=home,
                   **secrets)
    assert imported.returncode == 0, explain(imported)
    listed = run(cli, "list", "--json", home=home, **secrets)
    assert listed.returncode == 0, explain(listed)
    assert len(json.loads(listed.stdout)) == 1
    wrong = run(cli, "list", home=home, SATCHEL_PASSPHRASE="not the passphrase")
    assert wrong.returncode == 1, explain(wrong)


# -- a release build carries the Flet desktop client ----------------------------------------------------
def pyinstaller(tmp_path: Path, view: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"), "build.spec"]
    return subprocess.run(command, cwd=ROOT, env={**os.environ, "FLET_VIEW_PATH": str(view)},
                          capture_output=True, text=True, timeout=1200)


def test_release_build_refuses_a_folder_without_a_client(cli: Path, tmp_path: Path) -> None:
    empty = tmp_path / "no-client"
    empty.mkdir()
    result = pyinstaller(tmp_path, empty)
    assert result.returncode != 0
    assert "holds no Flet desktop client" in result.stdout + result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the stand-in client is a POSIX shell script")
def test_release_build_opens_the_bundled_desktop_client(cli: Path, tmp_path: Path, home: Path) -> None:
    """FLET_VIEW_PATH at build time: the client is copied in and the app starts it, not a downloaded one.

    The real client cannot be downloaded here, so a stand-in records how it was started."""
    view = tmp_path / "client"
    view.mkdir()
    stand_in = view / "flet"
    stand_in.write_text('#!/bin/sh\nprintf "%s\\n" "$FLET_VIEW_PATH" "$#" > "$HOME/client-started"\n')
    stand_in.chmod(0o755)
    built = pyinstaller(tmp_path, view)
    assert built.returncode == 0, explain(built)
    bundled = tmp_path / "dist" / "satchel"
    assert (bundled / "_internal" / "flet_view" / "flet").is_file()

    opened = run(bundled / "satchel", home=home, DISPLAY=":99", FLET_VIEW_PATH=str(tmp_path / "elsewhere"))
    assert opened.returncode == 0, explain(opened)
    view_path, argument_count = (home / "client-started").read_text().split()
    assert view_path == str(bundled / "_internal" / "flet_view")
    assert int(argument_count) >= 2  # the page address and the pid file


# -- the app -------------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_served(url: str, process: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the bundled app stopped with exit {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    raise AssertionError(f"the bundled app did not answer at {url} within {timeout:.0f} s")


@pytest.fixture
def served_app(cli: Path, home: Path) -> Iterator[str]:
    port = free_port()
    log = home / "app.log"
    with log.open("w") as out:
        process = subprocess.Popen([str(cli), "--lang", "en", "app", "--web", "--port", str(port)],
                                   env=bare_env(home), cwd=home, stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL)
        try:
            url = f"http://127.0.0.1:{port}/"
            try:
                wait_until_served(url, process)
            except AssertionError as err:
                raise AssertionError(f"{err}\n{log.read_text(errors='replace')}") from None
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)


def ink_fraction(png: bytes) -> float:
    """Share of the pixels that differ clearly from the background (the bottom-right corner's colour)."""
    from PIL import Image, ImageChops

    image = Image.open(io.BytesIO(png)).convert("RGB")
    background = Image.new("RGB", image.size, image.getpixel((image.width - 1, image.height - 1)))
    ink = ImageChops.difference(image, background).convert("L").point(lambda v: 255 if v > 24 else 0)
    return ink.histogram()[255] / (image.width * image.height)


def painted_screenshot(page, timeout: float = 30) -> bytes:
    """Flutter's accessibility tree can show a screen a frame or two before the canvas paints it."""
    deadline = time.monotonic() + timeout
    shot = page.screenshot()
    while ink_fraction(shot) < PAINTED_INK and time.monotonic() < deadline:
        page.wait_for_timeout(250)
        shot = page.screenshot()
    return shot


def test_bundled_app_shows_its_first_screen_in_a_browser(served_app: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                             args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 800})
            page.goto(served_app)
            page.wait_for_selector("flt-semantics-placeholder", state="attached", timeout=90_000)
            page.evaluate("document.querySelector('flt-semantics-placeholder').click()")
            page.get_by_text("Create your wallet").first.wait_for(timeout=60_000)
            page.get_by_role("button", name="Create wallet").wait_for(timeout=30_000)
            shot = painted_screenshot(page)
        finally:
            browser.close()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    SCREENSHOT.write_bytes(shot)
    assert ink_fraction(shot) >= PAINTED_INK, f"the first screen looks empty; see {SCREENSHOT}"
