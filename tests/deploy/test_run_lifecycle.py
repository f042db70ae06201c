"""A pipeline with an API endpoint runs more than once, its runs' leftovers are bounded, and destroy removes them.

Through the CLI as a user runs it: deploy a training -> API endpoint pipeline to the emulator,
run it until more runs than the prune bound have SUCCEEDED (the second and later runs call
``UpdateEndpoint``), check the endpoint serves the newest run's configuration and only the
newest few configurations and models remain, then destroy: the plan lists what the runs
created, and afterwards SageMaker holds nothing of the pipeline.
"""

from __future__ import annotations

import json

import pytest

from deploy_runner.run_resources import KEEP
from tests.cli.cli_harness import Workspace

pytestmark = [pytest.mark.emulator, pytest.mark.terraform]

PLAYBOOK = """apiVersion: playbooks/v1
kind: Pipeline
metadata:
  name: served-twice
  version: 1.0.0
  description: Train and serve behind an API endpoint, run repeatedly
spec:
  platform: aws
  nodes:
    - {id: rows, type: data_source, source: s3}
    - id: fit
      type: model
      task: training
      inputs: [rows]
      config:
        hyperparameters: {num_round: 3, objective: "binary:logistic"}
    - id: serve
      type: deployment
      mode: api_endpoint
      inputs: [fit]
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    workspace = Workspace(tmp_path_factory.mktemp("lifecycle"))
    (workspace.root / "served-twice.yaml").write_text(PLAYBOOK)
    yield workspace
    workspace.cli("destroy", "served-twice.yaml", "--local", "--auto-approve")
    workspace.stop_emulator()


def _of_pipeline(sagemaker) -> dict[str, list[str]]:
    """The pipeline's SageMaker endpoints, endpoint configurations and models (by its tags)."""
    found: dict[str, list[str]] = {"endpoints": [], "configs": [], "models": []}
    lists = (
        ("endpoints", sagemaker.list_endpoints()["Endpoints"], "EndpointName", "EndpointArn"),
        ("configs", sagemaker.list_endpoint_configs()["EndpointConfigs"], "EndpointConfigName", "EndpointConfigArn"),
        ("models", sagemaker.list_models()["Models"], "ModelName", "ModelArn"),
    )
    for kind, items, name, arn in lists:
        for item in items:
            tags = {t["Key"]: t["Value"] for t in sagemaker.list_tags(ResourceArn=item[arn])["Tags"]}
            if tags.get("playbook") == "served-twice":
                found[kind].append(item[name])
    return found


def test_runs_update_the_endpoint_prune_old_configs_and_destroy_removes_what_they_created(workspace):
    deployed = workspace.cli("deploy", "served-twice.yaml", "--local", "--auto-approve", "--json")
    assert deployed.returncode == 0, deployed.stderr[-3000:]
    outputs = json.loads(deployed.stdout)["outputs"]
    bucket, _, prefix = outputs["node_rows_s3_uri"].removeprefix("s3://").partition("/")
    s3, sagemaker = workspace.aws("s3"), workspace.aws("sagemaker")
    s3.put_object(
        Bucket=bucket, Key=f"{prefix}part-1.csv", Body="".join(f"{i % 2},{i % 7},{i % 5}\n" for i in range(60)).encode()
    )

    runs = KEEP + 2  # each run prunes to KEEP before it adds its own: by the last one the first run's must be gone
    for number in range(1, runs + 1):
        ran = workspace.cli("run", "served-twice.yaml", "--local", "--wait")
        assert ran.returncode == 0, f"run {number}: " + ran.stdout[-3000:] + ran.stderr[-3000:]
        assert ran.stdout.splitlines()[-1].startswith("SUCCEEDED in "), ran.stdout[-2000:]
        if number == 1:
            first = _of_pipeline(sagemaker)
            assert len(first["endpoints"]) == 1 and len(first["configs"]) == 1 and len(first["models"]) == 1, first

    found = _of_pipeline(sagemaker)
    (endpoint,) = found["endpoints"]
    serving = sagemaker.describe_endpoint(EndpointName=endpoint)
    newest_config = max(found["configs"], key=lambda n: sagemaker.describe_endpoint_config(EndpointConfigName=n)["CreationTime"])
    assert serving["EndpointConfigName"] == newest_config  # the last run's UpdateEndpoint moved it
    # Pruned before each run: the newest KEEP from earlier runs plus the last run's own.
    assert len(found["configs"]) == KEEP + 1 and len(found["models"]) == KEEP + 1, found
    assert first["configs"][0] not in found["configs"] and first["models"][0] not in found["models"]

    destroyed = workspace.cli("destroy", "served-twice.yaml", "--local", "--auto-approve", "--json")
    assert destroyed.returncode == 0, destroyed.stderr[-3000:]
    result = json.loads(destroyed.stdout)
    assert {r["name"] for r in result["run_created"]} == {endpoint, *found["configs"], *found["models"]}
    assert f"sagemaker endpoint {endpoint}" in result["text"]  # the destroy plan a person confirms names them
    assert _of_pipeline(sagemaker) == {"endpoints": [], "configs": [], "models": []}
