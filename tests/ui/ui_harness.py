"""Helpers for the builder's browser tests: a real server on a free loopback port, the system Chromium.

The browser is Debian's `chromium` (installed by scripts/bootstrap); Playwright only drives it,
it never downloads a browser build.
"""
from __future__ import annotations

import contextlib
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


@contextlib.contextmanager
def running_server(log_dir: Path, env: dict[str, str] | None = None):
    """`python -m playbook_ui --port N --no-browser`, as a user runs it; stopped on exit."""
    port = free_port()
    log_path = log_dir / "server.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen([sys.executable, "-m", "playbook_ui", "--port", str(port), "--no-browser"],
                                cwd=REPO, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        try:
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/api/schema", timeout=2):
                        break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        pytest.fail(f"the builder server did not start:\n{log_path.read_text()[-3000:]}")
                    time.sleep(0.2)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


@contextlib.contextmanager
def open_builder(browser, url: str, screenshot: Path):
    """A fresh browser context on the builder; fails on any JavaScript error; screenshot at the end."""
    context = browser.new_context(viewport={"width": 1500, "height": 900}, accept_downloads=True)
    context.set_default_timeout(15_000)
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    try:
        page.goto(url + "/")
        page.get_by_test_id("palette").wait_for()
        yield page
    finally:
        OUTPUT.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(screenshot))
        context.close()
    assert not problems, f"JavaScript errors on the page: {problems}"


