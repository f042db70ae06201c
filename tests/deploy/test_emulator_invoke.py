"""Emulator extension 19: InvokeEndpoint answers with the endpoint's own model (no Terraform here).

A model trained here with the real xgboost is put in the emulator's S3 as model.tar.gz, an
endpoint is made through the SageMaker API, and its answers are compared with the model's
own predictions; then the failures AWS has (unknown endpoint, variant, image, payload) and
data capture. The pipeline's endpoint, deployed by Terraform and trained by a run, is
invoked through `playbook invoke` in tests/deploy/test_run_lifecycle.py.
"""

from __future__ import annotations

import io
import json
import tarfile
import time

import numpy as np
import pytest
import xgboost as xgb
from botocore.exceptions import ClientError

from .botocore_shapes import output_shape, shape_problems
from .conftest import aws

pytestmark = [pytest.mark.emulator]

ROLE = "arn:aws:iam::123456789012:role/serve"
XGBOOST = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"
ROWS = np.array([[i % 7, (i * 3) % 5] for i in range(30)], dtype=float)


def _trained(tmp_path) -> tuple[bytes, xgb.Booster]:
    booster = xgb.train({"objective": "binary:logistic"}, xgb.DMatrix(ROWS, label=[i % 2 for i in range(30)]), 3)
    path = tmp_path / "xgboost-model"
    booster.save_model(str(path))
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w:gz") as tar:
        tar.add(path, arcname="xgboost-model")
    return archive.getvalue(), booster


def _endpoint(endpoint: str, tmp_path, name: str, image: str = XGBOOST, capture: dict | None = None) -> xgb.Booster:
    s3, sagemaker = aws("s3", endpoint), aws("sagemaker", endpoint)
    bucket = f"models-{name}"
    s3.create_bucket(Bucket=bucket)
    archive, booster = _trained(tmp_path)
    s3.put_object(Bucket=bucket, Key="fit/output/model.tar.gz", Body=archive)
    sagemaker.create_model(
        ModelName=f"{name}-model",
        ExecutionRoleArn=ROLE,
        PrimaryContainer={"Image": image, "ModelDataUrl": f"s3://{bucket}/fit/output/model.tar.gz"},
    )
    config = {
        "EndpointConfigName": f"{name}-config",
        "ProductionVariants": [
            {"VariantName": "primary", "ModelName": f"{name}-model", "InstanceType": "ml.m5.large", "InitialInstanceCount": 1}
        ],
    }
    if capture:
        config["DataCaptureConfig"] = capture
    sagemaker.create_endpoint_config(**config)
    sagemaker.create_endpoint(EndpointName=name, EndpointConfigName=f"{name}-config")
    return booster


def _csv(rows: np.ndarray) -> bytes:
    return "".join(",".join(str(v) for v in row) + "\n" for row in rows).encode()


def test_an_endpoint_answers_with_its_models_predictions_and_warm(endpoint, tmp_path):
    booster = _endpoint(endpoint, tmp_path, "scored")
    runtime = aws("sagemaker-runtime", endpoint)
    answer = runtime.invoke_endpoint(EndpointName="scored", Body=_csv(ROWS[:5]), ContentType="text/csv")
    assert answer["ContentType"] == "text/csv" and answer["InvokedProductionVariant"] == "primary"
    got = [float(v) for v in answer["Body"].read().decode().split(",")]
    assert got == [float(v) for v in booster.predict(xgb.DMatrix(ROWS[:5]))]
    started = time.monotonic()
    for _ in range(5):
        runtime.invoke_endpoint(EndpointName="scored", Body=_csv(ROWS[:1]), ContentType="text/csv")
    assert time.monotonic() - started < 5, "a warm server answers without starting again"
    logs = aws("logs", endpoint).get_log_events(
        logGroupName="/aws/sagemaker/Endpoints/scored", logStreamName="primary/scored-model"
    )
    assert any("model loaded" in e["message"] for e in logs["events"])


def test_invoke_fails_where_aws_fails(endpoint, tmp_path):
    _endpoint(endpoint, tmp_path, "strict")
    _endpoint(endpoint, tmp_path, "torchy", image="763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.1-cpu")
    runtime = aws("sagemaker-runtime", endpoint)
    with pytest.raises(ClientError) as missing:
        runtime.invoke_endpoint(EndpointName="no-such-endpoint", Body=b"1,2", ContentType="text/csv")
    assert missing.value.response["Error"]["Code"] == "ValidationError"
    assert "Endpoint no-such-endpoint of account 123456789012 not found." in str(missing.value)
    with pytest.raises(ClientError) as variant:
        runtime.invoke_endpoint(EndpointName="strict", Body=b"1,2", ContentType="text/csv", TargetVariant="canary")
    assert variant.value.response["Error"]["Code"] == "ValidationError"
    with pytest.raises(runtime.exceptions.ModelError) as json_rows:  # the XGBoost image reads CSV or LIBSVM only
        runtime.invoke_endpoint(EndpointName="strict", Body=b'{"features": [1, 2]}', ContentType="application/json")
    error = json_rows.value.response
    assert error["ResponseMetadata"]["HTTPStatusCode"] == 424 and error["OriginalStatusCode"] == 415
    assert "Received client error (415) from primary" in error["Error"]["Message"]
    with pytest.raises(runtime.exceptions.ModelError) as no_standin:
        runtime.invoke_endpoint(EndpointName="torchy", Body=b"1,2", ContentType="text/csv")
    assert "no stand-in for the serving image" in str(no_standin.value) and "pytorch-inference" in str(no_standin.value)


