"""State locking: a second deploy of the same stack is refused while one runs; the state survives.

The S3 backend (``use_lockfile``) runs against the emulator; the local
backend's lock is the state file's own lock.
"""

from __future__ import annotations

import subprocess
import threading
import time
from pathlib import Path

import pytest

import yaml

from deploy_runner.terraform import DeployError, StackRunner, apply_plan, destroy_stack, plan_stack

from .conftest import REPO, aws, synthesize_playbook_stack

pytestmark = [pytest.mark.terraform, pytest.mark.emulator]

STATE_BUCKET = "playbook-tfstate-test"


def test_concurrent_deploys_of_one_stack_are_refused_s3_lockfile(tmp_path: Path, state_dir: Path, endpoint: str) -> None:
    # The `local` environment with an S3 state backend (use_lockfile), as a team would configure it.
    environments = yaml.safe_load((REPO / "stacks" / "environments.yaml").read_text())
    local = environments["environments"]["local"]
    local["backend"] = {"type": "s3", "bucket": STATE_BUCKET, "region": "us-east-1", "use_lockfile": True}
    environments_file = tmp_path / "environments.yaml"
    environments_file.write_text(yaml.safe_dump({"environments": {"local": local}}))
    stack_dir = synthesize_playbook_stack(tmp_path / "cdktf.out", "lock-s3", environments_file)
    stack = stack_dir.name
    plan = plan_stack(stack_dir, emulator_endpoint=endpoint)

    applying = threading.Event()
    result: dict[str, object] = {}

    def first_deploy() -> None:
        def watch(line: str) -> None:
            if "Creating..." in line:
                applying.set()

        try:
            result["apply"] = apply_plan(plan, on_output=watch, timeout=300)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            result["error"] = exc

    thread = threading.Thread(target=first_deploy)
    thread.start()
    try:
        assert applying.wait(120), "the first deploy never started creating resources"
        with pytest.raises(DeployError) as err:
            plan_stack(stack_dir, emulator_endpoint=endpoint)
        assert err.value.kind == "locked"
        message = str(err.value)
        assert f"stack {stack} is locked by" in message and "started at" in message
        assert "force-unlock" in message
    finally:
        thread.join(300)
    assert "error" not in result, result.get("error")

    # the first deploy finished, released the lock, and its state is intact
    keys = [o["Key"] for o in aws("s3", endpoint).list_objects_v2(Bucket=STATE_BUCKET).get("Contents", [])]
    assert f"{stack}/terraform.tfstate" in keys and f"{stack}/terraform.tfstate.tflock" not in keys
    assert not plan_stack(stack_dir, emulator_endpoint=endpoint).summary.has_changes
    destroy_stack(stack_dir, emulator_endpoint=endpoint)


def test_local_backend_lock_is_refused_with_the_holder(playbook_stack_dir: Path, endpoint: str) -> None:
    runner = StackRunner(playbook_stack_dir, emulator_endpoint=endpoint)
    runner.init()
    # Another deploy waiting at its confirmation prompt: a real terraform apply holding the lock.
    holder = subprocess.Popen(
        [runner.terraform, f"-chdir={playbook_stack_dir}", "apply", "-no-color", "-var", f"aws_endpoint_url={endpoint}"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=runner.env(),
        text=True,
    )
    watchdog = threading.Timer(240, holder.kill)  # a blocked read below ends when the holder dies
    watchdog.start()
    try:
        assert holder.stdout is not None
        deadline = time.monotonic() + 180
        seen = ""
        while "Enter a value" not in seen and time.monotonic() < deadline and holder.poll() is None:
            seen += holder.stdout.read(1)
        assert "Enter a value" in seen, seen[-2000:]
        with pytest.raises(DeployError, match=r"is locked by .* started at") as err:
            runner.plan()
        assert err.value.kind == "locked"
    finally:
        holder.communicate("no\n", timeout=120)  # the waiting deploy is cancelled: nothing applied
        watchdog.cancel()
    assert (
        not (runner.state_dir / "terraform.tfstate").exists()
        or "aws_s3_bucket" not in (runner.state_dir / "terraform.tfstate").read_text()
    )
