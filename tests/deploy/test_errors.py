"""Each setup problem is one precise message that names the fix (and nothing is applied)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deploy_runner.terraform import DeployError, StackRunner, plan_stack

pytestmark = pytest.mark.terraform


def test_terraform_missing(playbook_stack_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLAYBOOK_TERRAFORM", "/nonexistent/terraform")
    with pytest.raises(DeployError, match="Install Terraform") as err:
        plan_stack(playbook_stack_dir)
    assert err.value.kind == "terraform_missing"


def test_provider_missing_from_mirror(
    playbook_stack_dir: Path, tmp_path: Path, state_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty-mirror"
    empty.mkdir()
    monkeypatch.setenv("PLAYBOOK_PROVIDER_MIRROR", str(empty))
    with pytest.raises(DeployError) as err:
        plan_stack(playbook_stack_dir, emulator_endpoint="http://127.0.0.1:9")
    assert err.value.kind == "provider_missing"
    assert str(empty) in str(err.value) and "PLAYBOOK_PROVIDER_MIRROR=none" in str(err.value)


def test_state_directory_not_writable(playbook_stack_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")  # a file where a directory must go: unwritable even for root
    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(blocker / "state"))
    with pytest.raises(DeployError, match="cannot write the state directory") as err:
        plan_stack(playbook_stack_dir)
    assert err.value.kind == "state_not_writable"
    assert "PLAYBOOK_STATE_DIR" in str(err.value)


def test_stack_not_synthesized(tmp_path: Path) -> None:
    with pytest.raises(DeployError, match="Synthesize the stack first") as err:
        plan_stack(tmp_path / "nothing-here")
    assert err.value.kind == "no_stack"


def test_emulator_needs_the_endpoint_variable(playbook_stack_dir: Path, state_dir: Path) -> None:
    config = playbook_stack_dir / "cdk.tf.json"
    doc = json.loads(config.read_text())
    doc.pop("variable")
    config.write_text(json.dumps(doc))
    with pytest.raises(DeployError, match="aws_endpoint_url") as err:
        StackRunner(playbook_stack_dir, emulator_endpoint="http://127.0.0.1:9").plan()
    assert err.value.kind == "not_emulator_stack"
