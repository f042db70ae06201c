"""IAM wiring: service roles and grant functions scoped to the pipeline's own resources.

Constructs never write policies for each other by hand: the producer of a
resource exposes an artifact (Dataset, Model, ARNs) and a `grant_*` function
adds exactly the statements a consumer role needs on it.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any, Protocol

from . import cdk
from .artifacts import Dataset


def policy_document(statements: list[dict[str, Any]]) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": statements})


class PolicyTarget(Protocol):
    """What a grant needs of a role: a way to attach a policy. ServiceRole is one; so is a team's own role
    seen through external_grants.ExternalRole."""

    def add_policy(self, purpose: str, statements: list[dict[str, Any]]) -> None: ...


def statement_id(purpose: str) -> str:
    """The Sid a purpose gives its statements: `read-input_0` -> `ReadInput0`.

    IAM allows only ASCII letters and digits in a Sid, and a Sid must be unique within one
    policy (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html);
    a purpose with several statements numbers them (`ReadCode1`, `ReadCode2`, ...).
    """
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", purpose))


# IAM's quota on the aggregate of a role's inline policies, white space not counted
# (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html). AWS refuses a larger
# PutRolePolicy with LimitExceeded; the emulator does too (deploy_runner/emulator_iam_quota.py).
ROLE_INLINE_POLICY_QUOTA = 10_240
# A Terraform reference in a statement (`${TfToken[TOKEN.n]}` at synth) becomes an ARN, a partition, a region
# or an account id at apply; counted as 64 characters, about a role ARN of ours (`arn:aws:iam::<12>:role/` + a
# ~35-character name). An estimate for the synth-time error only: tests/aws_models/policy_size.py measures the
# synthesized stacks with the real names.
_TOKEN = re.compile(r"\$\{Token\[[^\]]*\]\}|\$\{TfToken\[[^\]]*\]\}")
_TOKEN_CHARS = 64
_MERGEABLE_KEYS = {"Sid", "Effect", "Action", "Resource", "Condition"}


def estimated_policy_size(statements: list[dict[str, Any]]) -> int:
    text = re.sub(r"\s", "", policy_document(statements))
    return len(_TOKEN.sub("x" * _TOKEN_CHARS, text))


def merge_statements(statements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Statements with the same Effect, Action and Condition as one statement on the sorted union of their resources.

    Sorted with each unresolved reference (`${TfToken[TOKEN.n]}`) read as equal, ties in the order the grants
    came: a token's number depends on how many tokens the process made before (a long-lived process, such
    as a test worker, crossed from TOKEN.9999 to TOKEN.10000 and reordered a list), so sorting by it would
    make the same playbook synthesize differently.

    Same permissions, fewer characters: a pipeline level runs many nodes of one kind, and each node's grant
    repeats the same actions on its own job prefix, role or rule. Without this the orchestrator role passes
    IAM's 10,240-character quota at about 15 flat nodes. Resources stay exact (no wildcard is widened here).
    A statement kept alone keeps its Sid (its purpose); a merged one is named by what its purposes share
    and its first action (`RunL1Step` + `IamPassRole` -> `RunL1StepIamPassRole`).
    """
    groups: dict[str, list[dict[str, Any]]] = {}
    for number, statement in enumerate(statements):
        if set(statement) - _MERGEABLE_KEYS or "Resource" not in statement:
            key = f"#{number}"  # NotAction, NotResource, Principal...: kept as written
        else:
            key = json.dumps([statement.get("Effect"), statement.get("Action"), statement.get("Condition")], sort_keys=True)
        groups.setdefault(key, []).append(statement)
    merged: list[dict[str, Any]] = []
    used: set[str] = set()
    for members in groups.values():
        if len(members) == 1:
            merged.append(members[0])
            used.add(members[0].get("Sid", ""))
            continue
        first_seen: dict[str, int] = {}
        for member in members:
            value = member["Resource"]
            for resource in [value] if isinstance(value, str) else value:
                first_seen.setdefault(resource, len(first_seen))
        ordered = sorted(first_seen, key=lambda r: (_TOKEN.sub("${}", r), first_seen[r]))
        statement = {k: v for k, v in members[0].items() if k != "Sid"}
        statement["Resource"] = ordered[0] if len(ordered) == 1 else ordered
        sid = _merged_sid([m.get("Sid", "") for m in members], statement["Action"])
        while sid in used:
            sid += "X"
        used.add(sid)
        merged.append({"Sid": sid, **statement})
    return merged


