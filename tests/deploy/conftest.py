"""Fixtures for the deploy tests: a real moto server, real terraform, and stacks our own code synthesizes.

The emulator and every Terraform state/plan of a test session live in a
temporary PLAYBOOK_STATE_DIR, so the user's own .playbook/ is never touched
(only the shared provider plugin cache in <repo>/.playbook/terraform is reused).

The stack the deploy, fault, locking and error tests apply is the small library playbook
``data-quality`` (its newest published version), renamed per test so stacks never collide,
synthesized by ``stacks.synth`` for the ``local`` environment: what they prove is about the
stacks users deploy, not about a hand-written stand-in.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from deploy_runner.emulator import Emulator, emulator_client

REPO = Path(__file__).resolve().parents[2]
SMALL_PLAYBOOK = "data-quality"  # a library playbook: one preprocessing node, ~30 resources


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


def synthesize_playbook_stack(out_dir: Path, name: str, environments_file: Path | None = None, env: str = "local") -> Path:
    """The newest published ``data-quality`` playbook, renamed ``name``, synthesized by our constructs.

    Needs PLAYBOOK_STATE_DIR set (the ``state_dir`` fixture): the local backend's state path is below it.
    """
    from playbooks import Library
    from pipeline_ops.inputs import resolve_input
    from stacks.synth import synth_stacks

    library = Library.open(())
    newest = max(library.versions(SMALL_PLAYBOOK))  # a new published version does not break these tests
    text = Path(library.get(SMALL_PLAYBOOK, newest).file).read_text()
    renamed = text.replace(f"name: {SMALL_PLAYBOOK}\n", f"name: {name}\n", 1)
    assert renamed != text, "the playbook's metadata.name line moved; update the rename"
    pipeline = resolve_input(renamed).pipeline
    (stack,) = synth_stacks([pipeline], [env], out_dir, environments_file=environments_file)
    return Path(stack.directory)


@pytest.fixture()
def playbook_stack_dir(tmp_path: Path, state_dir: Path, request: pytest.FixtureRequest) -> Path:
    """The small library playbook's stack, synthesized for this test under a name unique to it."""
    name = "t-" + request.node.name.replace("_", "-")[5:25].strip("-").lower()
    return synthesize_playbook_stack(tmp_path / "cdktf.out", name)


def resource_prefix(stack_dir: Path) -> str:
    """What every resource name of the stack starts with (``<naming prefix>-<pipeline>``)."""
    import json

    doc = json.loads((stack_dir / "cdk.tf.json").read_text())
    (machine,) = doc["resource"]["aws_sfn_state_machine"].values()
    return str(machine["name"]).removesuffix("-orchestrator")
