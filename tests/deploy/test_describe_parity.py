"""Emulator extension 21: the Describe answers of the demo's jobs and endpoint carry what their Create sent.

Through the CLI as a user runs it: deploy the demo (`churn-prediction`, the newest version: a
preprocessing job with an `environment`, a training job with hyperparameters, the model it
registers, an endpoint configuration and endpoint) to the emulator, upload its example data,
run it to SUCCEEDED. Then, as one checks on AWS what a job received: every SageMaker task the
run scheduled is read back from the execution's history (the request exactly as Step Functions
sent it) and the matching Describe* must (1) carry every member of that request unchanged
(Environment, AppSpecification, ProcessingInputs/Outputs, ProcessingResources, HyperParameters,
...) and (2) fit botocore's output shape of the operation (required members, types, bounds).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from playbooks import Library
from tests.cli.cli_harness import Workspace

from .botocore_shapes import describe_problems

pytestmark = [pytest.mark.emulator, pytest.mark.terraform]

DEMO = "churn-prediction"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    workspace = Workspace(tmp_path_factory.mktemp("describe-parity"))
    yield workspace
    workspace.cli("destroy", DEMO, "--local", "--auto-approve")
    workspace.stop_emulator()


def test_describe_answers_carry_the_create_requests_and_fit_botocores_shapes(workspace):
    deployed = workspace.cli("deploy", DEMO, "--local", "--auto-approve", "--json")
    assert deployed.returncode == 0, deployed.stderr[-3000:]
    outputs = json.loads(deployed.stdout)["outputs"]
    library = Library.open(())
    example = Path(library.get(DEMO, max(library.versions(DEMO))).file).parent / "example-data" / "events"
    bucket, _, prefix = outputs["node_events_s3_uri"].removeprefix("s3://").partition("/")
    s3 = workspace.aws("s3")
    for path in sorted(p for p in example.rglob("*") if p.is_file()):
        s3.put_object(Bucket=bucket, Key=f"{prefix}{path.relative_to(example)}", Body=path.read_bytes())

    ran = workspace.cli("run", DEMO, "--local", "--wait", "--json")
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
    run = json.loads(ran.stdout)
    assert run["execution_status"] == "SUCCEEDED", run

    tasks, problems = describe_problems(workspace.aws("stepfunctions"), workspace.aws("sagemaker"), run["execution_arn"])
    made = sorted({resource.rsplit(":", 1)[-1] for resource, _ in tasks})
    expected = ["createEndpoint", "createEndpointConfig", "createModel", "createProcessingJob.sync", "createTrainingJob.sync"]
    assert made == expected, made
    assert problems == [], "\n".join(problems)
    (processing,) = [r for res, r in tasks if res.endswith("createProcessingJob.sync")]
    described = workspace.aws("sagemaker").describe_processing_job(ProcessingJobName=processing["ProcessingJobName"])
    assert described["Environment"] == {"WINDOW_DAYS": "30"}  # the playbook's parameter, as the job received it
