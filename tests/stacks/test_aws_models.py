"""Every synthesized stack (the example library and the construct fixtures, dev and
local) checked against AWS's own models: each Task request of each state machine against
botocore's service model (with `.$` paths resolved on sample data), each IAM policy document
with Parliament. The checkers live in tests/aws_models/; the mutation tests below show that a
wrong field name, a wrong type, a broken path or an unknown IAM action fails."""

from __future__ import annotations

import copy
import json

import pytest

from tests.aws_models.asl_check import check_stack
from tests.aws_models.iam_check import lint_stack
from tests.aws_models.placeholders import substitute

from .conftest import stack_names

pytestmark = pytest.mark.synth
STACKS = stack_names()


def machines_of(stack: dict) -> dict[str, dict]:
    return {
        m["name"]: json.loads(substitute(m["definition"]))
        for m in stack.get("resource", {}).get("aws_sfn_state_machine", {}).values()
    }


def load(synthesized, name: str) -> dict:
    return json.loads((synthesized[name].directory / "cdk.tf.json").read_text())


@pytest.mark.parametrize("name", STACKS)
def test_every_task_request_fits_the_botocore_model(synthesized, name):
    checker = check_stack(machines_of(load(synthesized, name)))
    assert checker.problems == []
    tasks = sum(json.dumps(d).count('"Type": "Task"') for d in machines_of(load(synthesized, name)).values())
    assert checker.requests == tasks  # every Task was reached and validated (none skipped by a broken path)


@pytest.mark.parametrize("name", STACKS)
def test_every_policy_document_passes_parliament(synthesized, name):
    count, problems = lint_stack(load(synthesized, name))
    assert count > 0 and problems == []


# -- the checkers fail where AWS would -------------------------------------------------------------


@pytest.fixture(scope="module")
def probe(synthesized):
    return load(synthesized, "params-probe-dev")


def _find(definition: dict, predicate):
    for state in definition["States"].values():
        if predicate(state):
            return state
        for branch in state.get("Branches", []):
            found = _find(branch, predicate)
            if found is not None:
                return found
    return None


def _mutated(stack: dict, change) -> list[str]:
    machines = copy.deepcopy(machines_of(stack))
    root = next(d for n, d in machines.items() if n.endswith("params-probe-orchestrator"))
    change(root)
    return check_stack(machines).problems


def _training(root):
    return _find(root, lambda s: "createTrainingJob" in s.get("Resource", ""))


@pytest.mark.parametrize(
    "change, expected",
    [
        (
            lambda root: _training(root)["Parameters"].__setitem__(
                "TrainingJobNmae.$", _training(root)["Parameters"].pop("TrainingJobName.$")
            ),
            'Unknown parameter in input: "TrainingJobNmae"',
        ),
        (
            lambda root: _training(root)["Parameters"]["ResourceConfig"].__setitem__("InstanceCount", "1"),
            "Invalid type for parameter ResourceConfig.InstanceCount",
        ),
        (
            lambda root: _training(root)["Parameters"]["HyperParameters"].__setitem__("objective", 1),
            "Invalid type for parameter HyperParameters.objective",
        ),
        (
            lambda root: _training(root)["Parameters"]["ResourceConfig"].__setitem__("InstanceType", "ml.m5.huge"),
            "ResourceConfig.InstanceType: 'ml.m5.huge' is not one of the API's values",
        ),
        (
            lambda root: _find(root, lambda s: "createModel" in s.get("Resource", ""))["Parameters"].__setitem__(
                "ModelName.$", "$.nodes.trian.job_name"
            ),
            "JSONPath '$.nodes.trian.job_name' matches nothing",
        ),
        (
            lambda root: _training(root)["Parameters"]["HyperParameters"].__setitem__(
                "num_round.$", "States.Format('{} {}', $.params.epochs)"
            ),
            "has 2 placeholders for 1 arguments",
        ),
        (lambda root: _training(root)["Parameters"].pop("RoleArn"), 'Missing required parameter in input: "RoleArn"'),
    ],
)
def test_a_wrong_request_fails_the_check(probe, change, expected):
    problems = _mutated(probe, change)
    assert any(expected in p for p in problems), problems


def test_an_unknown_iam_action_or_wrong_resource_fails_the_lint(probe):
    stack = copy.deepcopy(probe)
    # the orchestrator's grant to run the training job (purpose `run-train`: Sids RunTrain1, RunTrain2, ...)
    policy = next(r for r in stack["resource"]["aws_iam_role_policy"].values() if '"Sid": "RunTrain1"' in r["policy"])
    document = json.loads(policy["policy"])
    run_train = next(s for s in document["Statement"] if s["Sid"] == "RunTrain1")
    run_train["Action"] = ["sagemaker:CreateTrainingJob", "sagemaker:DescribeTrainingJobs"]
    document["Statement"].append({"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::only-a-bucket"})
    policy["policy"] = json.dumps(document)
    _, problems = lint_stack(stack)
    assert any("UNKNOWN_ACTION" in p and "sagemaker:DescribeTrainingJobs" in p for p in problems), problems
    assert any("RESOURCE_MISMATCH" in p and "s3:GetObject" in p for p in problems), problems
