"""Stopping a deploy never orphans resources (issue 19, point 3).

1. SIGTERM mid-apply: the CLI lets Terraform finish the apply it started (Terraform's
   own interrupt makes the AWS provider cancel calls in flight, which can leave a
   just-created KMS key outside the state: see deploy_runner/tf_process.py), then
   exits 143 with a message; no lock is left; the emulator holds exactly the key the
   state knows, and a re-plan is empty.
2. SIGKILL mid-destroy (the parent dies hard): Terraform runs in its own session
   writing to a log file, not a pipe, so it is not killed with its parent; it
   finishes. The next destroy waits for it, and nothing is left.

Bounded: each CLI run has a timeout; one deploy and one destroy of a small stack.
"""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .cli_harness import REPO, cli_env, playbook

pytestmark = [pytest.mark.emulator, pytest.mark.terraform]
TARGET, STACK = "data-quality", "data-quality-local"


def signal_midway(env: dict[str, str], command: str, signum: int, timeout: float = 600) -> tuple[int, str]:
    """Start a verbose deploy/destroy, send ``signum`` once Terraform changed something, return (code, output)."""
    proc = subprocess.Popen([sys.executable, "-m", "playbook_cli.main", command, TARGET, "--local",
                             "--auto-approve", "--verbose"], cwd=REPO, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout
    seen: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        seen.append(line)
        if "Creation complete" in line or "Destruction complete" in line:
            proc.send_signal(signum)
            break
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("terraform changed nothing in time")
    rest, _ = proc.communicate(timeout=timeout)
    return proc.returncode, "".join(seen) + (rest or "")


def live_keys(env: dict[str, str]) -> set[str]:
    code = ("import json, sys\n"
            "from deploy_runner.emulator import Emulator, emulator_client\n"
            "kms = emulator_client('kms', Emulator().endpoint)\n"
            "keys = [kms.describe_key(KeyId=k['KeyId'])['KeyMetadata'] for k in kms.list_keys()['Keys']]\n"
            "print(json.dumps([m['KeyId'] for m in keys if m['KeyState'] == 'Enabled' "
            "and 'pb-local-data-quality' in m.get('Description', '')]))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    return set(json.loads(out.stdout))


def state_keys(state: Path) -> set[str]:
    doc = json.loads((state / "state" / STACK / "terraform.tfstate").read_text())
    return {i["attributes"]["id"] for r in doc["resources"] if r["type"] == "aws_kms_key" for i in r["instances"]}


def test_sigterm_mid_deploy_and_sigkill_mid_destroy_leave_nothing_orphaned(tmp_path: Path) -> None:
    env = cli_env(tmp_path / "state")
    state = tmp_path / "state"
    try:
        code, output = signal_midway(env, "deploy", signal.SIGTERM)
        assert code == 128 + signal.SIGTERM, output[-3000:]
        assert "stopping (SIGTERM): letting Terraform finish the apply" in output
        assert "stopped by SIGTERM: Terraform finished the apply" in output and "Run the same command again" in output
        assert "Apply complete!" in output and "Traceback" not in output
        assert not (state / "state" / STACK / ".terraform.tfstate.lock.info").exists(), "lock left behind"
        keys = live_keys(env)
        assert len(keys) == 1 and keys == state_keys(state), (keys, state_keys(state))
        again = playbook(env, "plan", TARGET, "--local", "--detailed-exitcode")
        assert again.returncode == 0, again.stdout + again.stderr[-2000:]  # nothing half-done to redo

        code, output = signal_midway(env, "destroy", signal.SIGKILL)
        assert code == -signal.SIGKILL
        records = list((state / "work" / "stacks" / STACK).glob(".terraform-run.*.json"))
        assert records, "the apply's record is missing"
        pid = json.loads(records[0].read_text())["pid"]
        assert Path(f"/proc/{pid}").exists(), "terraform died with its parent"

        rerun = playbook(env, "destroy", TARGET, "--local", "--auto-approve", "--json", timeout=900)
        assert rerun.returncode == 0, rerun.stderr[-3000:]
        assert json.loads(rerun.stdout)["summary"]["destroy"] == 0  # the orphaned terraform finished the job
        assert not Path(f"/proc/{pid}").exists() or Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] == "Z"
        assert live_keys(env) == set() and state_keys(state) == set()
    finally:
        playbook(env, "destroy", TARGET, "--local", "--auto-approve", timeout=900)
        playbook(env, "emulator", "stop", timeout=60)
