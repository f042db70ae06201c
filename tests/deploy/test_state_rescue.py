"""A state Terraform could not save is kept, blocks further plans until pushed, and is recoverable;
a Terraform killed outright is said to be so.

The full disk is real: the stack's state directory is a 16 KB tmpfs (the state of the small
playbook is far larger), so Terraform's own write fails with ENOSPC and it writes its rescue copy,
errored.tfstate, into its working directory (Terraform: internal/command/meta_backend.go). Needs
root for the mount; skipped otherwise.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import pipeline_ops
from deploy_runner.terraform import DeployError

from .conftest import REPO, SMALL_PLAYBOOK

pytestmark = [pytest.mark.terraform, pytest.mark.emulator]


def _playbook_file(tmp_path: Path, name: str) -> Path:
    from playbooks import Library

    library = Library.open(())
    text = Path(library.get(SMALL_PLAYBOOK, max(library.versions(SMALL_PLAYBOOK))).file).read_text()
    path = tmp_path / f"{name}.yaml"
    path.write_text(text.replace(f"name: {SMALL_PLAYBOOK}\n", f"name: {name}\n", 1))
    return path


@pytest.fixture
def tiny_state_dir(state_dir: Path):  # type: ignore[no-untyped-def]
    """The stack's state directory on a 16 KB tmpfs: a real full disk for Terraform's state write."""
    mounts: list[Path] = []

    def make(stack: str) -> Path:
        directory = state_dir / "state" / stack
        directory.mkdir(parents=True, exist_ok=True)
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=16k,mode=0700", "tmpfs", str(directory)], capture_output=True
        )
        if mounted.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here (needs root): {mounted.stderr.decode().strip()}")
        mounts.append(directory)
        return directory

    yield make
    for directory in mounts:
        subprocess.run(["umount", "-l", str(directory)], check=False)


def test_a_state_that_could_not_be_saved_is_kept_blocks_plans_and_is_recovered(tmp_path, tiny_state_dir, endpoint):
    name = "rescue-full"
    stack = f"{name}-local"
    source = _playbook_file(tmp_path, name)
    state = tiny_state_dir(stack)
    work = Path(os.environ["PLAYBOOK_STATE_DIR"]) / "work" / "stacks" / stack

    with pytest.raises(DeployError) as failed:
        pipeline_ops.deploy(str(source), "local", local=True)
    assert failed.value.kind == "state_not_saved", str(failed.value)
    errored = work / "errored.tfstate"
    assert errored.is_file() and (errored.stat().st_mode & 0o777) == 0o600
    rescued = json.loads(errored.read_text())
    assert rescued["resources"], "the rescue copy holds what the apply created"
    command = f"playbook terraform {name} --env local -- state push errored.tfstate"
    assert command in str(failed.value)

    with pytest.raises(DeployError) as refused:  # a new synthesis does not delete it, and no plan runs
        pipeline_ops.plan(str(source), "local", local=True)
    assert refused.value.kind == "state_not_saved" and command in str(refused.value)
    assert errored.is_file()

    subprocess.run(["umount", "-l", str(state)], check=True)  # room on the disk again
    pushed = subprocess.run(
        [
            sys.executable,
            "-m",
            "playbook_cli.main",
            "terraform",
            str(source),
            "--env",
            "local",
            "--",
            "state",
            "push",
            "errored.tfstate",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert pushed.returncode == 0, pushed.stdout + pushed.stderr
    after = pipeline_ops.plan(str(source), "local", local=True)
    created = {c["address"] for changes in after["summary"]["by_node"].values() for c in changes if c["action"] == "create"}
    kept = {f"{r['type']}.{r['name']}" for r in rescued["resources"] if r.get("mode") == "managed"}
    assert kept and not created & kept, f"the recovered state still misses resources: {sorted(created & kept)}"
    assert not errored.exists() and list(work.glob("errored.tfstate.recovered-*"))


def test_a_terraform_killed_by_sigkill_is_said_to_be(tmp_path, endpoint):
    name = "rescue-killed"
    source = _playbook_file(tmp_path, name)
    work = Path(os.environ["PLAYBOOK_STATE_DIR"]) / "work" / "stacks" / f"{name}-local"
    killed: list[int] = []

    def kill_when_creating(line: str) -> None:
        if "Creating..." in line and not killed:
            for record in work.glob(".terraform-run.*.json"):
                pid = int(json.loads(record.read_text())["pid"])
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

    with pytest.raises(DeployError) as failed:
        pipeline_ops.deploy(str(source), "local", local=True, on_output=kill_when_creating)
    assert killed, "terraform was never seen creating resources"
    message = str(failed.value)
    assert failed.value.kind == "killed", message
    assert "SIGKILL" in message and "may exist in the cloud but not in the state" in message
