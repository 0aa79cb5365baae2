"""Drive the real app: start it in web mode as a subprocess, open it in headless Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
START_TIMEOUT_S = 60
WAIT_MS = 30_000  # generous: CI machines are slow; every wait is on a real condition
SCREENSHOTS = REPO / "artifacts" / "screenshots"


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
    if not Path(path).exists():
        raise RuntimeError("Chromium is needed for the UI tests (apt-get install chromium).")
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def corpus_dir() -> Path:
    override = os.environ.get("SATCHEL_CORPUS")
    return Path(override) if override else REPO.parent / "shared" / "corpus"


class AppProcess:
    """``python -m satchel.ui --web`` on a free port with its own SATCHEL_HOME."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        env = dict(os.environ, SATCHEL_HOME=str(home), SATCHEL_LANG="en", FLET_FORCE_WEB_SERVER="1")
        env.pop("DISPLAY", None)
        env.pop("SATCHEL_OPEN_LINK", None)  # the app under test opens no link unless a test gives one
        self.log = home.parent / f"app-{self.port}.log"
        self._log_file = self.log.open("wb")
        self.proc = subprocess.Popen([sys.executable, "-m", "satchel.ui", "--web", "--port", str(self.port)],
                                     cwd=REPO, env=env, stdout=self._log_file, stderr=subprocess.STDOUT)
        self.started = time.monotonic()

    def wait_listening(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the app exited early:\n{self.log.read_text(errors='replace')}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the app did not start listening in time")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self._log_file.close()


def open_app(page, url: str) -> None:
    """Load the page and switch on Flutter's semantics tree (so roles and labels are in the DOM)."""
    page.goto(url)
    page.wait_for_selector("flt-semantics-placeholder", state="attached", timeout=WAIT_MS * 2)
    page.evaluate("document.querySelector('flt-semantics-placeholder').click()")
    page.wait_for_selector("flt-semantics", state="attached", timeout=WAIT_MS)


def shot(page, name: str, *, settle: bool = True) -> Path:
    """Save the page; with ``settle`` wait until two consecutive frames match (theme and page
    transitions are animated in Flutter, and the DOM says nothing about them)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    image = page.screenshot()
    for _ in range(40 if settle else 0):
        page.wait_for_timeout(150)  # polling interval of the "frames are stable" condition
        again = page.screenshot()
        if again == image:
            break
        image = again
    path.write_bytes(image)
    return path


def focus(page, field, label: str | None, attempts: int = 5) -> None:
    """Click ``field`` until the browser's focus is on it: a click that lands while Flutter redraws the
    page (a busy machine) can be swallowed, and the next keystrokes would go nowhere."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    label = label if label is not None else field.get_attribute("aria-label")
    for attempt in range(attempts):
        field.click()
        try:
            page.wait_for_function("label => document.activeElement && "
                                   "document.activeElement.getAttribute('aria-label') === label", arg=label,
                                   timeout=6000)
            return
        except PlaywrightTimeoutError:
            if attempt == attempts - 1:
                raise


def type_into(page, label: str, text: str, *, exact: bool = True) -> None:
    """Type like a person (Flutter web ignores a programmatic fill after some re-renders)."""
    field = page.get_by_label(label, exact=exact)
    focus(page, field, label)
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    if text:
        page.keyboard.type(text)


def seeded_wallet(home: Path, passphrase: str, paths) -> AppProcess:
    """A wallet filled (and verified) through the services, locked, then served by the app under test."""
    from satchel.services import Satchel

    app = Satchel(home)
    app.create_wallet(passphrase)
    for path in paths:
        for cred_id in app.import_bytes(Path(path).read_bytes(), source="test").added:
            app.verify_stored(cred_id)
    app.lock()
    proc = AppProcess(home)
    proc.wait_listening()
    return proc


def choose_from_menu(opener, entry) -> None:
    """Open a dropdown with ``opener`` and click ``entry``. A click that lands while a menu is still
    closing is swallowed by Flutter, so the opener is clicked again until the menu is really open."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(5):
        opener.click()
        try:
            entry.wait_for(timeout=3_000)
            break
        except PlaywrightTimeout:
            continue
    entry.click()


def nav_item(page, name: str):
    """A navigation destination: a rail button on wide windows, a tab of the bottom bar on phones."""
    import re

    rail = re.compile(rf"^{re.escape(name)}($|\s+\S+ \d+ \S+ \d+$)")  # a rail item: "Settings Tab 5 of 5"
    return page.get_by_role("button", name=rail).or_(page.get_by_role("tab", name=name, exact=True)).first


ROUTES = ("/", "/add", "/share", "/recruiter", "/settings")


def navigate(page, words, index: int) -> None:
    """Go to screen ``index`` of ROUTES through the navigation (``words["nav"]``: its destinations' names in
    the language shown); a click landing during a re-render is retried."""
    import re

    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(4):
        nav_item(page, words["nav"][index]).click()
        try:
            page.wait_for_url(re.compile(re.escape(ROUTES[index]) + r"$"), timeout=5_000)
            return
        except PlaywrightTimeout:
            continue
    raise AssertionError(f"navigation to {ROUTES[index]} did not happen")


def choose_files(page, button: str, paths) -> None:
    """Click ``button`` and give the file picker ``paths``; a click swallowed during a re-render is retried."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(3):
        try:
            with page.expect_file_chooser(timeout=10_000) as chooser:
                page.get_by_role("button", name=button).click()
            chooser.value.set_files(paths)
            return
        except PlaywrightTimeout:
            if attempt == 2:
                raise
