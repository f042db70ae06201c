"""The construct library's promise to other teams, as another team meets it: a fresh virtual environment with only
`pip install <this repository>` and the prebuilt `cdktf-cdktf-provider-aws` they already use,
then constructs_lib/README.md's snippet (examples/standalone_constructs/app.py) synthesizes
and Terraform accepts it. Nothing from the project's own .venv is visible to that interpreter.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import venv
from pathlib import Path

import pytest

from .test_examples import EXAMPLES, validate
from ..terraform_env import offline_terraform_env

REPO = Path(__file__).resolve().parents[2]
PREBUILT = "cdktf-cdktf-provider-aws==20.1.0"  # the `baseline` extra's pin
NOT_SOURCE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "node_modules",
    ".playbook",
    "cdktf.out",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    "test-output",
    ".pytest_cache",
    "tests",
    "ui",
    "docs",
)

pytestmark = [pytest.mark.synth, pytest.mark.terraform]


def test_the_readme_snippet_in_a_fresh_venv_next_to_the_prebuilt_provider(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(REPO, source, ignore=NOT_SOURCE)  # a clean copy: the repository gets no build/ or egg-info
    env_dir = tmp_path / "team-venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    python = env_dir / "bin" / "python"
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(source), PREBUILT],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]

    listed = subprocess.run([str(python), "-m", "pip", "list", "--format=json"], capture_output=True, text=True, timeout=120)
    names = {d["name"].lower() for d in json.loads(listed.stdout)}
    assert "ml-pipeline-playbooks" in names and "cdktf-cdktf-provider-aws" in names
    assert not names & {"wmill", "starlette", "uvicorn", "boto3", "moto"}  # front ends and the emulator are extras

    work = tmp_path / "team-x"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"] = "20"
    ran = subprocess.run(
        [str(python), "-I", str(EXAMPLES / "standalone_constructs" / "app.py")],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert ran.returncode == 0, ran.stderr[-3000:]
    stack = work / "cdktf.out" / "stacks" / "team-x"
    doc = json.loads((stack / "cdk.tf.json").read_text())
    assert len(doc["provider"]["aws"]) == 1 and len(doc["resource"]["aws_sfn_state_machine"]) == 1
    (tmp_path / "terraform").mkdir()
    validate(stack, offline_terraform_env(tmp_path / "terraform"))
