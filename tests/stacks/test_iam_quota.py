"""IAM's quota on a role's inline policies (10,240 characters together, white space not counted) holds for a
flat generated pipeline of 100 nodes: every role of the synthesized stack is measured with the lengths AWS will
see (tests/aws_models/policy_size.py). Before statements were merged and job grants scoped to the pipeline
level, the orchestrator role passed it at about 15 nodes and AWS refused the deploy (LimitExceeded)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.generate import write_playbook
from deploy_runner.emulator_iam_quota import ROLE_INLINE_QUOTA
from tests.aws_models.policy_size import over_quota, role_sizes

from .conftest import stack_names

pytestmark = pytest.mark.synth


@pytest.fixture(scope="module")
def hundred_nodes(tmp_path_factory) -> dict:
    from playbooks import load_resolved
    from stacks.synth import synth_stacks

    root = tmp_path_factory.mktemp("quota")
    (stack,) = synth_stacks([load_resolved(str(write_playbook(root, 100, 1)))], ["dev"], root / "out")
    return json.loads((Path(stack.directory) / "cdk.tf.json").read_text())


def test_every_role_of_a_100_node_pipeline_fits_iams_quota(hundred_nodes):
    sizes = role_sizes(hundred_nodes)
    assert len(sizes) == 100  # the orchestrator and one role per preprocessing node: all measured
    assert over_quota(hundred_nodes) == []
    orchestrator = next(r for r in sizes if r.role.endswith("-orchestrator"))
    assert 5_000 < orchestrator.size <= ROLE_INLINE_QUOTA  # it grows with the nodes (one role ARN each)


def test_the_orchestrator_may_pass_exactly_the_roles_of_its_jobs(hundred_nodes):
    """Merging keeps iam:PassRole exact: the 99 preprocessing roles, no wildcard."""
    (policy,) = [p for p in hundred_nodes["resource"]["aws_iam_role_policy"].values() if "orchestrator" in p["role"]]
    (passes,) = [s for s in json.loads(policy["policy"])["Statement"] if s["Action"] == "iam:PassRole"]
    assert len(passes["Resource"]) == 99 and not any("*" in r for r in passes["Resource"])
    assert passes["Condition"] == {"StringEquals": {"iam:PassedToService": "sagemaker.amazonaws.com"}}


def _old_shape_stack(nodes: int) -> dict:
    """The orchestrator's grants as they were written before (one set of statements per node, each job prefix
    exact), for the same generated names: what the checker must flag."""
    prefix, account = "pb-dev-bench-n100-d1", "${data.aws_caller_identity.caller.account_id}"
    statements = []
    for i in range(nodes):
        statements += [
            {
                "Sid": f"RunL1Step{i}1",
                "Effect": "Allow",
                "Action": [
                    "sagemaker:CreateProcessingJob",
                    "sagemaker:DescribeProcessingJob",
                    "sagemaker:StopProcessingJob",
                    "sagemaker:AddTags",
                    "sagemaker:ListTags",
                ],
                "Resource": f"arn:aws:sagemaker:us-east-1:{account}:processing-job/{prefix}-l1-step{i}-prep-*",
            },
            {
                "Sid": f"RunL1Step{i}3",
                "Effect": "Allow",
                "Action": ["events:PutTargets", "events:PutRule", "events:DescribeRule"],
                "Resource": f"arn:aws:events:us-east-1:{account}:rule/StepFunctionsGetEventsForSageMakerProcessingJobsRule",
            },
            {
                "Sid": f"RunL1Step{i}2",
                "Effect": "Allow",
                "Action": "iam:PassRole",
                "Resource": f"${{aws_iam_role.step{i}.arn}}",
                "Condition": {"StringEquals": {"iam:PassedToService": "sagemaker.amazonaws.com"}},
            },
        ]
    roles = {f"step{i}": {"name": f"{prefix}-l1-step{i}-exec"} for i in range(nodes)}
    roles["orchestrator"] = {"name": f"{prefix}-orchestrator"}
    policy = {"role": "${aws_iam_role.orchestrator.id}", "policy": json.dumps({"Version": "2012-10-17", "Statement": statements})}
    return {"resource": {"aws_iam_role": roles, "aws_iam_role_policy": {"grants": policy}}}


def test_the_checker_flags_the_old_shape_with_the_real_role_names():
    (flagged,) = over_quota(_old_shape_stack(100))
    assert flagged.role == "pb-dev-bench-n100-d1-orchestrator" and flagged.size > 3 * ROLE_INLINE_QUOTA
    assert over_quota(_old_shape_stack(20)) != [] and over_quota(_old_shape_stack(10)) == []
    # references are measured at the length of the role's real ARN, not the reference's text
    small = role_sizes(_old_shape_stack(1))[0].size
    assert small > len("arn:aws:iam::123456789012:role/pb-dev-bench-n100-d1-l1-step0-exec")


@pytest.mark.parametrize("name", stack_names())
def test_every_role_of_every_library_and_fixture_stack_fits_iams_quota(synthesized, name):
    stack = json.loads((synthesized[name].directory / "cdk.tf.json").read_text())
    assert role_sizes(stack) and over_quota(stack) == []


def test_the_merged_grants_pass_the_iam_linter(hundred_nodes):
    from tests.aws_models.iam_check import lint_stack

    checked, problems = lint_stack(hundred_nodes)
    assert checked > 0 and problems == []
