"""Fixtures for the Windmill artifacts: the flow, the app, a local webhook receiver."""

from __future__ import annotations

import copy
import json
import shutil

import pytest
import yaml

from playbook_windmill.export import export
from playbook_windmill.paths import APP_FILE, FLOW_FILE, REPO_ROOT

from .runner.flow_runner import LocalFlowRunner
from .runner.servers import WebhookReceiver

WEBHOOK_PATH = "f/ml_pipelines/notifications"
EXAMPLE = REPO_ROOT / "playbooks" / "library" / "churn-prediction" / "1.2.0.yaml"


def pytest_collection_modifyitems(items):
    if shutil.which("node") is None:
        skip = pytest.mark.skip(reason="Node.js is required for the Windmill checks")
        for item in items:
            if "tests/windmill" in str(item.fspath):
                item.add_marker(skip)


@pytest.fixture(scope="session")
def flow() -> dict:
    return json.loads(FLOW_FILE.read_text())


@pytest.fixture(scope="session")
def app() -> dict:
    return json.loads(APP_FILE.read_text())


@pytest.fixture
def example_config() -> dict:
    return copy.deepcopy(yaml.safe_load(EXAMPLE.read_text()))


@pytest.fixture
def receiver():
    with WebhookReceiver() as rx:
        yield rx


@pytest.fixture
def state_dir(tmp_path, monkeypatch):
    """Each test gets its own project state dir (emulator, runs, Terraform state)."""
    path = tmp_path / "state"
    path.mkdir()
    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(path))
    return path


@pytest.fixture(scope="session")
def export_dir(tmp_path_factory):
    """`playbook windmill export`, once per session: what `wmill sync push` would upload."""
    path = tmp_path_factory.mktemp("wmill-export")
    export(path)
    return path


@pytest.fixture
def make_runner(flow, receiver, state_dir, tmp_path, export_dir):
    def make(**kwargs) -> LocalFlowRunner:
        options = {
            "resources": {WEBHOOK_PATH: {"url": receiver.url, "kind": "json"}},
            "export_dir": export_dir,
            "host_values": {"PLAYBOOK_STATE_DIR": str(state_dir)},
            "workdir": tmp_path,
            "max_retry_wait": 0,
        }
        options.update(kwargs)
        return LocalFlowRunner(flow, **options)

    return make


def flow_input(config: dict, **overrides) -> dict:
    return {
        "config": config,
        "environment": "local",
        "require_approval": False,
        "start_pipeline": True,
        "aws": None,
        "webhook": f"$res:{WEBHOOK_PATH}",
        **overrides,
    }
