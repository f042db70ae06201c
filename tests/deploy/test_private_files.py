"""Run, plan and state directories are private (0700, files 0600) and old runs are pruned (issue 19)."""
from __future__ import annotations

import os
import stat
import time

from deploy_runner.private_files import KEEP_RUNS, make_private_tree, prune_old
from pipeline_ops import infra_ops


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_run_directories_are_private_and_old_runs_are_pruned(tmp_path, monkeypatch):
    state = tmp_path / "state"
    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(state))
    runs = state / "runs" / "demo-local"
    runs.mkdir(parents=True)
    old = time.time() - 86400
    for i in range(KEEP_RUNS + 5):
        run = runs / f"run-{i:02d}"
        (run / "stacks").mkdir(parents=True)
        (run / "stacks" / "cdk.tf.json").write_text("{}")
        os.utime(run, (old + i, old + i))  # run-00 is the oldest
    young = runs / "run-in-progress"  # another process's run, started a moment ago
    young.mkdir()
    new = infra_ops._run_dir("demo-local")
    left = sorted(p.name for p in runs.iterdir())
    assert new.name in left and "run-in-progress" in left
    # The newest KEEP_RUNS (the young one included) stay, plus the new run; the six oldest are gone.
    assert not any(f"run-{i:02d}" in left for i in range(6)), left
    assert len(left) == KEEP_RUNS + 1
    for directory in (state, state / "runs", state / "state", state / "plans", state / "synth-cache", runs, new):
        assert _mode(directory) == 0o700, directory


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
    make_private_tree(tmp_path / "a")
    assert _mode(tmp_path / "a") == _mode(tmp_path / "a" / "b") == 0o700
    assert _mode(tmp_path / "a" / "b" / "terraform.tfstate") == _mode(tmp_path / "a" / "plan.tfplan") == 0o600
