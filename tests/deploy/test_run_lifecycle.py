"""A pipeline with an API endpoint runs more than once, serves its newest model, its runs' leftovers are bounded, and destroy removes them.

Through the CLI as a user runs it: deploy a training -> API endpoint pipeline to the emulator,
run it until more runs than the prune bound have SUCCEEDED (the second and later runs call
``UpdateEndpoint``), check the endpoint serves the newest run's configuration and only the
newest few configurations and models remain, `playbook invoke` answers with the newest model's
own predictions (checked with xgboost on the model.tar.gz in the emulator's S3), then destroy: the plan lists what the runs
created, and afterwards SageMaker holds nothing of the pipeline.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tarfile

import numpy as np
import pytest
import xgboost as xgb

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

    rows = "".join(f"{i % 7},{(i * 3) % 5}\n" for i in range(12))
    (workspace.root / "rows.csv").write_text(rows)
    before = workspace.cli("invoke", "served-twice.yaml", "serve", "--local", "--data", "rows.csv")
    assert before.returncode == 1 and "does not exist yet" in before.stderr and "playbook run" in before.stderr

    runs = KEEP + 2  # each run prunes to KEEP before it adds its own: by the last one the first run's must be gone
    for number in range(1, runs + 1):
        # --no-cache: each run trains a model of its own (a cached training would reuse the first run's model)
        ran = workspace.cli("run", "served-twice.yaml", "--local", "--wait", "--no-cache")
        assert ran.returncode == 0, f"run {number}: " + ran.stdout[-3000:] + ran.stderr[-3000:]
        assert any(line.startswith("SUCCEEDED in ") for line in ran.stdout.splitlines()), ran.stdout[-2000:]
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
    assert f"endpoint serve: {endpoint}" in ran.stdout  # the last run says what it serves and how to call it
    assert "playbook invoke served-twice.yaml serve --local --data rows.csv" in ran.stdout
    _invoke_serves_the_newest_model(workspace, s3, sagemaker, endpoint, newest_config, rows)

    destroyed = workspace.cli("destroy", "served-twice.yaml", "--local", "--auto-approve", "--json")
    assert destroyed.returncode == 0, destroyed.stderr[-3000:]
    result = json.loads(destroyed.stdout)
    assert {r["name"] for r in result["run_created"]} == {endpoint, *found["configs"], *found["models"]}
    assert f"sagemaker endpoint {endpoint}" in result["text"]  # the destroy plan a person confirms names them
    assert _of_pipeline(sagemaker) == {"endpoints": [], "configs": [], "models": []}


def _invoke_serves_the_newest_model(workspace, s3, sagemaker, endpoint, config_name, rows):
    (variant,) = sagemaker.describe_endpoint_config(EndpointConfigName=config_name)["ProductionVariants"]
    url = sagemaker.describe_model(ModelName=variant["ModelName"])["PrimaryContainer"]["ModelDataUrl"]
    bucket, _, key = url.removeprefix("s3://").partition("/")
    with tarfile.open(fileobj=io.BytesIO(s3.get_object(Bucket=bucket, Key=key)["Body"].read())) as tar:
        booster = xgb.Booster()
        booster.load_model(bytearray(tar.extractfile("xgboost-model").read()))
    expected = booster.predict(xgb.DMatrix(np.loadtxt(rows.splitlines(), delimiter=",", ndmin=2)))

    served = workspace.cli("invoke", "served-twice.yaml", "serve", "--local", "--data", "rows.csv")
    assert served.returncode == 0, served.stderr[-3000:]
    assert [float(p) for p in served.stdout.split()] == [float(p) for p in expected]
    lines = "".join(json.dumps([i % 7, (i * 3) % 5]) + "\n" for i in range(12))
    as_json = subprocess.run(  # JSON lines on stdin, as `--data -` reads them
        [sys.executable, "-m", "playbook_cli.main", "invoke", "served-twice.yaml", "serve", "--local", "--data", "-", "--json"],
        cwd=workspace.root,
        env=workspace.env,
        input=lines,
        capture_output=True,
        text=True,
        timeout=300,
    )
    doc = json.loads(as_json.stdout)
    assert doc["ok"] and doc["endpoint"] == endpoint and doc["variant"] == "primary"
    assert [float(p) for p in doc["predictions"]] == [float(p) for p in expected]

    not_endpoint = workspace.cli("invoke", "served-twice.yaml", "fit", "--local", "--data", "rows.csv", "--json")
    assert not_endpoint.returncode == 1
    assert json.loads(not_endpoint.stdout)["error"]["kind"] == "not_an_endpoint"
    assert "its API endpoint nodes: serve" in json.loads(not_endpoint.stdout)["error"]["message"]
    (workspace.root / "never-deployed.yaml").write_text(PLAYBOOK.replace("name: served-twice", "name: never-deployed"))
    undeployed = workspace.cli("invoke", "never-deployed.yaml", "serve", "--local", "--data", "rows.csv")
    assert undeployed.returncode == 1 and "never-deployed is not deployed in local" in undeployed.stderr
    (workspace.root / "bad.jsonl").write_text('[1, 2]\n{"features": "x"}\n')
    bad = workspace.cli("invoke", "served-twice.yaml", "serve", "--local", "--data", "bad.jsonl")
    assert bad.returncode == 1 and "bad.jsonl, line 2" in bad.stderr and "Traceback" not in bad.stderr
