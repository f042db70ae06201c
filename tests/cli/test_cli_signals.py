"""Stopping a deploy never orphans resources (issue 19, point 3).

1. SIGTERM mid-apply: the CLI forwards one SIGINT to Terraform, Terraform
   finishes the calls in flight and writes the state, the CLI exits 143 with a
   message; no lock is left behind.
2. SIGKILL mid-apply (the parent dies hard): Terraform runs in its own session
   writing to a log file, not a pipe, so it is not killed with its parent; it
   finishes and writes the state. The next deploy waits for it, then converges.
3. In the end the emulator holds exactly the KMS key the state knows: the
   re-runs did not create a second live key.

Bounded: each CLI run has a timeout, the whole test a few deploys of a small stack.
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


def deploy_and_signal(env: dict[str, str], signum: int, timeout: float = 600) -> tuple[int, str]:
    """Start a verbose deploy, send ``signum`` once Terraform has created something, return (code, output)."""
    proc = subprocess.Popen([sys.executable, "-m", "playbook_cli.main", "deploy", TARGET, "--local",
                             "--auto-approve", "--verbose"], cwd=REPO, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout
    seen: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        seen.append(line)
        if "Creation complete" in line:
            proc.send_signal(signum)
            break
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("no resource was created in time")
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


def test_sigterm_then_sigkill_mid_apply_leave_nothing_orphaned(tmp_path: Path) -> None:
    env = cli_env(tmp_path / "state")
    state = tmp_path / "state"
    try:
        code, output = deploy_and_signal(env, signal.SIGTERM)
        assert code == 128 + signal.SIGTERM, output[-3000:]
        assert "Interrupt received" in output  # Terraform's own graceful stop ran
        assert "stopped by SIGTERM" in output and "saved the state" in output and "run the same command again" in output
        assert "Traceback" not in output
        assert not (state / "state" / STACK / ".terraform.tfstate.lock.info").exists(), "lock left behind"
        assert live_keys(env) <= state_keys(state), "a KMS key exists that the state does not know"

        code, output = deploy_and_signal(env, signal.SIGKILL)
        assert code == -signal.SIGKILL
        records = list((state / "work" / "stacks" / STACK).glob(".terraform-run.*.json"))
        assert records, "the apply's record is missing"
        pid = json.loads(records[0].read_text())["pid"]
        assert Path(f"/proc/{pid}").exists(), "terraform died with its parent"

        again = playbook(env, "deploy", TARGET, "--local", "--auto-approve", timeout=900)
        assert again.returncode == 0, again.stderr[-3000:]
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split(") ")[1][:1]
        keys = live_keys(env)
        assert len(keys) == 1 and keys == state_keys(state), (keys, state_keys(state))
        plan = playbook(env, "plan", TARGET, "--local", "--detailed-exitcode")
        assert plan.returncode == 0, plan.stdout + plan.stderr[-2000:]
    finally:
        playbook(env, "destroy", TARGET, "--local", "--auto-approve", timeout=900)
        playbook(env, "emulator", "stop", timeout=60)
