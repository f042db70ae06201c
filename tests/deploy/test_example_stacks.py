"""A real example playbook, synthesized by stacks.synth, deployed to the emulator end to end."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from botocore.exceptions import ClientError

from deploy_runner.pipeline_deploy import CodeArtifact, code_artifacts, deploy_pipeline
from deploy_runner.terraform import apply_plan, destroy_stack, plan_stack

from .conftest import aws

pytestmark = [pytest.mark.synth, pytest.mark.terraform, pytest.mark.emulator]

EXAMPLE = "data-quality"  # the smallest example; every example is deployed by the demo and the CLI tests


@pytest.fixture(scope="session")
def example_stack(tmp_path_factory: pytest.TempPathFactory, state_dir: Path):  # type: ignore[no-untyped-def]
    playbooks = pytest.importorskip("playbooks")
    synth = pytest.importorskip("stacks.synth")
    pipeline = playbooks.load_resolved(EXAMPLE)
    (stack,) = synth.synth_stacks([pipeline], ["local"], tmp_path_factory.mktemp("synth"))
    return stack, pipeline


def test_example_playbook_deploy_replan_run_destroy(
    example_stack,
    endpoint: str,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    stack, pipeline = example_stack
    plan = plan_stack(stack.directory, emulator_endpoint=endpoint)
    nodes = set(plan.summary.by_node())
    assert {node.id for node in pipeline.nodes} <= nodes | {"(pipeline)"}
    assert plan.summary.destroy == 0 and plan.summary.add > 10

    started = time.monotonic()
    outputs = apply_plan(plan).outputs
    print(f"deploy of {stack.name}: {time.monotonic() - started:.1f} s")
    assert outputs["playbook_name"] == EXAMPLE and outputs["environment"] == "local"
    bucket, orchestrator = outputs["artifact_bucket"], outputs["orchestrator_arn"]

    s3 = aws("s3", endpoint)
    policy = json.loads(s3.get_bucket_policy(Bucket=bucket)["Policy"])
    assert any(
        st.get("Condition", {}).get("Bool", {}).get("aws:SecureTransport") == "false" for st in policy["Statement"]
    )  # TLS-only, and the deploy over HTTPS still worked
    assert s3.get_bucket_versioning(Bucket=bucket)["Status"] == "Enabled"
    sfn = aws("stepfunctions", endpoint)
    assert json.loads(sfn.describe_state_machine(stateMachineArn=orchestrator)["definition"])["States"]

    again = plan_stack(stack.directory, emulator_endpoint=endpoint)
    assert not again.summary.has_changes, again.summary.render()

    # code the stack ships itself (bundled script as aws_s3_object) is checked, never re-uploaded
    local_code = tmp_path / "validate-code"
    local_code.mkdir()
    (local_code / "preprocess.py").write_text("print('local edit')\n")
    artifacts = [*code_artifacts(pipeline), CodeArtifact("validate", local_code)]
    run = deploy_pipeline(
        outputs,
        artifacts,
        emulator_endpoint=endpoint,
        execution_input={"parameters": pipeline.parameters},
        stack_dir=stack.directory,
    )
    assert [a["managed_by"] for a in run["artifacts"]] == ["terraform"]
    assert b"local edit" not in s3.get_object(Bucket=bucket, Key="validate/code/preprocess.py")["Body"].read()
    assert sfn.describe_execution(executionArn=run["execution_arn"])["stateMachineArn"] == orchestrator

    destroy_stack(stack.directory, emulator_endpoint=endpoint)
    with pytest.raises(ClientError):
        s3.head_bucket(Bucket=bucket)
    with pytest.raises(ClientError):
        sfn.describe_state_machine(stateMachineArn=orchestrator)
