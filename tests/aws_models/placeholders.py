"""Sample values for the Terraform references in a synthesized stack (`${aws_iam_role.x.arn}`).

The checkers validate what AWS would receive after `terraform apply`; a reference is
replaced by a value of the form AWS would hand back for that attribute (an IAM role
ARN, a bucket name, a subnet id...), so formats can be checked. Unknown references
become a plain "sample" (or an ARN of the resource's service for `.arn`).
"""

from __future__ import annotations

import re
from typing import Any

ACCOUNT, REGION = "123456789012", "us-east-1"
REFERENCE = re.compile(r"\$\{([^}]*)\}")

_ARNS = {
    "aws_s3_bucket": "arn:aws:s3:::sample-bucket",
    "aws_kms_key": f"arn:aws:kms:{REGION}:{ACCOUNT}:key/11111111-2222-3333-4444-555555555555",
    "aws_iam_role": f"arn:aws:iam::{ACCOUNT}:role/sample-role",
    "aws_lambda_function": f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:sample-function",
    "aws_sqs_queue": f"arn:aws:sqs:{REGION}:{ACCOUNT}:sample-queue",
    "aws_cloudwatch_log_group": f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:sample-group",
    "aws_ssm_parameter": f"arn:aws:ssm:{REGION}:{ACCOUNT}:parameter/sample/parameter",
    "aws_sfn_state_machine": f"arn:aws:states:{REGION}:{ACCOUNT}:stateMachine:sample-machine",
    "aws_sagemaker_model": f"arn:aws:sagemaker:{REGION}:{ACCOUNT}:model/sample-model",
}
_VALUES = {
    ("data.aws_caller_identity", "account_id"): ACCOUNT,
    ("data.aws_partition", "partition"): "aws",
    ("data.aws_region", "name"): REGION,
    ("data.aws_region", "region"): REGION,
    (
        "data.aws_sagemaker_prebuilt_ecr_image",
        "registry_path",
    ): f"683313688378.dkr.ecr.{REGION}.amazonaws.com/sagemaker-xgboost:1.7-1",
    ("aws_subnet", "id"): "subnet-0123456789abcdef0",
    ("aws_security_group", "id"): "sg-0123456789abcdef0",
    ("aws_ssm_parameter", "name"): "/sample/parameter",
    ("aws_rds_cluster", "endpoint"): f"sample.cluster-abc.{REGION}.rds.amazonaws.com",
    ("aws_db_instance", "address"): f"sample.abc.{REGION}.rds.amazonaws.com",
    ("aws_kms_key", "key_id"): "11111111-2222-3333-4444-555555555555",
}


def sample_for(expression: str) -> str:
    parts = expression.split(".")
    if "secret_arn" in expression:
        return f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:sample-AbCdEf"
    kind = ".".join(parts[:2]) if parts[0] == "data" else parts[0]
    attribute = parts[-1]
    if (kind, attribute) in _VALUES:
        return _VALUES[(kind, attribute)]
    if attribute == "arn":
        service = kind.removeprefix("data.").removeprefix("aws_").split("_")[0]
        return _ARNS.get(kind, f"arn:aws:{service}:{REGION}:{ACCOUNT}:sample")
    if kind == "aws_s3_bucket":
        return "sample-bucket"
    return "sample"


def substitute(value: Any) -> Any:
    """`value` with every `${...}` reference replaced (recursively in dicts and lists); Terraform's
    `$${` escape becomes the literal `${` AWS receives."""
    if isinstance(value, str):
        text = REFERENCE.sub(
            lambda m: sample_for(m.group(1)) if not m.string[max(0, m.start() - 1) : m.start()] == "$" else m.group(0), value
        )
        return text.replace("$${", "${").replace("%%{", "%{")
    if isinstance(value, dict):
        return {k: substitute(v) for k, v in value.items()}
    if isinstance(value, list):
        return [substitute(v) for v in value]
    return value
