"""The raw app's Run on a worker, end to end: the builder_run_pipeline script (what windmill_api.ts `run` starts)
runs on the local Windmill runner (a test tool, tests/windmill/runner/) against the demo pipeline deployed to
the local AWS emulator, with a typed parameter, as a user of the raw app would after loading churn-prediction
from the library: the run SUCCEEDS, reports its states and jobs' logs, and the job's log carries the state
lines the app turns into per-node progress. (The failing-run and refusal paths: tests/ui/test_run_ui.py,
tests/windmill/test_raw_app.py.)

The worker sees only what a real worker has (the image's library), so the playbook is a library one.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import yaml

from playbook_windmill.paths import REPO_ROOT, script_path

from .runner.flow_runner import LocalFlowRunner

pytestmark = [pytest.mark.emulator, pytest.mark.terraform]
PLAYBOOK = REPO_ROOT / "playbooks" / "library" / "churn-prediction" / "1.2.0.yaml"


@pytest.fixture(scope="module")
def deployed(tmp_path_factory):
    state = tmp_path_factory.mktemp("raw-app-run")
    env = {**os.environ, "PLAYBOOK_STATE_DIR": str(state), "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    done = subprocess.run(
        [sys.executable, "-m", "playbook_cli.main", "deploy", "churn-prediction", "--local", "--auto-approve"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    upload = "from pipeline_ops import run_ops; print(run_ops.upload_example_data('churn-prediction', 'local', local=True))"
    done = subprocess.run([sys.executable, "-c", upload], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    yield state
    from deploy_runner.emulator import Emulator

    Emulator(state / "emulator").stop()


def test_the_raw_apps_run_script_runs_the_deployed_pipeline_with_a_parameter(deployed, export_dir, tmp_path):
    runner = LocalFlowRunner(
        {"value": {"modules": []}}, export_dir=export_dir, workdir=tmp_path, host_values={"PLAYBOOK_STATE_DIR": str(deployed)}
    )
    config = yaml.safe_load(PLAYBOOK.read_text())
    log: list[str] = []
    ran = runner.run_job(
        export_dir / f"{script_path('builder_run_pipeline')}.py",
        {"config": config, "environment": "local", "parameters": {"window_days": 7}},
        "job-run",
        log,
    )
    assert runner.jobs[-1]["tag"] == "ml-deploy"
    assert ran["run"]["status"] == "SUCCEEDED", ran["run"].get("failure")
    assert ran["parameters"] == {"window_days": 7}
    exited = [e["state"] for e in ran["events"] if e["event"] == "exited"]
    assert any(s.startswith("train: ") for s in exited), exited
    assert any(line.endswith("-> " + exited[-1]) for line in log), log[-20:]  # the lines the app parses
    assert ran["logs"]["status"] == "SUCCEEDED" and ran["logs"]["jobs"], ran["logs"]
