"""Deploy a realistic stack to the emulator with real terraform and the real AWS provider,
check the resources through boto3, plan again (no changes), run the pipeline step, destroy."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from botocore.exceptions import ClientError

from deploy_runner.pipeline_deploy import CodeArtifact, deploy_pipeline
from deploy_runner.terraform import apply_plan, destroy_stack, plan_stack, stack_outputs

from .conftest import aws

pytestmark = [pytest.mark.terraform, pytest.mark.emulator]


def test_deploy_check_replan_run_destroy(demo_stack_dir: Path, endpoint: str, tmp_path: Path) -> None:
    stack = demo_stack_dir.name
    progress: list[str] = []

    plan = plan_stack(demo_stack_dir, emulator_endpoint=endpoint, on_output=progress.append)
    assert plan.plan_file.is_file()
    summary = plan.summary
    assert (summary.add, summary.change, summary.destroy) == (18, 0, 0)
    groups = summary.by_node()
    assert set(groups) == {"artifacts", "customers", "ingest", "orchestrator", "prep", "serve"}
    assert {c.type for c in groups["serve"]} == {
        "aws_sagemaker_model", "aws_sagemaker_endpoint_configuration", "aws_sagemaker_endpoint"}
    assert "serve:" in summary.render()

    started = time.monotonic()
    applied = apply_plan(plan, on_output=progress.append)
    print(f"apply of {stack}: {time.monotonic() - started:.1f} s")
    assert any("Apply complete!" in line for line in progress)
    outputs = applied.outputs
    bucket, orchestrator = outputs["artifact_bucket"], outputs["orchestrator_arn"]
    assert bucket == f"{stack}-artifacts"

    # the resources exist, configured as the playbook says
    s3 = aws("s3", endpoint)
    assert s3.get_bucket_versioning(Bucket=bucket)["Status"] == "Enabled"
    rule = s3.get_bucket_encryption(Bucket=bucket)["ServerSideEncryptionConfiguration"]["Rules"][0]
    assert rule["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"] == "aws:kms"
    assert s3.get_public_access_block(Bucket=bucket)["PublicAccessBlockConfiguration"]["BlockPublicPolicy"]
    assert aws("stepfunctions", endpoint).describe_state_machine(stateMachineArn=orchestrator)["name"] == \
        f"{stack}-orchestrator"
    sm = aws("sagemaker", endpoint)
    assert sm.describe_endpoint(EndpointName=outputs["serve_endpoint_name"])["EndpointStatus"] == "InService"
    assert sm.describe_model(ModelName=f"{stack}-model")["EnableNetworkIsolation"] is True
    assert aws("lambda", endpoint).get_function(FunctionName=f"{stack}-ingest")["Configuration"]["Runtime"] == \
        "python3.12"
    assert aws("glue", endpoint).get_job(JobName=f"{stack}-prep")["Job"]["Name"] == f"{stack}-prep"
    assert aws("scheduler", endpoint).get_schedule(Name=f"{stack}-nightly")["Target"]["Arn"] == orchestrator
    assert aws("secretsmanager", endpoint).describe_secret(SecretId=f"{stack}-db-connection")["Name"]
    assert stack_outputs(demo_stack_dir, emulator_endpoint=endpoint) == outputs

    # a second plan right after the deploy shows no changes
    again = plan_stack(demo_stack_dir, emulator_endpoint=endpoint)
    assert not again.summary.has_changes, again.summary.render()

    # the "deploy pipeline" step: code to the bucket, orchestrator started
    code = tmp_path / "prep-code"
    code.mkdir()
    (code / "preprocess.py").write_text("print('features')\n")
    run = deploy_pipeline(outputs, [CodeArtifact("prep", code)], emulator_endpoint=endpoint)
    assert run["artifacts"][0]["uploaded"] == 1
    assert s3.get_object(Bucket=bucket, Key="prep/code/preprocess.py")["Body"].read() == b"print('features')\n"
    execution = aws("stepfunctions", endpoint).describe_execution(executionArn=run["execution_arn"])
    assert execution["stateMachineArn"] == orchestrator
    assert deploy_pipeline(outputs, [CodeArtifact("prep", code)], emulator_endpoint=endpoint,
                           start=False)["artifacts"][0]["unchanged"] == 1

    # destroy, and everything is gone
    destroyed = destroy_stack(demo_stack_dir, emulator_endpoint=endpoint, on_output=progress.append)
    assert destroyed.outputs == {}
    with pytest.raises(ClientError):
        s3.head_bucket(Bucket=bucket)
    with pytest.raises(ClientError):
        aws("stepfunctions", endpoint).describe_state_machine(stateMachineArn=orchestrator)
    with pytest.raises(ClientError):
        sm.describe_endpoint(EndpointName=outputs["serve_endpoint_name"])
    assert not plan_stack(demo_stack_dir, destroy=True, emulator_endpoint=endpoint).summary.has_changes
