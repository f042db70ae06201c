"""An inference model (a model.tar.gz trained elsewhere) behind an API endpoint, deployed and served locally.

Through the CLI as a user runs it: the artefact is put in a bucket of the emulator's S3 (as one
would have it in a model-zoo bucket on AWS), the pipeline is deployed (Terraform registers the
model, its endpoint configuration and endpoint; a second plan shows no changes), a run reaches SUCCEEDED, and `playbook invoke`
answers with the artefact's own predictions (checked with xgboost on the same rows). The
Describe answers of what Terraform made fit botocore's output shapes (extension 21).
"""

from __future__ import annotations

import io
import json
import tarfile

import numpy as np
import pytest
import xgboost as xgb

from tests.cli.cli_harness import Workspace

from .botocore_shapes import output_shape, shape_problems

pytestmark = [pytest.mark.emulator, pytest.mark.terraform]

BUCKET = "model-zoo-inference-test"
PLAYBOOK = f"""apiVersion: playbooks/v1
kind: Pipeline
metadata:
  name: served-pretrained
  version: 1.0.0
  description: A model trained elsewhere, served behind an API endpoint
spec:
  platform: aws
  nodes:
    - id: pretrained
      type: model
      task: inference
      config: {{model_artifact_uri: "s3://{BUCKET}/xgb/model.tar.gz"}}
    - id: serve
      type: deployment
      mode: api_endpoint
      inputs: [pretrained]
"""
ROWS = np.array([[i % 7, (i * 3) % 5] for i in range(40)], dtype=float)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    workspace = Workspace(tmp_path_factory.mktemp("inference"))
    (workspace.root / "served-pretrained.yaml").write_text(PLAYBOOK)
    yield workspace
    workspace.cli("destroy", "served-pretrained.yaml", "--local", "--auto-approve")
    workspace.stop_emulator()


def test_an_inference_model_is_served_by_its_endpoint_with_the_artefacts_predictions(workspace, tmp_path):
    started = workspace.cli("emulator", "start")
    assert started.returncode == 0, started.stderr
    booster = xgb.train({"objective": "binary:logistic"}, xgb.DMatrix(ROWS, label=[i % 2 for i in range(40)]), 4)
    booster.save_model(str(tmp_path / "xgboost-model"))
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w:gz") as tar:
        tar.add(tmp_path / "xgboost-model", arcname="xgboost-model")
    s3 = workspace.aws("s3")
    s3.create_bucket(Bucket=BUCKET)
    s3.put_object(Bucket=BUCKET, Key="xgb/model.tar.gz", Body=archive.getvalue())

    deployed = workspace.cli("deploy", "served-pretrained.yaml", "--local", "--auto-approve", "--json")
    assert deployed.returncode == 0, deployed.stderr[-3000:]
    # what Terraform reads back (DescribeModel/EndpointConfig/Endpoint) matches what it wrote: no drift
    replanned = workspace.cli("plan", "served-pretrained.yaml", "--local", "--json", "--detailed-exitcode")
    assert replanned.returncode == 0 and json.loads(replanned.stdout)["has_changes"] is False, replanned.stdout[-3000:]
    ran = workspace.cli("run", "served-pretrained.yaml", "--local", "--wait", "--json")
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
    assert json.loads(ran.stdout)["execution_status"] == "SUCCEEDED"

    rows = ROWS[:9]
    (workspace.root / "rows.csv").write_text("".join(",".join(str(v) for v in row) + "\n" for row in rows))
    served = workspace.cli("invoke", "served-pretrained.yaml", "serve", "--local", "--data", "rows.csv", "--json")
    assert served.returncode == 0, served.stdout[-2000:] + served.stderr[-2000:]
    doc = json.loads(served.stdout)
    assert [float(p) for p in doc["predictions"]] == [float(p) for p in booster.predict(xgb.DMatrix(rows))]

    sagemaker = workspace.aws("sagemaker")
    endpoint = sagemaker.describe_endpoint(EndpointName=doc["endpoint"])
    config = sagemaker.describe_endpoint_config(EndpointConfigName=endpoint["EndpointConfigName"])
    model = sagemaker.describe_model(ModelName=config["ProductionVariants"][0]["ModelName"])
    assert model["PrimaryContainer"]["ModelDataUrl"] == f"s3://{BUCKET}/xgb/model.tar.gz"
    for operation, answer in (("DescribeEndpoint", endpoint), ("DescribeEndpointConfig", config), ("DescribeModel", model)):
        answer.pop("ResponseMetadata")
        assert shape_problems(answer, output_shape("sagemaker", operation)) == [], operation
