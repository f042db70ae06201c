"""Emulator extension 14: IAM refuses a policy past its size quota, as AWS does.

AWS ("IAM and AWS STS quotas", https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html,
and the IAM FAQ it summarizes): "You can add as many inline policies as you want to an IAM user, role, or
group. But the total aggregate policy size (the sum size of all inline policies) per entity cannot exceed":
user 2,048, role 10,240, group 5,120 characters; a managed policy 6,144 characters; "IAM does not count
white space when calculating the size of a policy against these quotas".

What a refusal looks like (botocore's IAM model: `LimitExceeded`, HTTP 409, on PutRolePolicy/PutUserPolicy/
PutGroupPolicy/CreatePolicy/CreatePolicyVersion); the messages as AWS words them, quoted in real failures,
e.g. aws/aws-cdk#12403, gchq/sleeper#1459 ("Maximum policy size of 10240 bytes exceeded for role <name>"),
danvk/mapsnap#483 ("... for user <name>"), docker/docs#4685 ("Cannot exceed quota for PolicySize: 5120",
the managed quota of that time).

moto 5.2.5 knows these numbers (`AccountSummary`: RolePolicySizeQuota 10240, PolicySizeQuota 6144, ...)
but never checks them: `IAMBackend.put_role_policy` validates the document's grammar and stores it
(moto/iam/models.py), so a role that AWS would refuse deployed locally. Here each write is checked before
moto stores it. Not honoured: the group message wording is assumed by analogy with role and user (not seen
quoted); the 2,048-character trust policy quota (adjustable per account) is not checked.
"""

from __future__ import annotations

import re
from typing import Any

ROLE_INLINE_QUOTA = 10_240
USER_INLINE_QUOTA = 2_048
GROUP_INLINE_QUOTA = 5_120
MANAGED_POLICY_QUOTA = 6_144

_WHITESPACE = re.compile(r"\s")


def policy_size(document: str) -> int:
    """Characters IAM counts against the quota: every character but white space."""
    return len(_WHITESPACE.sub("", document))


def aggregate_after_put(existing: dict[str, str], policy_name: str, document: str) -> int:
    """The entity's inline total once `policy_name` is (re)written: a put replaces a policy of that name."""
    others = sum(policy_size(text) for name, text in existing.items() if name != policy_name)
    return others + policy_size(document)


def install() -> None:
    from moto.iam.exceptions import LimitExceededException
    from moto.iam.models import IAMBackend

    if getattr(IAMBackend, "_playbook_quota_checked", False):  # installed once per process
        return
    IAMBackend._playbook_quota_checked = True  # type: ignore[attr-defined]

    original_role = IAMBackend.put_role_policy
    original_user = IAMBackend.put_user_policy
    original_group = IAMBackend.put_group_policy
    original_create = IAMBackend.create_policy
    original_version = IAMBackend.create_policy_version

    def check_inline(entity: Any, kind: str, quota: int, policy_name: str, document: str) -> None:
        if aggregate_after_put(entity.policies, policy_name, document) > quota:
            raise LimitExceededException(f"Maximum policy size of {quota} bytes exceeded for {kind} {entity.name}")

    def check_managed(document: str) -> None:
        if policy_size(document) > MANAGED_POLICY_QUOTA:
            raise LimitExceededException(f"Cannot exceed quota for PolicySize: {MANAGED_POLICY_QUOTA}")

    def put_role_policy(self: Any, role_name: str, policy_name: str, policy_json: str) -> None:
        check_inline(self.get_role(role_name), "role", ROLE_INLINE_QUOTA, policy_name, policy_json)
        original_role(self, role_name, policy_name, policy_json)

    def put_user_policy(self: Any, user_name: str, policy_name: str, policy_json: str) -> None:
        check_inline(self.get_user(user_name), "user", USER_INLINE_QUOTA, policy_name, policy_json)
        original_user(self, user_name, policy_name, policy_json)

    def put_group_policy(self: Any, group_name: str, policy_name: str, policy_json: str) -> None:
        check_inline(self.get_group(group_name), "group", GROUP_INLINE_QUOTA, policy_name, policy_json)
        original_group(self, group_name, policy_name, policy_json)

    def create_policy(self: Any, description: str, path: str, policy_document: str, *args: Any, **kwargs: Any) -> Any:
        check_managed(policy_document)
        return original_create(self, description, path, policy_document, *args, **kwargs)

    def create_policy_version(self: Any, policy_arn: str, policy_document: str, *args: Any, **kwargs: Any) -> Any:
        check_managed(policy_document)
        return original_version(self, policy_arn, policy_document, *args, **kwargs)

    IAMBackend.put_role_policy = put_role_policy  # type: ignore[method-assign]
    IAMBackend.put_user_policy = put_user_policy  # type: ignore[method-assign]
    IAMBackend.put_group_policy = put_group_policy  # type: ignore[method-assign]
    IAMBackend.create_policy = create_policy  # type: ignore[method-assign]
    IAMBackend.create_policy_version = create_policy_version  # type: ignore[method-assign]
