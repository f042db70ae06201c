"""The emulator dies mid-apply: deploy fails with a clear message; after a restart a rerun
converges and no emulated resource is orphaned from the Terraform state.

moto keeps everything in memory, so the restarted emulator is empty: Terraform's
refresh drops what disappeared from the state and the rerun recreates it. That is
what "converges" honestly means here (see deploy_runner/EMULATOR.md, "Restarts").
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from deploy_runner.emulator import Emulator
from deploy_runner.terraform import DeployError, StackRunner, apply_plan, destroy_stack, plan_stack

from .conftest import aws, resource_prefix

pytestmark = [pytest.mark.terraform, pytest.mark.emulator]


def emulated_resources(endpoint: str, prefix: str) -> set[tuple[str, str]]:
    """What the emulator holds for this stack (names starting with ``prefix``), as (terraform type, id) pairs."""
    found: set[tuple[str, str]] = set()
    found |= {("aws_s3_bucket", b["Name"]) for b in aws("s3", endpoint).list_buckets()["Buckets"] if b["Name"].startswith(prefix)}
    found |= {
        ("aws_sfn_state_machine", m["stateMachineArn"])
        for m in aws("stepfunctions", endpoint).list_state_machines()["stateMachines"]
        if m["name"].startswith(prefix)
    }
    found |= {
        ("aws_lambda_function", f["FunctionName"])
        for f in aws("lambda", endpoint).list_functions()["Functions"]
        if f["FunctionName"].startswith(prefix)
    }
    sm = aws("sagemaker", endpoint)
    found |= {("aws_sagemaker_model", m["ModelName"]) for m in sm.list_models()["Models"] if m["ModelName"].startswith(prefix)}
    found |= {
        ("aws_sagemaker_endpoint", e["EndpointName"])
        for e in sm.list_endpoints()["Endpoints"]
        if e["EndpointName"].startswith(prefix)
    }
    found |= {
        ("aws_iam_role", r["RoleName"]) for r in aws("iam", endpoint).list_roles()["Roles"] if r["RoleName"].startswith(prefix)
    }
    found |= {
        ("aws_secretsmanager_secret", s["ARN"])
        for s in aws("secretsmanager", endpoint).list_secrets()["SecretList"]
        if s["Name"].startswith(prefix)
    }
    kms = aws("kms", endpoint)
    for key in kms.list_keys()["Keys"]:
        meta = kms.describe_key(KeyId=key["KeyId"])["KeyMetadata"]
        if meta["Description"].endswith(f" {prefix}") and meta["KeyState"] == "Enabled":  # "Encrypts data of pipeline <prefix>"
            found.add(("aws_kms_key", meta["KeyId"]))
    return found


def state_resources(runner: StackRunner) -> set[tuple[str, str]]:
    kinds = {
        "aws_s3_bucket",
        "aws_sfn_state_machine",
        "aws_lambda_function",
        "aws_sagemaker_model",
        "aws_sagemaker_endpoint",
        "aws_iam_role",
        "aws_secretsmanager_secret",
        "aws_kms_key",
    }
    state = json.loads((runner.state_dir / "terraform.tfstate").read_text())
    return {(r["type"], inst["attributes"]["id"]) for r in state["resources"] if r["type"] in kinds for inst in r["instances"]}


def test_emulator_dies_mid_apply_then_rerun_converges(playbook_stack_dir: Path, state_dir: Path) -> None:
    prefix = resource_prefix(playbook_stack_dir)
    emu = Emulator(state_dir / "fault-emulator")
    endpoint = emu.start().endpoint
    try:
        plan = plan_stack(playbook_stack_dir, emulator_endpoint=endpoint)

        def crash_after_first_resources(line: str) -> None:
            if line.startswith("aws_iam_role.") and "Creation complete" in line:
                emu.kill()

        started = time.monotonic()
        with pytest.raises(DeployError) as err:
            apply_plan(plan, on_output=crash_after_first_resources, timeout=300)
        failed_after = time.monotonic() - started
        print(f"dead emulator noticed after {failed_after:.1f} s")
        assert err.value.kind == "emulator_down", str(err.value)
        assert "stopped answering" in str(err.value) and "emulator start" in str(err.value)
        assert failed_after < 120, f"a dead emulator took {failed_after:.0f} s to be noticed"

        # restart (a new, empty emulator) and rerun: plan + apply converge
        endpoint = emu.start().endpoint
        rerun = plan_stack(playbook_stack_dir, emulator_endpoint=endpoint)
        resources = json.loads((playbook_stack_dir / "cdk.tf.json").read_text())["resource"]
        assert rerun.summary.add == sum(map(len, resources.values())) and rerun.summary.destroy == 0
        apply_plan(rerun)
        runner = StackRunner(playbook_stack_dir, emulator_endpoint=endpoint)
        assert emulated_resources(endpoint, prefix) == state_resources(runner)  # nothing orphaned, nothing missing
        assert not plan_stack(playbook_stack_dir, emulator_endpoint=endpoint).summary.has_changes
        destroy_stack(playbook_stack_dir, emulator_endpoint=endpoint)
        assert emulated_resources(endpoint, prefix) == set()
    finally:
        emu.stop()


def test_persistent_emulator_survives_a_crash(playbook_stack_dir: Path, state_dir: Path) -> None:
    """With persist=True the restarted emulator replays its recording: the stack is still there."""
    prefix = resource_prefix(playbook_stack_dir)
    emu = Emulator(state_dir / "persistent-emulator", persist=True)
    endpoint = emu.start().endpoint
    try:
        apply_plan(plan_stack(playbook_stack_dir, emulator_endpoint=endpoint))
        runner = StackRunner(playbook_stack_dir, emulator_endpoint=endpoint)
        before = emulated_resources(endpoint, prefix)
        assert before == state_resources(runner)

        recording = (state_dir / "persistent-emulator" / "recording.jsonl").read_text()
        assert "Credential=test/" not in recording and "Credential=REDACTED/" in recording

        emu.kill()  # a crash, not a clean stop
        restarted = emu.start()
        assert restarted.endpoint != endpoint or restarted.pid is not None
        endpoint = restarted.endpoint
        assert emulated_resources(endpoint, prefix) == before  # same ids and ARNs after the replay
        assert not plan_stack(playbook_stack_dir, emulator_endpoint=endpoint).summary.has_changes
        destroy_stack(playbook_stack_dir, emulator_endpoint=endpoint)
        assert emulated_resources(endpoint, prefix) == set()
    finally:
        emu.stop()
