"""Concurrent jobs of one stack never plan each other's playbook.

Every job of a stack syncs its synthesis into the stack's one working directory and Terraform
plans what it finds there; Terraform's state lock does not cover the sync. Plans of one pipeline
that differ only in their description (which becomes the state machine's Comment) run at once:
each saved plan holds its own description, or the job was refused naming the job that holds
the stack. A refused CLI run writes nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

import pipeline_ops
from pipeline_ops.stack_lock import StackBusy, stack_lock

from .conftest import REPO, SMALL_PLAYBOOK

pytestmark = [pytest.mark.terraform, pytest.mark.emulator]

PLANS = 4


def _playbook(name: str, description: str) -> str:
    from playbooks import Library

    library = Library.open(())
    text = Path(library.get(SMALL_PLAYBOOK, max(library.versions(SMALL_PLAYBOOK))).file).read_text()
    text = text.replace(f"name: {SMALL_PLAYBOOK}\n", f"name: {name}\n", 1)
    lines = [line for line in text.splitlines() if not line.startswith("  description:")]
    at = next(i for i, line in enumerate(lines) if line.startswith("  name:"))
    lines.insert(at + 1, f"  description: {description}")
    return "\n".join(lines) + "\n"


def _descriptions_in_plan(plan_file: str, descriptions: list[str]) -> set[str]:
    """Which of `descriptions` the saved plan's configuration snapshot holds (what `terraform apply PLAN` applies:
    a plan file is a zip whose tfconfig/ is the configuration Terraform planned)."""
    with zipfile.ZipFile(plan_file) as plan:
        config = "".join(plan.read(n).decode() for n in plan.namelist() if n.startswith("tfconfig/") and n.endswith(".json"))
    return {d for d in descriptions if d in config}


def test_concurrent_plans_each_hold_their_own_playbook_or_are_refused(state_dir: Path, endpoint: str) -> None:
    name = "lock-plans"
    descriptions = [f"request number {i} of the same pipeline" for i in range(PLANS)]
    outcomes: list[object] = [None] * PLANS
    gate = threading.Barrier(PLANS)

    def plan(i: int) -> None:
        text = _playbook(name, descriptions[i])
        gate.wait(timeout=60)
        try:
            outcomes[i] = pipeline_ops.plan(text, "local", local=True, job=f"test job {i}")
        except StackBusy as exc:
            outcomes[i] = exc

    threads = [threading.Thread(target=plan, args=(i,)) for i in range(PLANS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    assert all(o is not None for o in outcomes), outcomes
    planned = [(i, o) for i, o in enumerate(outcomes) if isinstance(o, dict)]
    assert planned, f"every plan was refused: {outcomes}"
    for i, report in planned:
        assert _descriptions_in_plan(report["plan_file"], descriptions) == {descriptions[i]}, (i, report["plan_file"])
    for i, refused in ((i, o) for i, o in enumerate(outcomes) if isinstance(o, StackBusy)):
        message = str(refused)
        assert f"of {name}-local in progress since" in message and "by test job" in message, message
        assert f"test job {i}" not in message.split(" in progress")[1].split(";")[0]
    assert len({r["plan_file"] for _, r in planned}) == len(planned), "two plans shared one plan file"


def test_a_cli_plan_refused_by_the_lock_writes_nothing(tmp_path: Path, state_dir: Path) -> None:
    name = "lock-refused"
    source = tmp_path / "p.yaml"
    source.write_text(_playbook(name, "held by the test"))

    def listing() -> set[str]:
        return {str(p.relative_to(state_dir)) for p in state_dir.rglob("*") if "locks" not in p.parts}

    held = threading.Event()
    release = threading.Event()

    def holder() -> None:
        with stack_lock(f"{name}-local", "deploy", job="builder job 0123abcd"):
            held.set()
            release.wait(120)

    thread = threading.Thread(target=holder)
    thread.start()
    try:
        assert held.wait(30)
        before = listing()
        proc = subprocess.run(
            [sys.executable, "-m", "playbook_cli.main", "plan", str(source), "--env", "local"],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(REPO), "PLAYBOOK_STATE_DIR": str(state_dir)},
        )
        after = listing()
    finally:
        release.set()
        thread.join(30)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert f"deploy of {name}-local in progress since" in proc.stderr and "by builder job 0123abcd" in proc.stderr
    assert after == before, f"the refused run wrote {sorted(after - before)}"


def test_a_job_refused_while_the_holder_writes_its_record_still_names_the_holder(state_dir: Path) -> None:
    """The holder writes its record just after its flock: a job refused in that moment names it all the same."""
    import fcntl
    import json

    from pipeline_ops.stack_lock import lock_path

    stack = "record-window-local"
    fd = os.open(lock_path(stack), os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.ftruncate(fd, 0)  # held, record not yet written
    writer = threading.Timer(0.3, lambda: os.pwrite(fd, json.dumps({"what": "deploy", "job": "builder job 42"}).encode(), 0))
    writer.start()
    try:
        with pytest.raises(StackBusy) as refused, stack_lock(stack, "plan"):
            pass
    finally:
        writer.join()
        os.close(fd)
    assert "deploy of record-window-local in progress" in str(refused.value) and "by builder job 42" in str(refused.value)


def test_a_job_that_meets_a_finishing_holder_takes_the_stack(state_dir: Path) -> None:
    """A holder clears its record just before it releases: a job arriving then waits that moment out and runs."""
    import fcntl

    from pipeline_ops.stack_lock import lock_path

    stack = "release-window-local"
    fd = os.open(lock_path(stack), os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.ftruncate(fd, 0)  # record cleared, lock not yet released
    releaser = threading.Timer(0.3, lambda: os.close(fd))
    releaser.start()
    ran = False
    try:
        with stack_lock(stack, "plan", job="next job"):
            ran = True
    finally:
        releaser.join()
    assert ran
