"""Time from starting the app process to its first screen rendered in a browser (goal: 3 s or less).

The app runs in web mode (as on machines where the desktop client cannot be downloaded); headless
Chromium is started first, so its own launch time is not counted. Prints one line per run and the median.
Usage: python benchmarks/bench_startup.py [runs]
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOAL_S = 3.0
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_listening(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("the app exited before listening")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError("the app did not listen in time")


def one_run(browser) -> tuple[float, float]:
    home = Path(tempfile.mkdtemp(prefix="satchel-bench-"))
    port = free_port()
    env = dict(os.environ, SATCHEL_HOME=str(home / "home"), SATCHEL_LANG="en", FLET_FORCE_WEB_SERVER="1")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "satchel.ui", "--web", "--port", str(port)], cwd=REPO,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_listening(port, proc)
        listening = time.monotonic() - started
        page.goto(f"http://127.0.0.1:{port}/")
        page.wait_for_selector("flt-semantics-placeholder", state="attached", timeout=60_000)
        page.evaluate("document.querySelector('flt-semantics-placeholder').click()")
        page.get_by_text("Create your wallet").wait_for(timeout=60_000)
        rendered = time.monotonic() - started
    finally:
        page.close()
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(home, ignore_errors=True)
    return listening, rendered


def main() -> int:
    from playwright.sync_api import sync_playwright

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    results = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        for n in range(1, runs + 1):
            listening, rendered = one_run(browser)
            results.append(rendered)
            print(f"run {n}: server listening after {listening:.2f} s, first screen rendered after {rendered:.2f} s")
        browser.close()
    median = statistics.median(results)
    verdict = "within" if median <= GOAL_S else "OVER"
    print(f"startup to first screen: median {median:.2f} s over {runs} runs ({verdict} the {GOAL_S:.0f} s goal)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
