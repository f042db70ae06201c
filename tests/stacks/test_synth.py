"""What `playbook synth` / `cdktf synth` produce for every example playbook and construct fixture."""

from __future__ import annotations

import json
import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from .conftest import stack_names


def newest_published(name: str) -> str:
    """The version `name` alone resolves to today (so publishing a new example version keeps this test true)."""
    from playbooks import Library

    return str(Library.open().versions(name)[-1])


pytestmark = pytest.mark.synth

STACKS = stack_names()

# Terraform type -> (attribute holding the AWS name, limit key in constructs_lib.naming.LIMITS)
NAMED_RESOURCES = {
    "aws_s3_bucket": ("bucket", "s3_bucket"),
    "aws_iam_role": ("name", "iam_role"),
    "aws_sfn_state_machine": ("name", "sfn_state_machine"),
    "aws_lambda_function": ("function_name", "lambda"),
    "aws_sagemaker_model": ("name", "sagemaker"),
    "aws_sagemaker_endpoint_configuration": ("name", "sagemaker"),
    "aws_sagemaker_endpoint": ("name", "sagemaker"),
    "aws_sqs_queue": ("name", "sqs"),
    "aws_scheduler_schedule": ("name", "scheduler"),
    "aws_rds_cluster": ("cluster_identifier", "rds_identifier"),
    "aws_rds_cluster_instance": ("identifier", "rds_identifier"),
    "aws_db_instance": ("identifier", "rds_identifier"),
    "aws_cloudwatch_log_group": ("name", "log_group"),
    "aws_ssm_parameter": ("name", "ssm_parameter"),
    "aws_security_group": ("name", "security_group"),
}
JOB_PREFIX = re.compile(r"States\.Format\('([^']*)-\{\}', \$\.run_id\)")


def load(synthesized: dict, name: str) -> dict:
    return json.loads((synthesized[name].directory / "cdk.tf.json").read_text())


@pytest.mark.parametrize("name", STACKS)
def test_synthesized_json_matches_snapshot(synthesized, snapshot, name):
    assert load(synthesized, name) == snapshot


def test_every_stack_is_synthesized(synthesized):
    assert sorted(synthesized) == sorted(STACKS)


def test_json_holds_no_machine_specific_paths(synthesized):
    for stack in synthesized.values():
        text = (stack.directory / "cdk.tf.json").read_text()
        assert str(stack.directory.parent.parent.parent) not in text, stack.name
        assert "/work/" not in text and "/tmp/" not in text and "/home/" not in text, stack.name


def test_contract_outputs_exist(synthesized):
    for name in STACKS:
        outputs = load(synthesized, name)["output"]
        for key in ("playbook_name", "playbook_version", "playbook_digest", "environment", "artifact_bucket", "orchestrator_arn"):
            assert key in outputs, f"{name} lacks output {key}"


def test_resource_names_unique_and_within_aws_limits(synthesized):
    from constructs_lib.naming import LIMITS

    for env in ("dev", "local"):
        seen: Counter = Counter()
        for name in [n for n in STACKS if n.endswith(f"-{env}")]:
            doc = load(synthesized, name)
            for rtype, (attribute, limit_key) in NAMED_RESOURCES.items():
                for resource in doc.get("resource", {}).get(rtype, {}).values():
                    value = resource[attribute]
                    assert len(value) <= LIMITS[limit_key], f"{name}: {rtype} name {value!r} exceeds {LIMITS[limit_key]}"
                    seen[(rtype, value)] += 1
            for machine in doc.get("resource", {}).get("aws_sfn_state_machine", {}).values():
                for prefix in JOB_PREFIX.findall(machine["definition"]):
                    assert len(prefix) + 9 <= 63, f"{name}: SageMaker run-scoped name {prefix!r}-<run id> exceeds 63"
        duplicates = [key for key, count in seen.items() if count > 1]
        assert not duplicates, f"names used twice across {env} stacks: {duplicates}"


def test_child_used_twice_gets_its_own_orchestrator_and_names(synthesized):
    doc = load(synthesized, "ab-test-scoring-dev")
    machines = {m["name"]: m for m in doc["resource"]["aws_sfn_state_machine"].values()}
    assert "pb-dev-ab-test-scoring-short-window-orchestrator" in machines
    assert "pb-dev-ab-test-scoring-long-window-orchestrator" in machines
    # each child runs its own nested data-quality pipeline
    assert "pb-dev-ab-test-scoring-short-window-quality-orchestrator" in machines
    assert "pb-dev-ab-test-scoring-long-window-quality-orchestrator" in machines
    root = json.loads(machines["pb-dev-ab-test-scoring-orchestrator"]["definition"])
    nested = [s for s in all_states(root) if s.get("Comment", "").startswith("Nested pipeline feature-prep")]
    assert len(nested) == 2
    assert {s["Parameters"]["Input"]["inputs"]["raw"]["s3_uri"] for s in nested} == {
        "s3://${aws_s3_bucket.pipeline_sessions_bucket_6296929B.bucket}/data/"
    }


