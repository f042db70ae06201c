"""Environment settings change what is synthesized: backend, protection, emulator endpoints."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from stacks.environments import EnvironmentError_, load_environments, select_environments

REPO = Path(__file__).resolve().parents[2]


def test_repo_environments_are_valid():
    environments = load_environments()
    assert {"dev", "staging", "prod", "local"} <= set(environments)
    assert environments["local"].emulator and not environments["prod"].emulator


def test_unknown_environment_is_named_with_the_choices():
    with pytest.raises(EnvironmentError_, match="unknown environment.*qa.*expected one of: dev"):
        select_environments(["qa"])


def test_bad_environment_file_names_the_entry(tmp_path):
    bad = tmp_path / "environments.yaml"
    bad.write_text("environments:\n  dev: {region: mars-1, naming_prefix: pb}\n")
    with pytest.raises(EnvironmentError_, match="environments.dev"):
        load_environments(bad)


@pytest.mark.synth
@pytest.mark.terraform
def test_prod_uses_s3_state_with_locking_protects_databases_and_passes_policy_scan(synthesized, tmp_path):
    from playbooks import load_resolved
    from stacks.policy import skipped_checks
    from stacks.synth import synth_stacks

    (stack,) = synth_stacks([load_resolved("tests/constructs/playbooks/every-node-kind.yaml")], ["prod"], tmp_path)
    doc = json.loads((stack.directory / "cdk.tf.json").read_text())
    assert doc["terraform"]["backend"] == {
        "s3": {
            "bucket": "ml-playbooks-terraform-state",
            "encrypt": True,
            "key": "prod/every-node-kind-prod/terraform.tfstate",
            "region": "eu-west-1",
            "use_lockfile": True,
        }
    }
    assert all(r["deletion_protection"] is True for r in doc["resource"]["aws_rds_cluster"].values())
    assert all(r["deletion_protection"] is True for r in doc["resource"]["aws_db_instance"].values())
    assert all(r["force_destroy"] is False for r in doc["resource"]["aws_s3_bucket"].values())
    skips = skipped_checks(deletion_protection=True)
    run = subprocess.run(
        [
            str(REPO / ".venv" / "bin" / "checkov"),
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
        cwd=stack.directory,
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(run.stdout)
    report = report[0] if isinstance(report, list) else report
    failed = report.get("results", {}).get("failed_checks", []) if "results" in report else []
    assert not failed, [(f["check_id"], f["resource"]) for f in failed]


@pytest.mark.synth
def test_an_environment_profile_and_role_reach_the_provider_and_the_state_backend(tmp_path):
    from playbooks import load_resolved
    from stacks.synth import synth_stacks

    environments = tmp_path / "environments.yaml"
    environments.write_text(
        "environments:\n"
        "  prod:\n"
        "    region: eu-west-1\n"
        "    naming_prefix: tm-prod\n"
        '    account_id: "123456789012"\n'
        "    profile: team-prod\n"
        "    role_arn: arn:aws:iam::123456789012:role/ml-deployer\n"
        "    backend: {type: s3, bucket: team-state, key_prefix: ml/prod, region: eu-west-1, use_lockfile: true}\n"
    )
    pipeline = load_resolved(str(REPO / "playbooks" / "library" / "data-quality" / "1.0.0.yaml"))
    (stack,) = synth_stacks([pipeline], ["prod"], tmp_path / "out", environments)
    doc = json.loads((stack.directory / "cdk.tf.json").read_text())
    (provider,) = doc["provider"]["aws"]
    assert provider["profile"] == "team-prod" and provider["allowed_account_ids"] == ["123456789012"]
    assert provider["assume_role"] == [{"role_arn": "arn:aws:iam::123456789012:role/ml-deployer", "session_name": "playbook"}]
    backend = doc["terraform"]["backend"]["s3"]
    assert backend["profile"] == "team-prod" and backend["assume_role"] == {
        "role_arn": "arn:aws:iam::123456789012:role/ml-deployer"
    }
    assert backend["key"] == "ml/prod/data-quality-prod/terraform.tfstate"


def test_a_malformed_role_arn_is_refused_with_the_entry(tmp_path):
    bad = tmp_path / "environments.yaml"
    bad.write_text("environments:\n  prod: {region: eu-west-1, naming_prefix: pb, role_arn: 'arn:aws:iam::*:role/x'}\n")
    with pytest.raises(EnvironmentError_, match=r"environments.yaml:2: environments.prod.role_arn: String should match pattern"):
        load_environments(bad)
