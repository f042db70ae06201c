"""Run, plan and state directories are private (0700, files 0600) and old runs are pruned."""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path

import pytest

from deploy_runner.private_files import make_private_tree, prune_old
from pipeline_ops import infra_ops, stack_workdir


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_stack_working_directories_are_private(tmp_path, monkeypatch):
    state = tmp_path / "state"
    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(state))
    work = stack_workdir.private_work_dir("demo-local")
    assert work == state / "work" / "stacks" / "demo-local"
    for directory in (
        state,
        state / "state",
        state / "plans",
        state / "synth-cache",
        state / "work",
        state / "work" / "stacks",
        work,
    ):
        assert _mode(directory) == 0o700, directory


def test_sync_into_the_working_directory_keeps_terraform_files(tmp_path):
    src, dst = tmp_path / "synth", tmp_path / "work"
    (src / "assets").mkdir(parents=True)
    (src / "cdk.tf.json").write_text('{"new": true}')
    (src / "assets" / "code.zip").write_text("zip")
    (dst / ".terraform" / "providers").mkdir(parents=True)
    (dst / ".terraform.lock.hcl").write_text("lock")
    (dst / "cdk.tf.json").write_text('{"old": true}')
    (dst / "stale-asset").write_text("gone after sync")
    stack_workdir.sync_tree(src, dst)
    assert (dst / "cdk.tf.json").read_text() == '{"new": true}' and (dst / "assets" / "code.zip").is_file()
    assert (dst / ".terraform" / "providers").is_dir() and (dst / ".terraform.lock.hcl").read_text() == "lock"
    assert not (dst / "stale-asset").exists()


def test_prune_keeps_the_newest_and_anything_inside_the_grace_period(tmp_path):
    now = time.time()
    for i in range(5):
        f = tmp_path / f"{i}.tfplan"
        f.write_text("plan")
        os.utime(f, (now - 3600 + i, now - 3600 + i))
    fresh = tmp_path / "fresh.tfplan"
    fresh.write_text("plan")
    removed = prune_old(tmp_path, keep=2, pattern="*.tfplan")
    assert sorted(p.name for p in removed) == ["0.tfplan", "1.tfplan", "2.tfplan", "3.tfplan"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["4.tfplan", "fresh.tfplan"]


def test_private_tree_makes_files_0600_and_directories_0700(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "terraform.tfstate").write_text("{}")
    (tmp_path / "a" / "plan.tfplan").write_text("x")
    os.chmod(tmp_path / "a" / "plan.tfplan", 0o644)
    (tmp_path / "a" / "terraform-provider-aws").write_text("#!/bin/sh\n")
    os.chmod(tmp_path / "a" / "terraform-provider-aws", 0o755)
    make_private_tree(tmp_path / "a")
    assert _mode(tmp_path / "a") == _mode(tmp_path / "a" / "b") == 0o700
    assert _mode(tmp_path / "a" / "terraform-provider-aws") == 0o700, "a provider binary must stay executable"
    assert _mode(tmp_path / "a" / "b" / "terraform.tfstate") == _mode(tmp_path / "a" / "plan.tfplan") == 0o600


@pytest.mark.terraform
@pytest.mark.emulator
def test_a_real_plan_leaves_only_private_files(endpoint, state_dir):
    """Terraform writes with its own umask; after `plan` every file it left under state/, plans/
    and the run directory is 0600 in 0700 directories."""
    result = infra_ops.plan("data-quality", "local", local=True)
    assert json.loads(json.dumps(result)) == result  # plain data, as documented: no live handle inside
    stack = result["stack"]
    plan_file = Path(result["plan_file"])
    assert plan_file.is_file() and _mode(plan_file) == 0o600
    checked = 0
    for directory in (state_dir / "state" / stack, state_dir / "plans" / stack, Path(result["stack_dir"])):
        for path in [directory, *directory.rglob("*")]:
            if path.is_symlink():
                continue
            executable = path.is_file() and os.access(path, os.X_OK)
            assert _mode(path) == (0o700 if path.is_dir() or executable else 0o600), path
            checked += 1
    assert checked >= 3
    assert _mode(state_dir) == 0o700
    again = infra_ops.plan("data-quality", "local", local=True)  # the protected working directory still works
    assert again["stack"] == stack