def test_three_level_nesting_passes_locations_across_boundaries(synthesized):
    doc = load(synthesized, "fraud-detection-dev")
    machines = {m["name"]: json.loads(m["definition"]) for m in doc["resource"]["aws_sfn_state_machine"].values()}
    assert set(machines) >= {
        "pb-dev-fraud-detection-orchestrator",
        "pb-dev-fraud-detection-features-orchestrator",
        "pb-dev-fraud-detection-features-quality-orchestrator",
        "pb-dev-fraud-detection-labelling-orchestrator",
    }
    deepest = machines["pb-dev-fraud-detection-features-quality-orchestrator"]
    process = next(s for s in deepest["States"].values() if s.get("Resource", "").endswith("createProcessingJob.sync"))
    raw = next(i for i in process["Parameters"]["ProcessingInputs"] if i["InputName"] == "raw")
    assert raw["S3Input"]["S3Uri.$"] == "$.inputs.raw.s3_uri"  # read from the parent's execution input


def test_local_environment_points_every_service_at_the_endpoint_variable(synthesized):
    doc = load(synthesized, "every-node-kind-local")
    provider = doc["provider"]["aws"][0]
    assert set(provider["endpoints"][0].values()) == {"${var.aws_endpoint_url}"}
    assert provider["skip_credentials_validation"] is True and provider["s3_use_path_style"] is True
    assert "aws_endpoint_url" in doc["variable"]


def test_every_taggable_resource_carries_playbook_tags(synthesized):
    doc = load(synthesized, "churn-prediction-dev")
    assert doc["provider"]["aws"][0]["default_tags"][0]["tags"] == {
        "cost-center": "cc-1042",
        "environment": "dev",
        "playbook": "churn-prediction",
        "playbook-version": newest_published("churn-prediction"),
        "team": "growth",
    }
    for rtype in ("aws_s3_bucket", "aws_iam_role", "aws_sfn_state_machine", "aws_kms_key", "aws_cloudwatch_log_group"):
        for resource in doc["resource"][rtype].values():
            assert resource["tags"]["playbook"] == "churn-prediction", rtype


def test_no_database_password_in_json(synthesized):
    doc = load(synthesized, "every-node-kind-dev")
    for rtype in ("aws_rds_cluster", "aws_db_instance"):
        for resource in doc["resource"][rtype].values():
            assert resource["manage_master_user_password"] is True
            assert "master_password" not in resource and "password" not in resource


@pytest.mark.terraform
@pytest.mark.parametrize("name", STACKS)
def test_terraform_validate(synthesized, terraform_env, name):
    directory = synthesized[name].directory
    init = subprocess.run(
        ["terraform", "init", "-backend=false", "-input=false", "-no-color"],
        cwd=directory,
        env=terraform_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert init.returncode == 0, init.stderr
    validate = subprocess.run(
        ["terraform", "validate", "-json"], cwd=directory, env=terraform_env, capture_output=True, text=True, timeout=300
    )
    result = json.loads(validate.stdout)
    assert result["valid"], result["diagnostics"]


@pytest.mark.terraform
@pytest.mark.parametrize("name", [n for n in STACKS if n.endswith("-dev")])
def test_checkov_finds_nothing_beyond_the_documented_skips(synthesized, name):
    from stacks.environments import load_environments
    from stacks.policy import skipped_checks

    skips = skipped_checks(load_environments()["dev"].deletion_protection)
    checkov = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "checkov"
    run = subprocess.run(
        [
            str(checkov),
            "-f",
            "cdk.tf.json",
            "--framework",
            "terraform_json",
            "--quiet",
            "--compact",
            "-o",
            "json",
            "--skip-check",
            ",".join(sorted(skips)),
        ],
        cwd=synthesized[name].directory,
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(run.stdout)
    report = report[0] if isinstance(report, list) else report
    failed = report.get("results", {}).get("failed_checks", []) if "results" in report else []
    assert not failed, [(f["check_id"], f["resource"]) for f in failed]
    assert report.get("summary", {}).get("parsing_errors", 0) == 0


def all_states(definition: dict) -> list[dict]:
    """Every state, including those inside Parallel branches (independent nodes run there)."""
    found = []
    for state in definition["States"].values():
        found.append(state)
        for branch in state.get("Branches", []):
            found += all_states(branch)
    return found


def _reachable(definition: dict) -> set[str]:
    seen, todo = set(), [definition["StartAt"]]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        state = definition["States"][name]
        todo += [state["Next"]] if "Next" in state else []
        todo += [c["Next"] for c in state.get("Choices", [])] + ([state["Default"]] if "Default" in state else [])
        todo += [c["Next"] for c in state.get("Catch", [])]
    return seen


def _path_parameters(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key.endswith(".$"):
                yield key, item
            else:
                yield from _path_parameters(item)
    elif isinstance(value, list):
        for item in value:
            yield from _path_parameters(item)


def test_state_machines_are_well_formed(synthesized):
    from deploy_runner.emulator_sfn_definitions import validate_asl

    for name in [n for n in STACKS if n.endswith("-dev")]:
        for machine in load(synthesized, name)["resource"]["aws_sfn_state_machine"].values():
            definition = json.loads(machine["definition"])
            assert validate_asl(machine["definition"]) == [], machine["name"]
            assert _reachable(definition) == set(definition["States"]), f"{machine['name']}: unreachable states"
            for state in all_states(definition):
                if state["Type"] == "Task":
                    assert state["Resource"].startswith("arn:aws:states:::"), state["Resource"]
                for key, path in _path_parameters(state.get("Parameters", {})):
                    assert path.startswith(("$", "States.")), f"{machine['name']}: {key}={path!r}"
