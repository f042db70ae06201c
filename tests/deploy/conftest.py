"""Fixtures for the deploy tests: a real moto server and real terraform.

The emulator and every Terraform state/plan of a test session live in a
temporary PLAYBOOK_STATE_DIR, so the user's own .playbook/ is never touched
(only the shared provider plugin cache in <repo>/.playbook/terraform is reused).
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(FIXTURES))

import demo_stack  # noqa: E402

from deploy_runner.emulator import Emulator, emulator_client  # noqa: E402


def pytest_collection_modifyitems(items):  # type: ignore[no-untyped-def]
    if shutil.which("terraform") is None:
        skip = pytest.mark.skip(reason="terraform is not installed")
        for item in items:
            if "terraform" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def state_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("playbook-state")
    old = os.environ.get("PLAYBOOK_STATE_DIR")
    os.environ["PLAYBOOK_STATE_DIR"] = str(path)
    yield path
    if old is None:
        os.environ.pop("PLAYBOOK_STATE_DIR", None)
    else:
        os.environ["PLAYBOOK_STATE_DIR"] = old


@pytest.fixture(scope="session")
def emulator(state_dir: Path) -> Emulator:
    emu = Emulator(state_dir / "emulator")
    emu.start()
    yield emu
    emu.stop()


@pytest.fixture()
def endpoint(emulator: Emulator) -> str:
    status = emulator.start()  # idempotent; restarts it if a test killed it
    return status.endpoint


def aws(service: str, endpoint: str):  # type: ignore[no-untyped-def]
    return emulator_client(service, endpoint)


@pytest.fixture()
def demo_stack_dir(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """A fresh copy of the demo stack with a stack name unique to the test."""
    name = "t-" + request.node.name.replace("_", "-")[:30].strip("-").lower()
    return demo_stack.write(tmp_path / name, stack=name)
