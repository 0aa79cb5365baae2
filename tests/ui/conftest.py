"""Fixtures for the end-to-end tests: the app under test and a headless Chromium page.

On failure the page is saved as artifacts/screenshots/FAILED-<test>.png and the app's log is printed.
"""

from __future__ import annotations

import pytest
from ui_harness import CHROMIUM_ARGS, AppProcess, chromium_path, shot


def pytest_collection_modifyitems(items):
    """Browser tests drive Flutter through real clicks and keystrokes; on a loaded machine one can be
    swallowed by a redraw. Each such test may run up to twice more (pytest-rerunfailures), and every rerun
    is reported in the summary ("R"), so a test that fails for real still fails."""
    for item in items:
        if item.get_closest_marker("ui") is not None:
            item.add_marker(pytest.mark.flaky(reruns=2, reruns_delay=2))


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def app_process(tmp_path_factory):
    home = tmp_path_factory.mktemp("satchel-home") / "home"
    proc = AppProcess(home)
    proc.wait_listening()
    yield proc
    proc.stop()


@pytest.fixture
def page(browser, app_process, request):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    yield pg
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        shot(pg, f"FAILED-{request.node.name}")
        print(app_process.log.read_text(errors="replace")[-6000:])
    context.close()
