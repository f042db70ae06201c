"""IAM wiring: service roles and grant functions scoped to the pipeline's own resources.

Constructs never write policies for each other by hand: the producer of a
resource exposes an artifact (Dataset, Model, ARNs) and a `grant_*` function
adds exactly the statements a consumer role needs on it.
"""

from __future__ import annotations

import json
from typing import Any, Protocol

from . import cdk
from .artifacts import Dataset


def policy_document(statements: list[dict[str, Any]]) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": statements})


class PolicyTarget(Protocol):
    """What a grant needs of a role: a way to attach a policy. ServiceRole is one; so is a team's own role
    seen through external_grants.ExternalRole."""

    def add_policy(self, purpose: str, statements: list[dict[str, Any]]) -> None: ...


class ServiceRole(cdk.Construct):
    """An IAM role assumable by one AWS service, confined to this account.

    Policies are added with `add_policy(purpose, statements)`, one inline policy per
    purpose (the purpose names the grant, e.g. `read-events`, so IAM reads as a log
    of who may do what).
    """

    def __init__(
        self, scope: cdk.Construct, construct_id: str, *, name: str, service: str, account_id: str, tags: dict[str, str]
    ) -> None:
        super().__init__(scope, construct_id)
        trust = {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"Service": service},
                    "Action": "sts:AssumeRole",
                    # Confused-deputy guard: only this account's resources may use the role.
                    "Condition": {"StringEquals": {"aws:SourceAccount": account_id}},
                }
            ],
        }
        self.role = cdk.IamRole(self, "role", name=name, assume_role_policy=json.dumps(trust), tags=tags)
        self.arn: str = self.role.arn
        self.name: str = self.role.name
        # Read once: every attribute read is a round trip to the jsii kernel, and each policy needs it.
        self._role_id: str = self.role.id
        self._purposes: set[str] = set()

    def add_policy(self, purpose: str, statements: list[dict[str, Any]]) -> None:
        if purpose in self._purposes:  # same grant twice: merge-free, so refuse rather than shadow
            raise ValueError(f"role already has a policy for {purpose!r}")
        self._purposes.add(purpose)
        cdk.IamRolePolicy(self, f"policy-{purpose}", name=purpose, role=self._role_id, policy=policy_document(statements))


def _key_statement(key_arn: str | None, actions: list[str]) -> list[dict[str, Any]]:
    return [{"Effect": "Allow", "Action": actions, "Resource": key_arn}] if key_arn else []


def grant_dataset_read(role: PolicyTarget, dataset: Dataset, purpose: str) -> None:
    role.add_policy(
        purpose,
        [
            {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": f"{dataset.bucket_arn}/{dataset.prefix}*"},
            {
                "Effect": "Allow",
                "Action": ["s3:ListBucket"],
                "Resource": dataset.bucket_arn,
                "Condition": {"StringLike": {"s3:prefix": [f"{dataset.prefix}*"]}},
            },
            *_key_statement(dataset.kms_key_arn, ["kms:Decrypt"]),
        ],
    )


def grant_dataset_write(role: PolicyTarget, dataset: Dataset, purpose: str) -> None:
    role.add_policy(
        purpose,
        [
            {
                "Effect": "Allow",
                "Action": ["s3:PutObject", "s3:AbortMultipartUpload", "s3:GetObject"],
                "Resource": f"{dataset.bucket_arn}/{dataset.prefix}*",
            },
            {
                "Effect": "Allow",
                "Action": ["s3:ListBucket"],
                "Resource": dataset.bucket_arn,
                "Condition": {"StringLike": {"s3:prefix": [f"{dataset.prefix}*"]}},
            },
            *_key_statement(dataset.kms_key_arn, ["kms:Decrypt", "kms:GenerateDataKey"]),
        ],
    )


def grant_key_use(role: ServiceRole, key_arn: str, purpose: str = "use-pipeline-key") -> None:
    """Encrypt volumes and outputs with the pipeline's key (SageMaker jobs, Lambda environment)."""
    role.add_policy(
        purpose,
        [
            {
                "Effect": "Allow",
                "Resource": key_arn,
                "Action": [
                    "kms:Decrypt",
                    "kms:Encrypt",
                    "kms:GenerateDataKey",
                    "kms:GenerateDataKeyWithoutPlaintext",
                    "kms:DescribeKey",
                    "kms:CreateGrant",
                ],
            }
        ],
    )


def grant_sagemaker_job_basics(role: ServiceRole, partition: str, region: str, account_id: str) -> None:
    """What every SageMaker job or model role needs: its own logs and pulling built-in images."""
    role.add_policy(
        "sagemaker-job-basics",
        [
            {
                "Effect": "Allow",
                "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                "Resource": f"arn:{partition}:logs:{region}:{account_id}:log-group:/aws/sagemaker/*",
            },
            # GetAuthorizationToken has no resource-level permissions; image pulls are scoped by repository policy.
            {"Effect": "Allow", "Action": ["ecr:GetAuthorizationToken"], "Resource": "*"},
            {
                "Effect": "Allow",
                "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"],
                "Resource": f"arn:{partition}:ecr:{region}:*:repository/*",
            },
        ],
    )
