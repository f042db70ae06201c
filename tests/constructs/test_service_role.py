"""A service role's grants: one inline policy per role, every statement named after its purpose."""

from __future__ import annotations

import json
import os
import re

import pytest

pytestmark = pytest.mark.synth

READ = {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/in/*"}
LIST = {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::b"}
LOGS = {"Effect": "Allow", "Action": "logs:PutLogEvents", "Resource": "arn:aws:logs:eu-west-1:123456789012:log-group:x:*"}


def _role_policies(tmp_path, grants):
    os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
    from constructs_lib import cdk
    from constructs_lib.iam import ServiceRole

    app = cdk.App(outdir=str(tmp_path), stack_traces=False)
    stack = cdk.TerraformStack(app, "roles")
    cdk.AwsProvider(stack, "aws", region="eu-west-1")
    role = ServiceRole(stack, "job", name="job-role", service="sagemaker.amazonaws.com", account_id="123456789012", tags={})
    for purpose, statements in grants:
        role.add_policy(purpose, statements)
    app.synth()
    doc = json.loads((tmp_path / "stacks" / "roles" / "cdk.tf.json").read_text())
    return list(doc["resource"]["aws_iam_role_policy"].values())


CODE = {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/code/*"}
PASS = {
    "Effect": "Allow",
    "Action": "iam:PassRole",
    "Condition": {"StringEquals": {"iam:PassedToService": "sagemaker.amazonaws.com"}},
}


def test_all_grants_of_a_role_are_one_policy_with_a_sid_per_purpose(tmp_path):
    (policy,) = _role_policies(
        tmp_path,
        [("read-input_0", [READ, LIST]), ("write-logs", [LOGS]), ("read-code", [LIST | {"Action": "s3:ListAllMyBuckets"}])],
    )
    assert policy["name"] == "grants" and policy["role"].startswith("${aws_iam_role.")
    statements = json.loads(policy["policy"])["Statement"]
    assert [s["Sid"] for s in statements] == ["ReadInput01", "ReadInput02", "WriteLogs", "ReadCode"]
    assert [{k: v for k, v in s.items() if k != "Sid"} for s in statements] == [
        READ,
        LIST,
        LOGS,
        LIST | {"Action": "s3:ListAllMyBuckets"},
    ]
    assert all(re.fullmatch(r"[A-Za-z0-9]+", s["Sid"]) for s in statements)  # what IAM accepts in a Sid


def test_statements_with_the_same_action_and_condition_become_one_on_the_union_of_resources(tmp_path):
    """Same permissions in fewer characters (IAM's 10,240-character quota on a role's inline policies)."""
    (policy,) = _role_policies(
        tmp_path,
        [
            ("read-input_0", [READ, LIST]),
            ("read-code", [CODE]),
            ("run-step0", [PASS | {"Resource": "arn:aws:iam::123456789012:role/step0"}]),
            ("run-step1", [PASS | {"Resource": "arn:aws:iam::123456789012:role/step1"}]),
            ("run-step2", [PASS | {"Resource": "arn:aws:iam::123456789012:role/step0"}]),  # the same role again
            (
                "run-other",
                [
                    PASS
                    | {
                        "Resource": "arn:aws:iam::123456789012:role/x",
                        "Condition": {"StringEquals": {"iam:PassedToService": "states.amazonaws.com"}},
                    }
                ],
            ),
        ],
    )
    statements = {s["Sid"]: {k: v for k, v in s.items() if k != "Sid"} for s in json.loads(policy["policy"])["Statement"]}
    assert statements == {
        "ReadS3GetObject": READ
        | {"Resource": ["arn:aws:s3:::b/code/*", "arn:aws:s3:::b/in/*"]},  # sorted, at the first one's place
        "ReadInput02": LIST,
        "RunStepIamPassRole": PASS
        | {"Resource": ["arn:aws:iam::123456789012:role/step0", "arn:aws:iam::123456789012:role/step1"]},
        "RunOther": PASS
        | {
            "Resource": "arn:aws:iam::123456789012:role/x",
            "Condition": {"StringEquals": {"iam:PassedToService": "states.amazonaws.com"}},
        },
    }


def test_a_role_whose_grants_pass_iams_quota_is_refused_at_synth(tmp_path):
    """AWS refuses PutRolePolicy past 10,240 characters (LimitExceeded); better said at synth, naming the role."""
    grants = [
        (
            f"read-part{i}",
            [
                {
                    "Effect": "Allow",
                    "Action": f"s3:GetObject{'Version' * (i % 2)}",
                    "Resource": f"arn:aws:s3:::bucket-{i:03}/" + "p" * 80,
                    "Condition": {"StringEquals": {"aws:ResourceAccount": f"{i:012}"}},
                }
            ],
        )
        for i in range(60)
    ]
    with pytest.raises(
        ValueError, match=r"IAM role job-role: its inline policy would be about 10,[0-9]{3} characters .* quota of 10,240"
    ):
        _role_policies(tmp_path, grants)
    _role_policies(tmp_path, grants[:40])  # fewer grants fit


def test_purposes_that_spell_the_same_sid_still_get_unique_sids(tmp_path):
    """Node ids `input_1` and `input1` both give `ReadInput1`; IAM rejects a policy with a Sid twice."""
    (policy,) = _role_policies(tmp_path, [("read-input_1", [READ]), ("read-input1", [LIST])])
    sids = [s["Sid"] for s in json.loads(policy["policy"])["Statement"]]
    assert sids[0] == "ReadInput1" and len(set(sids)) == 2


def test_the_same_purpose_twice_is_refused(tmp_path):
    with pytest.raises(ValueError, match="already has a policy for 'read-code'"):
        _role_policies(tmp_path, [("read-code", [READ]), ("read-code", [LIST])])


def _app_with_role(tmp_path):
    os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
    from constructs_lib import cdk
    from constructs_lib.iam import ServiceRole

    app = cdk.App(outdir=str(tmp_path), stack_traces=False)
    stack = cdk.TerraformStack(app, "roles")
    cdk.AwsProvider(stack, "aws", region="eu-west-1")

    def role(construct_id):
        return ServiceRole(stack, construct_id, name=construct_id, service="states.amazonaws.com", account_id="1", tags={})

    return app, stack, role


def _sids_by_role(tmp_path):
    doc = json.loads((tmp_path / "stacks" / "roles" / "cdk.tf.json").read_text())
    return {
        p["role"].split(".")[1]: [s["Sid"] for s in json.loads(p["policy"])["Statement"]]
        for p in doc["resource"]["aws_iam_role_policy"].values()
    }


def test_grants_made_while_the_stack_synthesizes_are_written_too(tmp_path):
    """The policy is written at synth; a construct finalized at synth (the standalone facade's
    orchestrator) may still grant, to an existing role or to one it creates then."""
    from constructs_lib import cdk

    app, stack, role = _app_with_role(tmp_path)
    early = role("early")
    early.add_policy("read-code", [READ])

    def late_grants():
        early.add_policy("write-logs", [LOGS])
        role("late").add_policy("read-input", [READ])

    cdk.at_synth(cdk.Construct(stack, "finalized-at-synth"), late_grants)
    app.synth()
    sids = _sids_by_role(tmp_path)
    assert sorted(sids.values()) == [["ReadCode", "WriteLogs"], ["ReadInput"]], sids


def test_each_stack_writes_its_own_policies_in_apps_made_one_after_another(tmp_path):
    """The callbacks waiting for a stack's synthesis belong to that stack (its child `before-synth`):
    stacks of two apps, with the same names, never share them, however Python reuses object ids."""
    for i in range(3):
        out = tmp_path / str(i)
        app, stack, role = _app_with_role(out)
        role(f"r{i}").add_policy("read-code", [READ])
        assert stack.node.try_find_child("before-synth") is not None
        app.synth()
        assert [(name.split("_")[0], sids) for name, sids in _sids_by_role(out).items()] == [(f"r{i}", ["ReadCode"])]
        del app, stack, role


def test_a_role_without_grants_gets_no_policy(tmp_path):
    app, _, role = _app_with_role(tmp_path)
    role("idle")
    role("busy").add_policy("read-code", [READ])
    app.synth()
    assert list(_sids_by_role(tmp_path).values()) == [["ReadCode"]]


def test_merged_resources_do_not_depend_on_how_many_tokens_the_process_made_before():
    """A long-lived process (a test worker, a server) numbers its tokens higher: TOKEN.9 -> TOKEN.10 must not
    reorder a merged list, or one playbook synthesizes differently from one process to the next."""
    from constructs_lib.iam import merge_statements

    def merged(bucket: int, data: int) -> list[str]:
        grants = [
            {"Sid": "ReadCode", "Effect": "Allow", "Action": "s3:GetObject", "Resource": f"${{TfToken[TOKEN.{bucket}]}}/code/*"},
            {"Sid": "ReadRaw", "Effect": "Allow", "Action": "s3:GetObject", "Resource": f"${{TfToken[TOKEN.{data}]}}/data/*"},
        ]
        (statement,) = merge_statements(grants)
        return [r.split("}", 1)[1] for r in statement["Resource"]]

    assert merged(9, 12) == merged(10, 12) == merged(99, 100) == merged(100, 99) == ["/code/*", "/data/*"]
