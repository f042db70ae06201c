"""Helpers for the builder's browser tests: a real server on a free loopback port, the system Chromium.

The browser is Debian's `chromium` (installed by scripts/bootstrap); Playwright only drives it,
it never downloads a browser build.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
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


class ServerUrl(str):
    """The server's base URL (`http://127.0.0.1:PORT`) and the token of this start, read from the
    address the server printed, as a user copies it (`page_url` is that address)."""

    token: str | None

    def __new__(cls, base: str, token: str | None) -> "ServerUrl":
        made = super().__new__(cls, base)
        made.token = token
        return made

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"token {self.token}"} if self.token else {}

    @property
    def page_url(self) -> str:
        return f"{self}/?token={self.token}" if self.token else f"{self}/"


def api(url: ServerUrl, path: str, body: dict | None = None, *, timeout: float = 60, method: str | None = None):
    """One API call with the server's token, as the page makes it; the JSON answer."""
    data = json.dumps(body).encode() if body is not None else None
    headers = {**url.headers, **({"Content-Type": "application/json"} if data is not None else {})}
    request = urllib.request.Request(url + path, data=data, headers=headers, method=method)
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


_TOKENS: dict[str, str] = {}  # base URL -> token of the servers running_server started


def token_headers(full_url: str) -> dict[str, str]:
    """The Authorization header for a URL of a server running_server started (by its scheme://host:port)."""
    from urllib.parse import urlsplit

    parts = urlsplit(full_url)
    token = _TOKENS.get(f"{parts.scheme}://{parts.netloc}")
    return {"Authorization": f"token {token}"} if token else {}


PRINTED_URL = re.compile(r"playbook builder: (http://\S+?)/(?:\?token=(\S+))?\s")


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
        deadline = time.monotonic() + 30
        url: ServerUrl | None = None
        try:
            while True:
                try:
                    if url is None:
                        printed = PRINTED_URL.search(log_path.read_text())
                        if printed is None:
                            raise OSError("no address printed yet")
                        url = ServerUrl(printed.group(1), printed.group(2))
                        if url.token:
                            _TOKENS[str(url)] = url.token
                        assert url == f"http://127.0.0.1:{port}", f"the server printed {printed.group(0)!r}"
                    request = urllib.request.Request(f"{url}/api/schema", headers=url.headers)
                    with urllib.request.urlopen(request, timeout=2):
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
def open_builder(browser, url: ServerUrl, screenshot: Path, *, viewport: dict | None = None):
    """A fresh browser context on the builder, opened at the address `playbook ui` printed (with its token);
    fails on any JavaScript error; screenshot at the end."""
    context = browser.new_context(viewport=viewport or {"width": 1500, "height": 900}, accept_downloads=True)
    context.set_default_timeout(15_000)
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    try:
        page.goto(url.page_url)
        page.get_by_test_id("palette").wait_for()
        yield page
    finally:
        OUTPUT.mkdir(parents=True, exist_ok=True)
        if not page.is_closed():  # a test may close the tab itself (and go on in another one)
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
