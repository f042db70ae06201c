"""Stopping a deploy never orphans resources.

1. SIGTERM mid-apply: the CLI lets Terraform finish the apply it started (Terraform's
   own interrupt makes the AWS provider cancel calls in flight, which can leave a
   just-created KMS key outside the state: see deploy_runner/tf_process.py), then
   exits 143 saying the apply completed (with the outputs); no lock is left; the emulator holds exactly the key the
   state knows, and a re-plan is empty.
2. SIGKILL mid-destroy (the parent dies hard): Terraform runs in its own session
   writing to a log file, not a pipe, so it is not killed with its parent; it
   finishes. The next destroy waits for it, and nothing is left.

Bounded: each CLI run has a timeout; one deploy and one destroy of a small stack.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .cli_harness import REPO, cli_env, playbook

# Signals timed against a running Terraform: alone, after the parallel pass (tests/conftest.py).
pytestmark = [pytest.mark.emulator, pytest.mark.terraform, pytest.mark.serial]
TARGET, STACK = "data-quality", "data-quality-local"
STOP_BOUND = 180  # seconds from the second Ctrl-C to the CLI's exit (Terraform stops its calls in flight)


def signal_midway(env: dict[str, str], command: str, signum: int, timeout: float = 600) -> tuple[int, str]:
    """Start a verbose deploy/destroy, send ``signum`` once Terraform changed something, return (code, output)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "playbook_cli.main", command, TARGET, "--local", "--auto-approve", "--verbose"],
        cwd=REPO,
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
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
    code = (
        "import json, sys\n"
        "from deploy_runner.emulator import Emulator, emulator_client\n"
        "kms = emulator_client('kms', Emulator().endpoint)\n"
        "keys = [kms.describe_key(KeyId=k['KeyId'])['KeyMetadata'] for k in kms.list_keys()['Keys']]\n"
        "print(json.dumps([m['KeyId'] for m in keys if m['KeyState'] == 'Enabled' "
        "and 'pb-local-data-quality' in m.get('Description', '')]))\n"
    )
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
        assert "stopped by SIGTERM after the apply completed" in output and "is deployed" in output
        assert "Run the same command again" not in output  # nothing is left to finish
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


def test_ctrl_c_during_an_apply_that_then_completes_says_so_and_prints_the_outputs(tmp_path: Path) -> None:
    """One Ctrl-C mid-apply: Terraform finishes, so the deploy is done; the user is told that, with
    the outputs, not asked to run it again. The exit is still 130: the CLI was asked to stop."""
    env = cli_env(tmp_path / "state")
    try:
        code, output = signal_midway(env, "deploy", signal.SIGINT)
        assert code == 128 + signal.SIGINT, output[-3000:]
        assert "Apply complete!" in output  # Terraform's own word that the apply it was let finish succeeded
        assert "stopped by SIGINT after the apply completed" in output and "data-quality@1.0.0 is deployed" in output
        assert "Run the same command again" not in output
        outputs = output[output.index("stopped by SIGINT after") :]
        assert "outputs:" in outputs and "artifact_bucket" in outputs, output[-3000:]
        assert "Traceback" not in output
    finally:
        playbook(env, "destroy", TARGET, "--local", "--auto-approve", timeout=900)
        playbook(env, "emulator", "stop", timeout=60)


def test_a_second_ctrl_c_interrupts_terraform_which_saves_its_state(tmp_path: Path) -> None:
    """Ctrl-C twice mid-deploy: the first lets the apply finish, the second is Terraform's own stop.

    The user sees Terraform's interrupt, exit 130 and a message saying the apply was cut short
    (a create in flight may exist outside the state); no lock is left, no terraform keeps
    running, the state holds what was created. Running the deploy again either finishes the job
    or, when a create was in flight (an S3 bucket, measured), fails naming exactly the resources
    that exist outside the state, as the message warned: Terraform's own interrupt cancels calls
    in flight (the reason the first signal waits instead).
    """
    env = cli_env(tmp_path / "state")
    state = tmp_path / "state"
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "playbook_cli.main", "deploy", TARGET, "--local", "--auto-approve", "--verbose"],
            cwd=REPO,
            env=env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        assert proc.stdout is not None
        seen: list[str] = []
        deadline = time.monotonic() + 600
        first_sent = second_sent = None
        for line in proc.stdout:
            seen.append(line)
            if first_sent is None and "Creation complete" in line:
                proc.send_signal(signal.SIGINT)
                first_sent = time.monotonic()
            elif first_sent is not None and "stopping (SIGINT): letting Terraform finish" in line:
                proc.send_signal(signal.SIGINT)  # the impatient second Ctrl-C
                second_sent = time.monotonic()
                break
            if time.monotonic() > deadline:
                proc.kill()
                pytest.fail("the deploy never reached the point where a stop matters")
        assert second_sent is not None, "".join(seen)[-3000:]
        rest, _ = proc.communicate(timeout=STOP_BOUND)
        stopped_after = time.monotonic() - second_sent
        output = "".join(seen) + rest

        assert proc.returncode == 128 + signal.SIGINT, output[-3000:]
        assert "Interrupt received" in output, output[-3000:]  # Terraform's own graceful stop ran
        assert "Apply complete!" not in output  # the apply was cut short, not finished
        assert "stopped by SIGINT: Terraform was interrupted and saved the state" in output
        assert "may exist outside the state" in output and "fails with 'already exists' for it" in output
        assert "Traceback" not in output
        assert stopped_after < STOP_BOUND
        assert not (state / "state" / STACK / ".terraform.tfstate.lock.info").exists(), "lock left behind"
        assert not list((state / "work" / "stacks" / STACK).glob(".terraform-run.*.json")), "terraform still recorded"
        running = subprocess.run(
            ["pgrep", "-f", "--", f"-chdir={state / 'work' / 'stacks' / STACK}"], capture_output=True, text=True
        )
        assert running.stdout.strip() == "", "a terraform outlived the stop"
        saved = json.loads((state / "state" / STACK / "terraform.tfstate").read_text())
        assert saved["resources"], "nothing created before the stop was saved"
        assert state_keys(state) <= live_keys(env)  # what the state knows exists

        again = playbook(env, "deploy", TARGET, "--local", "--auto-approve", "--json", timeout=900)
        if again.returncode == 0:  # nothing was in flight at the interrupt: the re-run finishes the job
            converged = playbook(env, "plan", TARGET, "--local", "--detailed-exitcode")
            assert converged.returncode == 0, converged.stdout + converged.stderr[-2000:]
        else:  # exactly what the stop message warned of, and nothing else: a create that exists outside the state
            message = json.loads(again.stdout)["error"]["message"]
            orphans = re.findall(r"creating S3 Bucket \(([^)]+)\): BucketAlreadyExists", message)
            assert orphans and message.count("Error:") == len(orphans), message
            in_state = {i["attributes"]["id"] for r in saved["resources"] if r["type"] == "aws_s3_bucket" for i in r["instances"]}
            assert not set(orphans) & in_state, (orphans, in_state)
    finally:
        playbook(env, "destroy", TARGET, "--local", "--auto-approve", timeout=900)
        playbook(env, "emulator", "stop", timeout=60)
