"""Each role's inline policies measured as IAM counts them against its 10,240-character quota.

AWS: "the total aggregate policy size (the sum size of all inline policies) per entity cannot
exceed ... Role policy size cannot exceed 10,240 characters ... IAM does not count white space"
(https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html). Terraform references
are replaced by values of the length AWS will put there: a role's or bucket's ARN from the name the
stack gives it (our names are literal in the JSON), other references by placeholders.py's samples
(account 123456789012, us-east-1, a KMS key ARN...).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from deploy_runner.emulator_iam_quota import ROLE_INLINE_QUOTA, policy_size

from .placeholders import ACCOUNT, REFERENCE, substitute


@dataclass(frozen=True)
class RoleSize:
    role: str  # the role's name (or its Terraform address when the name is not literal)
    size: int

    @property
    def over_quota(self) -> bool:
        return self.size > ROLE_INLINE_QUOTA


def _named_arns(stack: dict) -> dict[str, str]:
    """`aws_iam_role.X.arn` / `aws_s3_bucket.X.arn` -> the ARN AWS will give, where the name is literal."""
    arns = {}
    for name, role in stack.get("resource", {}).get("aws_iam_role", {}).items():
        if isinstance(role.get("name"), str) and "${" not in role["name"]:
            arns[f"aws_iam_role.{name}.arn"] = f"arn:aws:iam::{ACCOUNT}:role/{role['name']}"
    for name, bucket in stack.get("resource", {}).get("aws_s3_bucket", {}).items():
        if isinstance(bucket.get("bucket"), str) and "${" not in bucket["bucket"]:
            arns[f"aws_s3_bucket.{name}.arn"] = f"arn:aws:s3:::{bucket['bucket']}"
    return arns


def realistic(stack: dict, text: str) -> str:
    named = _named_arns(stack)
    text = REFERENCE.sub(lambda m: named.get(m.group(1), m.group(0)), text)
    return substitute(text)


def role_sizes(stack: dict) -> list[RoleSize]:
    """Every role of a cdk.tf.json with the counted size of its inline policies together, largest first."""
    roles = stack.get("resource", {}).get("aws_iam_role", {})
    totals: dict[str, int] = {}
    for policy in stack.get("resource", {}).get("aws_iam_role_policy", {}).values():
        role_ref = policy["role"]
        match = re.fullmatch(r"\$\{aws_iam_role\.([^.}]+)\.(?:id|name)\}", role_ref)
        role = roles.get(match.group(1), {}).get("name", match.group(1)) if match else role_ref
        totals[role] = totals.get(role, 0) + policy_size(json.dumps(json.loads(realistic(stack, policy["policy"]))))
    for address, role in roles.items():  # inline_policy blocks on the role itself count too
        for block in role.get("inline_policy", []) or []:
            name = role.get("name", address)
            totals[name] = totals.get(name, 0) + policy_size(realistic(stack, block.get("policy", "")))
    return sorted((RoleSize(r, s) for r, s in totals.items()), key=lambda r: -r.size)


def over_quota(stack: dict) -> list[RoleSize]:
    return [r for r in role_sizes(stack) if r.over_quota]
