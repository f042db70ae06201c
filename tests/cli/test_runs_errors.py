"""`playbook runs` / `playbook logs` refuse what does not exist with one clear line and exit 1 (no emulator needed)."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def cli(tmp_path, *args):
    env = {**os.environ, "PYTHONPATH": str(REPO), "PLAYBOOK_STATE_DIR": str(tmp_path / "state")}
    proc = subprocess.run(
        [sys.executable, "-m", "playbook_cli.main", *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_runs_of_a_pipeline_that_is_not_deployed(tmp_path):
    proc = cli(tmp_path, "runs", "churn-prediction", "--local")
    assert proc.returncode == 1
    assert "churn-prediction is not deployed in local" in proc.stderr and "playbook deploy churn-prediction" in proc.stderr
    assert proc.stdout == ""


def test_logs_without_any_deployment(tmp_path):
    proc = cli(tmp_path, "logs", "deploy-20260101T000000-abcdef", "--local")
    assert proc.returncode == 1 and "no pipeline is deployed in local" in proc.stderr


def test_runs_with_an_unknown_environment(tmp_path):
    proc = cli(tmp_path, "runs", "churn-prediction", "--env", "moon")
    assert proc.returncode == 1 and "unknown environment 'moon'" in proc.stderr
