"""Every app under examples/ runs as a user would run it (`python app.py` in a fresh directory)
and Terraform accepts what it synthesizes (`terraform validate`, offline provider mirror)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..terraform_env import offline_terraform_env

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"

pytestmark = [pytest.mark.synth, pytest.mark.terraform]

HAS_PREBUILT = importlib.util.find_spec("cdktf_cdktf_provider_aws") is not None


@pytest.fixture(scope="module")
def terraform_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Terraform reads only a CLI config this module writes (the offline provider mirror, as tests/stacks)."""
    return offline_terraform_env(tmp_path_factory.mktemp("terraform"))


def run_example(name: str, cwd: Path) -> None:
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20", "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / name / "app.py")], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-3000:]


def validate(directory: Path, env: dict[str, str]) -> None:
    init = subprocess.run(
        ["terraform", "init", "-backend=false", "-input=false", "-no-color"],
        cwd=directory,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert init.returncode == 0, init.stderr
    check = subprocess.run(
        ["terraform", "validate", "-json"], cwd=directory, env=env, capture_output=True, text=True, timeout=300
    )
    result = json.loads(check.stdout)
    assert result["valid"], result["diagnostics"]


@pytest.mark.skipif(not HAS_PREBUILT, reason="the prebuilt provider package is not installed: pip install -e '.[baseline]'")
def test_standalone_constructs_next_to_the_prebuilt_provider(tmp_path, terraform_env):
    run_example("standalone_constructs", tmp_path)
    for stack in ("team-x", "team-y"):
        directory = tmp_path / "cdktf.out" / "stacks" / stack
        doc = json.loads((directory / "cdk.tf.json").read_text())
        assert len(doc["provider"]["aws"]) == 1  # the team's provider, reused; the constructs add none
        assert len(doc["resource"]["aws_sfn_state_machine"]) == 1
        validate(directory, terraform_env)
    team_y = json.loads((tmp_path / "cdktf.out" / "stacks" / "team-y" / "cdk.tf.json").read_text())
    roles = {p["role"] for p in team_y["resource"]["aws_iam_role_policy"].values()}
    assert {"${aws_iam_role.ingest-role.name}", "${aws_iam_role.web-role.name}"} <= roles
    assert all(b["force_destroy"] is False for b in team_y["resource"]["aws_s3_bucket"].values())


def test_whole_playbook_inside_another_teams_stack(tmp_path, terraform_env):
    run_example("playbook_in_your_app", tmp_path)
    directory = tmp_path / "cdktf.out" / "stacks" / "team-z"
    doc = json.loads((directory / "cdk.tf.json").read_text())
    assert len(doc["provider"]["aws"]) == 1
    assert "fraud_orchestrator_arn" in doc["output"]
    assert len(doc["resource"]["aws_sfn_state_machine"]) >= 2  # the playbook's nested pipeline has its own
    validate(directory, terraform_env)
