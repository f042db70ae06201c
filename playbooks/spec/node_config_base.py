"""What every node config shares: the `NodeConfig` base and the formats fields are checked
against at validation time (what AWS would reject later anyway).

S3 URIs and bucket names, SageMaker instance types, schedule expressions, secret and key
ARNs, image URIs, environment variable names. Used by source_configs.py and node_configs.py.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

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

# IAM reads `*` and `?` in a Resource or `s3:prefix` condition as wildcards and `${...}` as a policy
# variable, and the project builds grants from these prefixes and URIs (`<bucket>/<prefix>*`): a `*`
# would grant the whole bucket. S3 keys rarely hold these characters, so they are refused, not escaped.
_IAM_WILDCARDS = re.compile(r"[*?]|\$\{")


def iam_wildcard_problem(value: str, what: str) -> str | None:
    """Why `value` (a prefix or S3 URI that ends up in an IAM policy) would widen a grant, or None."""
    found = _IAM_WILDCARDS.search(value)
    if found is None:
        return None
    return (
        f"{what} {value!r} contains {found.group()!r}, which IAM policies read as a wildcard or a policy variable, so "
        "the grant built from it would cover other objects; expected a literal key prefix without '*', '?' or '${'"
    )


def _literal_s3_uri(uri: str) -> str:
    problem = iam_wildcard_problem(uri, "S3 URI")
    if problem:
        raise ValueError(problem)
    return uri


def _kms_key_arn(arn: object) -> object:
    """A single key's ARN: IAM grants kms:Decrypt on exactly this resource, so wildcards and aliases are refused."""
    if isinstance(arn, str) and not re.match(KMS_KEY_ARN_RE, arn):
        raise ValueError(
            f"found {arn!r}; expected the ARN of one KMS key, arn:aws:kms:REGION:ACCOUNT_ID:key/KEY_ID (no wildcards, "
            "not an alias ARN): jobs are granted kms:Decrypt on exactly this resource"
        )
    return arn


def bucket_problem(bucket: str) -> str | None:
    """What S3's bucket naming rules say about `bucket` (docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html)."""
    if not 3 <= len(bucket) <= 63:
        size = f"{len(bucket)} character{'' if len(bucket) == 1 else 's'}"
        return f"the bucket name {bucket!r} is {size}; S3 bucket names are 3 to 63 characters long"
    if not re.match(r"^[a-z0-9.\-]+$", bucket):
        return f"the bucket name {bucket!r} has characters S3 does not allow; expected lowercase letters, digits, '.' and '-'"
    if not (bucket[0].isalnum() and bucket[-1].isalnum()):
        return f"the bucket name {bucket!r} must begin and end with a lowercase letter or digit"
    return None


def _s3_uri_bucket(value: object) -> object:
    if isinstance(value, str) and value.startswith("s3://"):
        problem = bucket_problem(value[len("s3://") :].partition("/")[0])
        if problem:
            raise ValueError(f"found {value!r}: {problem}")
    return value


def _bucket_name(value: object) -> object:
    problem = bucket_problem(value) if isinstance(value, str) else None
    if problem:
        raise ValueError(problem)
    return value


_WEEKDAYS = ("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")
CRON_FIELDS = ("minutes", "hours", "day-of-month", "month", "day-of-week", "year")


def _eventbridge_cron(value: object) -> object:
    """A Unix (5-field) or Quartz (7-field) cron gets the EventBridge form it meant, not just a pattern."""
    match = re.match(r"^\s*cron\(\s*(.*?)\s*\)\s*$", value) if isinstance(value, str) else None
    if match is None:
        return value
    fields = match.group(1).split()
    if len(fields) == 6:
        return value
    fix = ""
    if len(fields) == 5:
        minute, hour, dom, month, dow = fields
        if dow == "*":
            dow = "?"
        elif dom in ("*", "?"):
            dom = "?"
        # Unix cron numbers weekdays 0-7 from Sunday, EventBridge 1-7: names mean the same in both.
        dow = re.sub(r"(?<![/\d])[0-7](?!\d)", lambda m: _WEEKDAYS[int(m.group()) % 7], dow)
        fix = (
            f"; the Unix cron {' '.join(fields)} is cron({minute} {hour} {dom} {month} {dow} *) "
            "(a year field, and '?' in day-of-month or day-of-week)"
        )
    elif len(fields) == 7:
        fix = f"; drop the leading seconds field: cron({' '.join(fields[1:])})"
    raise ValueError(
        f"found {value!r} with {len(fields)} fields; EventBridge cron expressions have 6 ({' '.join(CRON_FIELDS)}){fix}"
    )


# A BeforeValidator after the Field runs first (it wraps what is to its left) and the schema keeps the pattern.
S3Uri = Annotated[str, Field(pattern=S3_URI_RE), BeforeValidator(_s3_uri_bucket), AfterValidator(_literal_s3_uri)]
KmsKeyArn = Annotated[str, Field(pattern=KMS_KEY_ARN_RE), BeforeValidator(_kms_key_arn)]
S3Bucket = Annotated[str, Field(pattern=S3_BUCKET_RE), BeforeValidator(_bucket_name)]
InstanceType = Annotated[str, Field(pattern=INSTANCE_TYPE_RE)]
ScheduleExpression = Annotated[str, Field(pattern=SCHEDULE_RE), BeforeValidator(_eventbridge_cron)]
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

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)  # built with the first node model that uses it