def test_data_capture_writes_input_and_output_as_json_lines(endpoint, tmp_path):
    s3 = aws("s3", endpoint)
    s3.create_bucket(Bucket="capture-bucket")
    capture = {
        "EnableCapture": True,
        "InitialSamplingPercentage": 100,
        "DestinationS3Uri": "s3://capture-bucket/datacapture",
        "CaptureOptions": [{"CaptureMode": "Input"}, {"CaptureMode": "Output"}],
    }
    _endpoint(endpoint, tmp_path, "captured", capture=capture)
    answer = aws("sagemaker-runtime", endpoint).invoke_endpoint(
        EndpointName="captured", Body=_csv(ROWS[:2]), ContentType="text/csv", InferenceId="req-1"
    )
    body = answer["Body"].read().decode()
    (key,) = [o["Key"] for o in s3.list_objects_v2(Bucket="capture-bucket")["Contents"]]
    assert key.startswith("datacapture/captured/primary/") and key.endswith(".jsonl")
    (record,) = [json.loads(line) for line in s3.get_object(Bucket="capture-bucket", Key=key)["Body"].read().splitlines()]
    data = record["captureData"]
    assert data["endpointInput"] == {
        "observedContentType": "text/csv",
        "mode": "INPUT",
        "data": _csv(ROWS[:2]).decode(),
        "encoding": "CSV",
    }
    assert data["endpointOutput"]["data"] == body and data["endpointOutput"]["encoding"] == "CSV"
    assert record["eventMetadata"]["inferenceId"] == "req-1" and record["eventVersion"] == "0"
    described = aws("sagemaker", endpoint).describe_endpoint(EndpointName="captured")
    described.pop("ResponseMetadata")
    assert shape_problems(described, output_shape("sagemaker", "DescribeEndpoint")) == []  # extension 21
    summary = {k: v for k, v in described["DataCaptureConfig"].items() if k != "KmsKeyId"}  # none was given
    assert summary == {
        "EnableCapture": True,
        "CaptureStatus": "Started",
        "CurrentSamplingPercentage": 100,
        "DestinationS3Uri": "s3://capture-bucket/datacapture",
    }


def test_update_endpoint_moves_invocations_to_the_new_model(endpoint, tmp_path):
    old = _endpoint(endpoint, tmp_path, "moving")
    runtime, s3, sagemaker = aws("sagemaker-runtime", endpoint), aws("s3", endpoint), aws("sagemaker", endpoint)
    body = _csv(ROWS[:4])

    def scores() -> list[float]:
        answer = runtime.invoke_endpoint(EndpointName="moving", Body=body, ContentType="text/csv")
        return [float(v) for v in answer["Body"].read().decode().split(",")]

    assert scores() == [float(v) for v in old.predict(xgb.DMatrix(ROWS[:4]))]
    new = xgb.train({"objective": "reg:squarederror"}, xgb.DMatrix(ROWS, label=[float(i) for i in range(30)]), 4)
    new.save_model(str(tmp_path / "xgboost-model"))
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w:gz") as tar:
        tar.add(tmp_path / "xgboost-model", arcname="xgboost-model")
    s3.put_object(Bucket="models-moving", Key="fit2/output/model.tar.gz", Body=archive.getvalue())
    sagemaker.create_model(
        ModelName="moving-model-2",
        ExecutionRoleArn=ROLE,
        PrimaryContainer={"Image": XGBOOST, "ModelDataUrl": "s3://models-moving/fit2/output/model.tar.gz"},
    )
    variant = {"VariantName": "primary", "ModelName": "moving-model-2", "InstanceType": "ml.m5.large", "InitialInstanceCount": 1}
    sagemaker.create_endpoint_config(EndpointConfigName="moving-config-2", ProductionVariants=[variant])
    sagemaker.update_endpoint(EndpointName="moving", EndpointConfigName="moving-config-2")
    assert scores() == [float(v) for v in new.predict(xgb.DMatrix(ROWS[:4]))]
    sagemaker.delete_endpoint(EndpointName="moving")
    with pytest.raises(ClientError) as gone:
        scores()
    assert gone.value.response["Error"]["Code"] == "ValidationError"
