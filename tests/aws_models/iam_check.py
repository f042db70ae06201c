"""Every IAM policy document a synthesized stack carries, linted with Parliament.

Parliament (duo-labs/parliament, pinned in pyproject.toml) checks each statement
against the IAM database of actions, resource types and condition keys: an action
that does not exist (`sagemaker:DescribeTrainingJobs`), a resource ARN that does not
fit the action (`s3:GetObject` on a bucket ARN), an unknown condition key, malformed
documents. Terraform references are replaced by values of the right form first
(placeholders.py), so ARN formats are checked as AWS would see them.

A finding is accepted only when listed in ACCEPTED with the reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from .placeholders import substitute

POLICY_ATTRIBUTES = ("policy", "assume_role_policy")

RESOURCE_POLICIES = ("assume_role_policy", "aws_kms_key.", "aws_s3_bucket_policy.", "aws_sqs_queue_policy.")


@dataclass(frozen=True)
class Accepted:
    """A finding accepted on purpose: which issue, where, and why (every entry is a decision)."""

    issue: str
    applies: Callable[[str, str], bool]  # (document address, finding detail as text) -> bool
    reason: str


ACCEPTED: tuple[Accepted, ...] = (
    Accepted(
        "RESOURCE_STAR",
        lambda address, detail: address.startswith(RESOURCE_POLICIES) or "assume_role_policy" in address,
        "Parliament lints identity policies; in a resource policy (key policy, bucket policy, trust policy) "
        'the resource is the one the policy is attached to, and AWS documents `"Resource": "*"` for key '
        "policies (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html).",
    ),
    Accepted(
        "RESOURCE_STAR",
        lambda address, detail: address.endswith("#JobNetworking") and "NetworkInterface" in detail,
        "SageMaker creates the job's network interfaces in its subnets at run time, so their ARNs are unknown "
        "when the role is written; AWS's documented policy for SageMaker jobs in a VPC grants these actions on "
        '"*" (https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html#sagemaker-roles-createprocessingjob-perms).',
    ),
    Accepted(
        "RESOURCE_MISMATCH",
        lambda address, detail: "states:" in detail and ":express:" in detail,
        "states:DescribeExecution/StopExecution take a standard execution ARN or an express one; these state "
        "machines are STANDARD (`.sync` integrations need them), so only `execution:NAME:*` applies. Parliament "
        "asks for every resource type the IAM reference lists.",
    ),
    Accepted(
        "UNKNOWN_CONDITION_FOR_ACTION",
        lambda address, detail: "kms:EncryptionContext:aws:logs:arn" in detail,
        "AWS's documented key policy statement for CloudWatch Logs puts kms:Describe* under the "
        "kms:EncryptionContext:aws:logs:arn condition "
        "(https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html); kept as documented.",
    ),
    Accepted(
        "MISMATCHED_TYPE",
        lambda address, detail: address.startswith("aws_kms_key.") and "ArnLike" in detail,
        "The same documented CloudWatch Logs statement matches the log group ARN in the encryption context "
        "with ArnLike, which AWS uses in that example; the key's IAM type is String.",
    ),
)


def policy_documents(stack: dict) -> Iterator[tuple[str, dict]]:
    """(resource address, policy document) for every policy attribute in a cdk.tf.json."""
    for rtype, resources in stack.get("resource", {}).items():
        for name, resource in resources.items():
            for attribute in POLICY_ATTRIBUTES:
                text = resource.get(attribute)
                if isinstance(text, str) and text.lstrip().startswith("{"):
                    document = json.loads(substitute(text))
                    if attribute == "assume_role_policy":
                        # A trust policy has no Resource (it is the role); give Parliament one so that it
                        # lints the actions and condition keys instead of stopping at MALFORMED.
                        for statement in document.get("Statement", []):
                            statement.setdefault("Resource", "*")
                    yield f"{rtype}.{name}.{attribute}", document


def document_text(document: dict) -> str:
    """The document as JSON with statement i on line i + 2, so a finding's line names its statement."""
    statements = document.get("Statement")
    if not isinstance(statements, list):
        return json.dumps(document)
    head = {k: v for k, v in document.items() if k != "Statement"}
    return (
        json.dumps(head)[:-1]
        + (", " if head else "")
        + '"Statement": [\n'
        + ",\n".join(json.dumps(s) for s in statements)
        + "\n]}"
    )


def findings(document: dict) -> list[Any]:
    from parliament import analyze_policy_string

    return analyze_policy_string(document_text(document), include_community_auditors=False).findings


def statement_address(address: str, document: dict, finding: Any) -> str:
    """`address#Sid` when the finding is about one statement that has a Sid (a role's one policy
    holds every grant, each statement named by its purpose: constructs_lib.iam.ServiceRole)."""
    line = finding.location.get("line") if isinstance(finding.location, dict) else None
    statements = document.get("Statement")
    if isinstance(line, int) and isinstance(statements, list) and 0 <= line - 2 < len(statements):
        sid = statements[line - 2].get("Sid") if isinstance(statements[line - 2], dict) else None
        if sid:
            return f"{address}#{sid}"
    return address


def lint_stack(stack: dict) -> tuple[int, list[str]]:
    """(documents linted, unaccepted findings as text)."""
    count, problems = 0, []
    for address, document in policy_documents(stack):
        count += 1
        for finding in findings(document):
            detail = finding.detail if isinstance(finding.detail, str) else json.dumps(finding.detail, default=str)
            where = statement_address(address, document, finding)
            if any(a.issue == finding.issue and a.applies(where, detail) for a in ACCEPTED):
                continue
            problems.append(f"{where}: {finding.issue} ({finding.severity}): {detail}")
    return count, problems
