"""Emulator extension 20: a Hugging Face training job runs its own script under the training toolkit's contract.

No Terraform: jobs are created through the SageMaker API as the SageMaker Python SDK's
HuggingFace estimator creates them (hyperparameters JSON-encoded, the script in
``sagemaker_submit_directory`` as sourcedir.tar.gz, named by ``sagemaker_program``), and the
script reports what it received in its model artifact. The bundled default script's
fine-tuning is tested end to end in test_emulator_finetune.py.
"""

from __future__ import annotations

import io
import json
import tarfile
import time

import pytest

from .conftest import aws

pytest.importorskip("torch", reason="needs the emulator-llm extra (pip install -e '.[emulator-llm]')")
pytest.importorskip("transformers", reason="needs the emulator-llm extra")
pytest.importorskip("peft", reason="needs the emulator-llm extra")

pytestmark = [pytest.mark.emulator]

ROLE = "arn:aws:iam::123456789012:role/job"
HF_TRAINING = "763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-training:2.1.0-transformers4.36.0-gpu-py310-cu121-ubuntu20.04"
SCRIPT = b"""import json, os, sys
import helper  # next to the script in the code: the code directory is on the path
seen = {
    "argv": sys.argv[1:],
    "cwd": os.getcwd(),
    "helper": helper.VALUE,
    "files": sorted(os.listdir(os.environ["SM_CHANNEL_TRAIN"])),
    "env": {k: v for k, v in os.environ.items() if k.startswith(("SM_", "HF_"))},
}
with open(os.path.join(os.environ["SM_MODEL_DIR"], "seen.json"), "w") as f:
    json.dump(seen, f)
print("script saw", sys.argv[1:], flush=True)
"""


def _sourcedir() -> bytes:
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w:gz") as tar:
        for name, body in (("train.py", SCRIPT), ("helper.py", b"VALUE = 'from the code bundle'\n")):
            info = tarfile.TarInfo(name)
            info.size = len(body)
            tar.addfile(info, io.BytesIO(body))
    return archive.getvalue()


def _job(endpoint: str, name: str, bucket: str, hyperparameters: dict[str, str]) -> dict:
    sagemaker = aws("sagemaker", endpoint)
    sagemaker.create_training_job(
        TrainingJobName=name,
        RoleArn=ROLE,
        AlgorithmSpecification={"TrainingImage": HF_TRAINING, "TrainingInputMode": "File"},
        HyperParameters=hyperparameters,
        InputDataConfig=[
            {
                "ChannelName": "train",
                "DataSource": {"S3DataSource": {"S3Uri": f"s3://{bucket}/data/", "S3DataType": "S3Prefix"}},
            }
        ],
        OutputDataConfig={"S3OutputPath": f"s3://{bucket}/out/"},
        ResourceConfig={"InstanceCount": 1, "InstanceType": "ml.g5.xlarge", "VolumeSizeInGB": 30},
        StoppingCondition={"MaxRuntimeInSeconds": 600},
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        job = sagemaker.describe_training_job(TrainingJobName=name)
        if job["TrainingJobStatus"] in ("Completed", "Failed", "Stopped"):
            return job
        time.sleep(0.5)
    raise AssertionError(f"{name} did not end in time")


@pytest.fixture()
def bucket(endpoint: str, request: pytest.FixtureRequest) -> str:
    name = "hf-" + request.node.name.replace("_", "-")[:40].lower().strip("-")
    s3 = aws("s3", endpoint)
    s3.create_bucket(Bucket=name)
    s3.put_object(Bucket=name, Key="code/sourcedir.tar.gz", Body=_sourcedir())
    s3.put_object(Bucket=name, Key="data/tickets.csv", Body=b"text,label\nit crashes,bug\n")
    return name


def test_the_jobs_own_script_runs_with_hyperparameters_as_arguments_and_the_toolkit_environment(endpoint, bucket):
    hyperparameters = {  # as the SageMaker Python SDK sends them: every value JSON-encoded
        "epochs": "3",
        "learning_rate": "0.1",
        "tags": json.dumps(["a", "b"]),
        "sagemaker_program": json.dumps("train.py"),
        "sagemaker_submit_directory": json.dumps(f"s3://{bucket}/code/sourcedir.tar.gz"),
    }
    job = _job(endpoint, "hf-own-script", bucket, hyperparameters)
    assert job["TrainingJobStatus"] == "Completed", job.get("FailureReason")
    url = job["ModelArtifacts"]["S3ModelArtifacts"]
    assert url == f"s3://{bucket}/out/hf-own-script/output/model.tar.gz"
    body = aws("s3", endpoint).get_object(Bucket=bucket, Key=url.split(f"{bucket}/", 1)[1])["Body"].read()
    with tarfile.open(fileobj=io.BytesIO(body)) as tar:
        seen = json.loads(tar.extractfile("seen.json").read())
    assert seen["argv"] == ["--epochs", "3", "--learning_rate", "0.1", "--tags", '["a", "b"]']
    assert seen["cwd"] == "/opt/ml/code" and seen["helper"] == "from the code bundle"
    assert seen["files"] == ["tickets.csv"]
    env = seen["env"]
    assert json.loads(env["SM_HPS"]) == {"epochs": 3, "learning_rate": 0.1, "tags": ["a", "b"]}
    assert env["SM_HP_EPOCHS"] == "3" and env["SM_HP_TAGS"] == '["a", "b"]'
    assert env["SM_CHANNEL_TRAIN"] == "/opt/ml/input/data/train" and env["SM_MODEL_DIR"] == "/opt/ml/model"
    assert env["SM_OUTPUT_DATA_DIR"] == "/opt/ml/output/data" and env["SM_USER_ENTRY_POINT"] == "train.py"
    assert env["SM_NUM_GPUS"] == "0" and env["HF_HUB_OFFLINE"] == "1"
    assert "SM_HP_SAGEMAKER_PROGRAM" not in env  # the toolkit's own parameters are not the user's


def test_a_missing_entry_point_or_base_model_fails_with_the_reason(endpoint, bucket):
    missing = _job(
        endpoint,
        "hf-missing-script",
        bucket,
        {
            "sagemaker_program": json.dumps("nope.py"),
            "sagemaker_submit_directory": json.dumps(f"s3://{bucket}/code/sourcedir.tar.gz"),
        },
    )
    assert missing["TrainingJobStatus"] == "Failed"
    assert missing["FailureReason"].startswith("AlgorithmError: entry point nope.py (sagemaker_program) is not in the code")
    hub = _job(endpoint, "hf-hub-model", bucket, {"model_id": "distilbert-base-uncased", "epochs": "1"})
    assert hub["TrainingJobStatus"] == "Failed"
    assert "no `model` channel: set the node's base_model_uri" in hub["FailureReason"]
    assert "hub model distilbert-base-uncased is downloaded only on AWS" in hub["FailureReason"]