def _merged_sid(sids: list[str], action: str | list[str]) -> str:
    shared = os.path.commonprefix(sids).rstrip("0123456789")
    first = action if isinstance(action, str) else action[0]
    return shared + statement_id(first.replace(":", "-"))


class ServiceRole(cdk.Construct):
    """An IAM role assumable by one AWS service, confined to this account.

    Grants are added with `add_policy(purpose, statements)`. They all go into one inline
    policy (`grants`), each statement with a Sid from its purpose (`read-events` ->
    `ReadEvents`), so the policy still reads as a log of who may do what. The policy is
    written once, when the stack synthesizes and every grant is known. One policy per role
    instead of one per grant: fewer Terraform resources (and PutRolePolicy/GetRolePolicy
    calls at apply and refresh) and fewer jsii round trips at synth. IAM's size quota
    (10,240 characters without whitespace) is on the aggregate of a role's inline policies
    (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html), so merging
    does not make it tighter: it saves the repeated `Version`/`Statement` wrappers and adds the Sids.
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
        self._role_name = name  # literal, for error messages (self.name is the Terraform reference)
        self._arn: str | None = None
        self._name: str | None = None
        self._purposes: set[str] = set()
        self._statements: list[dict[str, Any]] = []
        self._sids: set[str] = set()
        self._size_bound = 0  # counted characters the policy cannot exceed (see add_policy)
        self._policy: Any = None  # the one inline policy, written when the stack synthesizes
        self._scheduled = False

    # Read on first use: every attribute read is a round trip to the jsii kernel, and most roles
    # never need their name.
    @property
    def arn(self) -> str:
        if self._arn is None:
            self._arn = self.role.arn
        return self._arn

    @property
    def name(self) -> str:
        if self._name is None:
            self._name = self.role.name
        return self._name

    def add_policy(self, purpose: str, statements: list[dict[str, Any]]) -> None:
        if purpose in self._purposes:  # same grant twice: merge-free, so refuse rather than shadow
            raise ValueError(f"role already has a policy for {purpose!r}")
        self._purposes.add(purpose)
        base = statement_id(purpose)
        for number, statement in enumerate(statements, start=1):
            sid = base if len(statements) == 1 else f"{base}{number}"
            while sid in self._sids:  # `input_1` and `input1` both give `Input1`: keep Sids unique, as IAM requires
                sid += "X"
            self._sids.add(sid)
            self._statements.append({"Sid": sid, **statement})
        # An upper bound grows with each grant (merging only shortens); the merged size is worked out only
        # when the bound passes the quota, so small roles never merge here and a 100-node orchestrator
        # merges ~15 times, not once per grant (that was ~2 ms per node at synth).
        self._size_bound += estimated_policy_size(self._statements[-len(statements) :]) if statements else 0
        if self._size_bound > ROLE_INLINE_POLICY_QUOTA:
            self._size_bound = estimated_policy_size(merge_statements(self._statements))
        if self._size_bound > ROLE_INLINE_POLICY_QUOTA:
            size = self._size_bound
            raise ValueError(
                f"IAM role {self._role_name}: its inline policy would be about {size:,} characters (white space not "
                f"counted), over IAM's quota of {ROLE_INLINE_POLICY_QUOTA:,} for a role's inline policies together; "
                f"AWS would refuse it at deploy (LimitExceeded). The last grant was {purpose!r}. A pipeline level "
                "with fewer nodes (move some into a nested pipeline: it gets its own orchestrator role) fits."
            )
        if self._policy is not None:  # a grant made at synth, after the policy was written
            self._policy.policy = policy_document(merge_statements(self._statements))
        elif not self._scheduled:
            # Written once, when every grant is known: one jsii create per role instead of a
            # create or a property write per grant (each a round trip to the Node.js kernel).
            self._scheduled = True
            cdk.before_stack_synth(self, self._write_policy)

    def _write_policy(self) -> None:
        document = policy_document(merge_statements(self._statements))
        self._policy = cdk.IamRolePolicy(self, "grants", name="grants", role=self.role.id, policy=document)


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
