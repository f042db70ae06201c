"""Emulator extension 11: a SageMaker job name that was used before is refused with ResourceInUse, as on AWS.

moto replaced the old job with the new one, so a run that named a job like an earlier one (a retried
run naming its jobs like its first attempt) passed locally and failed on AWS. Run in process with
moto's mock and the extension installed, as the emulator server does.
"""

from __future__ import annotations

import boto3
import pytest
from botocore.exceptions import ClientError


@pytest.fixture
def sagemaker():
    from moto import mock_aws

    from deploy_runner import emulator_sagemaker_jobs

    emulator_sagemaker_jobs.install()
    with mock_aws():
        yield boto3.client("sagemaker", region_name="us-east-1")


def _training_job(name: str) -> dict:
    return {
        "TrainingJobName": name,
        "RoleArn": "arn:aws:iam::123456789012:role/job",
        "AlgorithmSpecification": {"TrainingImage": "example.invalid/none:1", "TrainingInputMode": "File"},
        "OutputDataConfig": {"S3OutputPath": "s3://bucket/model/"},
        "ResourceConfig": {"InstanceCount": 1, "InstanceType": "ml.m5.large", "VolumeSizeInGB": 1},
        "StoppingCondition": {"MaxRuntimeInSeconds": 60},
    }


def test_a_training_job_name_is_used_once(sagemaker):
    first = sagemaker.create_training_job(**_training_job("pb-dev-p-train-1a2b3c4d-0"))
    with pytest.raises(ClientError) as caught:
        sagemaker.create_training_job(**_training_job("pb-dev-p-train-1a2b3c4d-0"))
    error = caught.value.response["Error"]
    assert error["Code"] == "ResourceInUse"
    assert error["Message"] == (
        "Training job names must be unique within an AWS account and region, and a training job with this "
        f"name already exists ({first['TrainingJobArn']})"
    )
    sagemaker.create_training_job(**_training_job("pb-dev-p-train-1a2b3c4d-1"))  # the next attempt's name
    names = {j["TrainingJobName"] for j in sagemaker.list_training_jobs()["TrainingJobSummaries"]}
    assert names == {"pb-dev-p-train-1a2b3c4d-0", "pb-dev-p-train-1a2b3c4d-1"}
