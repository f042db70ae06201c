"""Fixtures for tests/ui (helpers in ui_harness.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ui_harness import CHROMIUM, CHROMIUM_ARGS, OUTPUT, open_builder, running_server


@pytest.fixture(scope="module", autouse=True)
def own_state_root(tmp_path_factory):
    """The in-process API tests (TestClient(create_app())) record jobs under the state root too:
    give them a temporary one instead of the developer's .playbook/ (a test never sees their jobs)."""
    old = os.environ.get("PLAYBOOK_STATE_DIR")
    os.environ["PLAYBOOK_STATE_DIR"] = str(tmp_path_factory.mktemp("ui-in-process-state"))
    yield
    if old is None:
        os.environ.pop("PLAYBOOK_STATE_DIR", None)
    else:
        os.environ["PLAYBOOK_STATE_DIR"] = old


@pytest.fixture(scope="session")
def server_url(tmp_path_factory):
    # A state root of its own: the server's job records (playbook_ui/job_store.py) and caches never land in
    # the developer's .playbook/, where their own `playbook ui` would list them.
    root = tmp_path_factory.mktemp("ui-server")
    with running_server(root, {"PLAYBOOK_STATE_DIR": str(root / "state")}) as url:
        yield url


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
    with open_builder(browser, server_url, OUTPUT / f"{request.node.name}-end.png") as page:
        yield page
