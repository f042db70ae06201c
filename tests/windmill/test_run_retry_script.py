"""The run script's `retry` input, as a Windmill worker runs the exported script: it continues a run
(pipeline_ops.run_retry, `playbook run --retry`) instead of starting one, so nothing is uploaded.
A pipeline that is not deployed fails the job with the CLI's message (the full retry, a failed run
continued from its failed states, is tests/cli/test_retry_runs.py)."""

from __future__ import annotations

import uuid

import pytest
import yaml

from playbook_windmill.paths import REPO_ROOT, script_path

from .runner.flow_results import JobFailed
from .runner.flow_runner import LocalFlowRunner

PLAYBOOK = REPO_ROOT / "playbooks" / "library" / "churn-prediction" / "1.2.0.yaml"


def test_retry_of_a_pipeline_that_is_not_deployed_fails_the_job_saying_so(export_dir, tmp_path):
    state = tmp_path / "state"
    state.mkdir()
    runner = LocalFlowRunner(
        {"value": {"modules": []}}, export_dir=export_dir, workdir=tmp_path, host_values={"PLAYBOOK_STATE_DIR": str(state)}
    )
    config = yaml.safe_load(PLAYBOOK.read_text())
    log: list[str] = []
    with pytest.raises(JobFailed) as failed:
        runner.run_job(
            export_dir / f"{script_path('run_pipeline')}.py",
            {"config": config, "environment": "local", "retry": "deploy-20261208T013148-6306f4"},
            str(uuid.uuid4()),
            log,
        )
    message = str(failed.value)
    assert "churn-prediction is not deployed in local" in message, message
    assert not any("artifact file(s) uploaded" in line for line in log)
