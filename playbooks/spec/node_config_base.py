"""What every node config shares: the `NodeConfig` base and the formats fields are checked
against at validation time (what AWS would reject later anyway).

S3 URIs and bucket names, SageMaker instance types, schedule expressions, secret and key
ARNs, image URIs, environment variable names. Used by source_configs.py and node_configs.py.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

S3_URI_RE = r"^s3://[a-z0-9][a-z0-9.\-]{1,61}[a-z0-9](/.*)?$"
S3_BUCKET_RE = r"^[a-z0-9][a-z0-9.\-]{1,61}[a-z0-9]$"
INSTANCE_TYPE_RE = r"^ml\.[a-z0-9]+\.[a-z0-9]+$"
# EventBridge / EventBridge Scheduler expressions: rate(5 minutes), cron(0 2 * * ? *), at(...) is not a schedule.
SCHEDULE_RE = r"^(rate\(\s*\d+\s+(minute|minutes|hour|hours|day|days)\s*\)|cron\(\s*\S+(\s+\S+){5}\s*\))$"
ARN_SECRET_RE = r"^arn:aws[a-z\-]*:secretsmanager:[a-z0-9\-]+:\d{12}:secret:.+$"
# A key ARN, not an alias: IAM authorizes kms:Decrypt against the key's ARN.
KMS_KEY_ARN_RE = r"^arn:aws[a-z\-]*:kms:[a-z0-9\-]+:\d{12}:key/[A-Za-z0-9\-]{1,64}$"
SECRETS_KMS_KEYS_DESCRIPTION = (
    "Customer-managed KMS keys (key ARNs) that encrypt the secrets this node reads: secret references in its "
    "environment/headers, connection_secret_arn, auth_secret_arn. Whoever reads them is granted kms:Decrypt on "
    "exactly these keys, only through Secrets Manager or SSM. Default: none (secrets under the AWS managed key "
    "need no grant)."
)
IMAGE_URI_RE = r"^\d{12}\.dkr\.ecr\.[a-z0-9\-]+\.amazonaws\.com(\.cn)?/[a-z0-9._/\-]+(:[\w.\-]+|@sha256:[a-f0-9]{64})$"
ENV_NAME_RE = r"^[A-Za-z_][A-Za-z0-9_]{0,127}$"
HTTP_URL_RE = r"^https://[^\s]+$"
# The API URL may carry `{{ params.NAME }}` references (spaces allowed inside them only).
TEMPLATED_HTTP_URL_RE = r"^https://(?:\{\{\s*params\.[a-z][a-z0-9_]*\s*\}\}|\S)+$"

S3Uri = Annotated[str, Field(pattern=S3_URI_RE)]
InstanceType = Annotated[str, Field(pattern=INSTANCE_TYPE_RE)]
ScheduleExpression = Annotated[str, Field(pattern=SCHEDULE_RE)]
ImageUri = Annotated[str, Field(pattern=IMAGE_URI_RE)]
# Hyperparameters and environment values end up as strings in SageMaker; scalars only.
Scalar = str | int | float | bool


def check_environment_names(environment: dict[str, str]) -> dict[str, str]:
    for name in environment:
        if not re.match(ENV_NAME_RE, name):
            raise ValueError(
                f"environment variable name {name!r} is invalid; expected letters, digits and _, not starting with a digit"
            )
    return environment


class NodeConfig(BaseModel):
    """Base of every node config: unknown fields are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)
