"""Emulator extension 14: IAM's policy size quotas (deploy_runner/emulator_iam_quota.py).

moto alone stores any policy; AWS refuses a role whose inline policies together pass 10,240
characters (whitespace not counted) with LimitExceeded. Run in process with moto's mock and
the extension installed, as the emulator server does."""

from __future__ import annotations

import json

import boto3
import pytest
from botocore.exceptions import ClientError

from deploy_runner import emulator_iam_quota
from deploy_runner.emulator_iam_quota import MANAGED_POLICY_QUOTA, ROLE_INLINE_QUOTA, policy_size

TRUST = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "states.amazonaws.com"}, "Action": "sts:AssumeRole"}],
    }
)


def document_of_size(size: int) -> str:
    """A valid policy document of exactly `size` counted characters, padded with indentation IAM does not count."""

    def build(pad: int) -> str:
        return json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {"Sid": "Pad", "Effect": "Allow", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::b/{'k' * pad}"}
                ],
            },
            indent=4,
        )

    base = policy_size(build(0))
    text = build(size - base)
    assert policy_size(text) == size and len(text) > size  # whitespace present but not counted
    return text


@pytest.fixture
def iam():
    from moto import mock_aws

    emulator_iam_quota.install()
    with mock_aws():
        client = boto3.client("iam", region_name="us-east-1")
        client.create_role(RoleName="orchestrator", AssumeRolePolicyDocument=TRUST)
        yield client


def test_a_role_policy_within_the_quota_is_stored(iam):
    iam.put_role_policy(RoleName="orchestrator", PolicyName="grants", PolicyDocument=document_of_size(ROLE_INLINE_QUOTA))
    assert iam.list_role_policies(RoleName="orchestrator")["PolicyNames"] == ["grants"]


def test_a_role_policy_past_the_quota_is_refused_as_aws_does(iam):
    with pytest.raises(ClientError) as refused:
        iam.put_role_policy(RoleName="orchestrator", PolicyName="grants", PolicyDocument=document_of_size(ROLE_INLINE_QUOTA + 1))
    error = refused.value.response
    assert error["Error"]["Code"] == "LimitExceeded"
    assert error["ResponseMetadata"]["HTTPStatusCode"] == 409
    assert error["Error"]["Message"] == "Maximum policy size of 10240 bytes exceeded for role orchestrator"
    assert iam.list_role_policies(RoleName="orchestrator")["PolicyNames"] == []  # nothing stored


def test_the_quota_is_on_the_sum_of_a_roles_inline_policies(iam):
    half = document_of_size(ROLE_INLINE_QUOTA // 2)
    iam.put_role_policy(RoleName="orchestrator", PolicyName="first", PolicyDocument=half)
    iam.put_role_policy(RoleName="orchestrator", PolicyName="second", PolicyDocument=half)  # exactly at the quota
    with pytest.raises(ClientError, match="LimitExceeded"):
        iam.put_role_policy(RoleName="orchestrator", PolicyName="third", PolicyDocument=document_of_size(200))
    # rewriting one of them replaces it: only the new size counts
    iam.put_role_policy(
        RoleName="orchestrator", PolicyName="second", PolicyDocument=document_of_size(ROLE_INLINE_QUOTA // 2 - 200)
    )
    iam.put_role_policy(RoleName="orchestrator", PolicyName="third", PolicyDocument=document_of_size(200))
    assert sorted(iam.list_role_policies(RoleName="orchestrator")["PolicyNames"]) == ["first", "second", "third"]


def test_a_managed_policy_past_its_quota_is_refused(iam):
    iam.create_policy(PolicyName="fits", PolicyDocument=document_of_size(MANAGED_POLICY_QUOTA))
    with pytest.raises(ClientError) as refused:
        iam.create_policy(PolicyName="too-big", PolicyDocument=document_of_size(MANAGED_POLICY_QUOTA + 1))
    assert refused.value.response["Error"]["Code"] == "LimitExceeded"
    assert refused.value.response["Error"]["Message"] == "Cannot exceed quota for PolicySize: 6144"


def test_a_user_inline_policy_has_its_own_quota(iam):
    iam.create_user(UserName="ci")
    iam.put_user_policy(UserName="ci", PolicyName="p", PolicyDocument=document_of_size(2048))
    with pytest.raises(ClientError, match="Maximum policy size of 2048 bytes exceeded for user ci"):
        iam.put_user_policy(UserName="ci", PolicyName="q", PolicyDocument=document_of_size(200))
