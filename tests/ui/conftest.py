"""Fixtures for the builder's tests: a real server on a free loopback port, the system Chromium via Playwright.

The browser is Debian's `chromium` (installed by scripts/bootstrap); Playwright only drives it,
it never downloads a browser build.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "test-output" / "ui"
CHROMIUM = os.environ.get("PLAYBOOK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server_url(tmp_path_factory):
    """`python -m playbook_ui --port N --no-browser`, as a user runs it; stopped at the end."""
    port = free_port()
    log = (tmp_path_factory.mktemp("ui-server") / "server.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "playbook_ui", "--port", str(port), "--no-browser"],
                            cwd=REPO, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{url}/api/schema", timeout=2):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"the builder server did not start; see {log.name}")
            time.sleep(0.2)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/bootstrap (apt-get install -y chromium chromium-driver)")
    from playwright.sync_api import sync_playwright

    # launch() gives every run a fresh temporary --user-data-dir (Playwright refuses one in `args`).
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS, timeout=60_000)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server_url, request):
    context = browser.new_context(viewport={"width": 1500, "height": 900}, accept_downloads=True)
    context.set_default_timeout(15_000)
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.goto(server_url + "/")
    page.get_by_test_id("palette").wait_for()
    yield page
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"{request.node.name}-end.png"))
    context.close()
    assert not problems, f"JavaScript errors on the page: {problems}"
