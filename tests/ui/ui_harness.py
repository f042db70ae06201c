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
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(
    log_dir: Path, env: dict[str, str] | None = None, args: list[str] = (), log_name: str = "server.log", on_start=None
):
    """`python -m playbook_ui --port N --no-browser`, as a user runs it; stopped on exit.

    `on_start(proc)` gets the server process (tests that signal it themselves).
    """
    port = free_port()
    log_path = log_dir / log_name
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "playbook_ui", "--port", str(port), "--no-browser", *args],
            cwd=REPO,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
        )
        if on_start:
            on_start(proc)
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
            if proc.poll() is None:
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


AXE = REPO / "ui" / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(page, context: str = "document") -> list[dict]:
    """Run axe-core (the npm package, pinned in ui/package-lock.json) in the page: WCAG 2 A/AA rules."""
    assert AXE.exists(), f"{AXE} is missing: run `npm ci` in ui/ (scripts/bootstrap does)"
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """async (context) => {
            const result = await axe.run(context === 'document' ? document : document.querySelector(context),
                {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']});
            return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}));
        }""",
        context,
    )


# Does any connection run behind a node that is not one of its two ends? Samples each edge path
# in screen coordinates; a point strictly inside another node's box is a hidden stretch.
EDGES_BEHIND_NODES_JS = """() => {
  const boxes = [...document.querySelectorAll('.react-flow__node')]
    .filter(n => !n.classList.contains('react-flow__node-inner'))
    .map(n => ({id: n.dataset.id, name: (n.querySelector('[data-testid]') || n).dataset.testid, r: n.getBoundingClientRect()}));
  const inside = (b, x, y, pad) => x > b.r.left + pad && x < b.r.right - pad && y > b.r.top + pad && y < b.r.bottom - pad;
  const hits = [];
  document.querySelectorAll('.react-flow__edge').forEach(g => {
    const path = g.querySelector('path.react-flow__edge-path');
    if (!path || !path.getTotalLength) return;
    const m = path.getScreenCTM(), len = path.getTotalLength();
    const at = (t) => { const p = path.getPointAtLength(len * t); return [m.a * p.x + m.c * p.y + m.e, m.b * p.x + m.d * p.y + m.f]; };
    const [sx, sy] = at(0), [tx, ty] = at(1);
    const ends = boxes.filter(b => inside(b, sx, sy, -14) || inside(b, tx, ty, -14)).map(b => b.id);
    for (let i = 1; i < 60; i++) {
      const [x, y] = at(i / 60);
      const b = boxes.find(b => !ends.includes(b.id) && inside(b, x, y, 2));
      if (b) { hits.push(`the connection ${ends.map(id => boxes.find(x => x.id === id).name).join(' -> ')} passes behind ${b.name}`); break; }
    }
  });
  return hits;
}"""
