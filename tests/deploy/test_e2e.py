"""Deploy a stack our constructs synthesized from a library playbook to the emulator, with real
terraform and the real AWS provider: check the resources through boto3, plan again (no changes),
run the "deploy pipeline" step, destroy."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from botocore.exceptions import ClientError

from deploy_runner.pipeline_deploy import CodeArtifact, deploy_pipeline
from deploy_runner.terraform import StackRunner, apply_plan, destroy_stack, plan_stack, stack_outputs

from .conftest import aws, resource_prefix

pytestmark = [pytest.mark.terraform, pytest.mark.emulator]


def test_deploy_check_replan_run_destroy(playbook_stack_dir: Path, endpoint: str, tmp_path: Path) -> None:
    stack, prefix = playbook_stack_dir.name, resource_prefix(playbook_stack_dir)
    doc = json.loads((playbook_stack_dir / "cdk.tf.json").read_text())
    progress: list[str] = []

    plan = plan_stack(playbook_stack_dir, emulator_endpoint=endpoint, on_output=progress.append)
    assert plan.plan_file.is_file()
    summary = plan.summary
    assert (summary.add, summary.change, summary.destroy) == (sum(map(len, doc["resource"].values())), 0, 0)
    groups = summary.by_node()
    assert "validate" in groups  # the playbook's node: its execution role and its grants
    assert "aws_iam_role" in {c.type for c in groups["validate"]}
    assert "validate:" in summary.render()

    started = time.monotonic()
    applied = apply_plan(plan, on_output=progress.append)
    print(f"apply of {stack}: {time.monotonic() - started:.1f} s")
    assert any("Apply complete!" in line for line in progress)
    outputs = applied.outputs
    bucket, orchestrator = outputs["artifact_bucket"], outputs["orchestrator_arn"]
    assert bucket == f"{prefix}-artifacts"
    assert outputs["playbook_name"] == stack.removesuffix("-local")

    # the resources exist, secure by default as the constructs promise
    s3 = aws("s3", endpoint)
    assert s3.get_bucket_versioning(Bucket=bucket)["Status"] == "Enabled"
    rule = s3.get_bucket_encryption(Bucket=bucket)["ServerSideEncryptionConfiguration"]["Rules"][0]
    assert rule["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"] == "aws:kms"
    assert s3.get_public_access_block(Bucket=bucket)["PublicAccessBlockConfiguration"]["BlockPublicPolicy"]
    assert "aws:SecureTransport" in s3.get_bucket_policy(Bucket=bucket)["Policy"]
    assert s3.get_bucket_logging(Bucket=bucket)["LoggingEnabled"]["TargetBucket"] == f"{prefix}-access-logs"
    assert aws("stepfunctions", endpoint).describe_state_machine(stateMachineArn=orchestrator)["name"] == f"{prefix}-orchestrator"
    assert aws("iam", endpoint).get_role(RoleName=f"{prefix}-validate-exec")["Role"]["RoleName"]
    assert stack_outputs(playbook_stack_dir, emulator_endpoint=endpoint) == outputs

    # a second plan right after the deploy shows no changes, and says so without a `terraform show` (a second
    # start of the provider): its summary is the one `show -json` of that plan gives
    runner = StackRunner(playbook_stack_dir, emulator_endpoint=endpoint)
    shows_before = set(runner.logs_dir.glob("*-show.log"))
    again = plan_stack(playbook_stack_dir, emulator_endpoint=endpoint)
    assert not again.summary.has_changes, again.summary.render()
    assert not set(runner.logs_dir.glob("*-show.log")) - shows_before, "an empty plan ran terraform show"
    assert again.summary.as_dict() == runner.summarize(again.plan_file).as_dict()

    # the "deploy pipeline" step: code to the bucket, orchestrator started
    code = tmp_path / "validate-code"
    code.mkdir()
    (code / "preprocess.py").write_text("print('checked')\n")
    run = deploy_pipeline(outputs, [CodeArtifact("validate", code)], emulator_endpoint=endpoint)
    assert run["artifacts"][0]["uploaded"] == 1
    uri = run["artifacts"][0]["uri"]
    key_bucket, _, key_prefix = uri.removeprefix("s3://").partition("/")
    assert s3.get_object(Bucket=key_bucket, Key=f"{key_prefix}preprocess.py")["Body"].read() == b"print('checked')\n"
    execution = aws("stepfunctions", endpoint).describe_execution(executionArn=run["execution_arn"])
    assert execution["stateMachineArn"] == orchestrator
    assert (
        deploy_pipeline(outputs, [CodeArtifact("validate", code)], emulator_endpoint=endpoint, start=False)["artifacts"][0][
            "unchanged"
        ]
        == 1
    )

    # destroy, and everything is gone
    destroyed = destroy_stack(playbook_stack_dir, emulator_endpoint=endpoint, on_output=progress.append)
    assert destroyed.outputs == {}
    with pytest.raises(ClientError):
        s3.head_bucket(Bucket=bucket)
    with pytest.raises(ClientError):
        aws("stepfunctions", endpoint).describe_state_machine(stateMachineArn=orchestrator)
    assert not plan_stack(playbook_stack_dir, destroy=True, emulator_endpoint=endpoint).summary.has_changes
