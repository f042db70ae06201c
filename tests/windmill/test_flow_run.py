"""The flow end to end through the local flow runner (a test tool, see
tests/windmill/runner/): real scripts, real pipeline_ops, real
Terraform against the local AWS emulator, notifications to a local receiver."""

from __future__ import annotations

import copy
import json
import re
import threading
from urllib.request import urlopen
from pathlib import Path

import pytest
import yaml

from playbook_windmill.paths import REPO_ROOT

from .runner.flow_runner import LocalFlowRunner
from .runner.servers import WebhookReceiver, WindmillApiStub

from .conftest import WEBHOOK_PATH, flow_input

LIBRARY = REPO_ROOT / "playbooks" / "library"


def test_a_failing_later_step_triggers_the_failure_module(make_runner, receiver, example_config, state_dir):
    run = make_runner().run(flow_input(example_config, environment="nowhere"))
    assert not run.success
    assert run.executed == ["validate", "plan", "failure"]
    assert run.step("plan").attempts == 1  # an unknown environment is not transient: no retry
    (message,) = receiver.wait_for(1)
    assert message["details"]["step"] == "plan" and message["status"] == "failure"
    assert message["details"]["error"] == run.error["message"] and "nowhere" in run.error["message"]
    assert not (state_dir / "state").exists()


def test_a_failing_notification_is_reported_as_the_failing_step(flow, state_dir, tmp_path, export_dir):
    with WebhookReceiver(status=500) as broken:
        runner = LocalFlowRunner(
            flow,
            resources={WEBHOOK_PATH: {"url": broken.url, "kind": "slack"}},
            export_dir=export_dir,
            host_values={"PLAYBOOK_STATE_DIR": str(state_dir)},
            workdir=tmp_path,
        )
        run = runner.run(flow_input({"apiVersion": "playbooks/v1"}))
        assert [s.status for s in run.steps] == ["failure", "failure"]
        assert len(broken.wait_for(1)) == 1  # the failure module tried (and reported the 500)
        assert "HTTP" in run.step("failure").error["message"] or "500" in run.step("failure").error["message"]


# -- against the emulator ------------------------------------------------------------------


@pytest.fixture(scope="module")
def e2e_state(tmp_path_factory):
    from deploy_runner.emulator import Emulator

    state = tmp_path_factory.mktemp("windmill-e2e")
    yield state
    Emulator(state / "emulator").stop()


def library_config(name: str) -> dict:
    (path,) = sorted((LIBRARY / name).glob("*.yaml"))[-1:]
    return copy.deepcopy(yaml.safe_load(path.read_text()))


def e2e_runner(flow, state: Path, receiver, tmp_path, export_dir, **kwargs) -> LocalFlowRunner:
    return LocalFlowRunner(
        flow,
        resources={WEBHOOK_PATH: {"url": receiver.url, "kind": "json"}},
        export_dir=export_dir,
        host_values={"PLAYBOOK_STATE_DIR": str(state)},
        workdir=tmp_path,
        **kwargs,
    )


def deployed(state: Path, name: str) -> dict:
    tfstate = json.loads((state / "state" / f"{name}-local" / "terraform.tfstate").read_text())
    return {k: v["value"] for k, v in tfstate["outputs"].items()}


@pytest.mark.synth
@pytest.mark.terraform
@pytest.mark.emulator
def test_approved_deployment_reaches_the_emulator_and_notifies(flow, e2e_state, tmp_path, export_dir):
    with WebhookReceiver() as receiver, WindmillApiStub() as api:

        def approve(urls):
            return urlopen(urls["resume"] + "?approver=reviewer@example.com", data=b"{}", timeout=5)

        runner = e2e_runner(flow, e2e_state, receiver, tmp_path, export_dir, api_stub=api, approval=approve)
        run = runner.run(flow_input(library_config("churn-prediction"), require_approval=True))
        assert run.success, (run.error, run.log[-30:])
        assert run.executed == ["validate", "plan", "approval", "deploy_infrastructure", "deploy_pipeline", "notify"]
        approval_request, done = receiver.wait_for(2)
    assert approval_request["event"] == "approval_requested" and approval_request["urls"]["resume"]
    assert run.step("approval").approver == "reviewer@example.com"
    # the apply step was handed the fingerprint of the plan the reviewer saw, and applied that plan
    assert run.step("deploy_infrastructure").args["approved_plan"] == run.step("plan").result["plan"]["fingerprint"]
    assert done["status"] == "success" and "Deployed churn-prediction to local" in done["text"]
    # The new events bucket is empty, so the run step starts nothing and the notification says what to fill
    # (a started run from Windmill, with data: tests/windmill/test_builder_run.py).
    assert not done["details"].get("execution_arn")
    assert run.step("deploy_pipeline").result["started"] is False
    assert "the pipeline run was not started: events (s3://" in done["text"]
    assert "is empty: upload data with `playbook data put TARGET events FILE`" in done["text"]
    assert deployed(e2e_state, "churn-prediction")["playbook_version"] == "1.3.0"
    # The deploy step's log reads like `playbook deploy`: phases and one line per finished node, not Terraform's lines.
    assert any("] applying the plan to churn-prediction-local" in line for line in run.log), run.log[-30:]
    assert any(re.search(r"\]   done   train: \d+/\d+ in \d+ s$", line) for line in run.log), run.log[-30:]
    assert not any("Creation complete" in line or "Still creating" in line for line in run.log)


@pytest.mark.synth
@pytest.mark.terraform
@pytest.mark.emulator
def test_canceled_approval_deploys_nothing(flow, e2e_state, tmp_path, export_dir):
    config = library_config("fraud-detection")
    with WebhookReceiver() as receiver, WindmillApiStub() as api:

        def cancel(urls):
            return urlopen(urls["cancel"] + "?approver=reviewer@example.com", data=b"{}", timeout=5)

        run = e2e_runner(flow, e2e_state, receiver, tmp_path, export_dir, api_stub=api, approval=cancel).run(
            flow_input(config, require_approval=True)
        )
        assert not run.success and run.error["step_id"] == "approval"
        assert "deploy_infrastructure" not in run.executed
        messages = receiver.wait_for(2)
    assert messages[-1]["status"] == "failure" and messages[-1]["details"]["step"] == "approval"
    assert not (e2e_state / "state" / f"{config['metadata']['name']}-local" / "terraform.tfstate").exists() or not json.loads(
        (e2e_state / "state" / f"{config['metadata']['name']}-local" / "terraform.tfstate").read_text()
    ).get("resources")


@pytest.mark.synth
@pytest.mark.terraform
@pytest.mark.emulator
def test_parallel_deploys_two_pipelines_and_the_state_lock_guards_the_same_one(flow, e2e_state, tmp_path, export_dir):
    """Windmill CE (our compose file) ignores concurrency limits, so the runner does too: two
    pipelines at once both succeed; the same pipeline twice either does not overlap or the second
    run is refused cleanly by the Terraform state lock; state intact either way."""
    configs = [library_config("churn-prediction"), library_config("data-quality"), library_config("data-quality")]
    runs: list = [None] * len(configs)
    with WebhookReceiver() as receiver:

        def work(i: int) -> None:
            runs[i] = e2e_runner(flow, e2e_state, receiver, tmp_path / f"run{i}", export_dir).run(flow_input(configs[i]))

        for i in range(len(configs)):
            (tmp_path / f"run{i}").mkdir()
        threads = [threading.Thread(target=work, args=(i,)) for i in range(len(configs))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=1500)
        assert runs[0] is not None and runs[0].success, runs[0] and runs[0].error
        assert runs[1] is not None and runs[2] is not None, "a flow run did not finish"
    same = [runs[1], runs[2]]
    assert any(r.success for r in same), [r.error for r in same]
    for run in same:
        if run.success:
            continue
        # the other run of the same stack is refused cleanly: state lock held, or its plan made stale by the
        # apply that won, or its approved plan outdated by it; either way it says what happened and what to do, and applied nothing
        assert run.error["step_id"] in ("plan", "deploy_infrastructure")
        message = run.error["message"]
        assert (
            ("is locked" in message and "force-unlock" in message)
            or "in progress since" in message  # the stack lock: the other job holds the stack
            or "stale" in message
            or "plan changed since it was approved" in message
        ), message
    for name in ("churn-prediction", "data-quality"):
        assert deployed(e2e_state, name)["playbook_name"] == name


@pytest.mark.synth
@pytest.mark.terraform
@pytest.mark.emulator
def test_the_apply_refuses_a_plan_other_than_the_approved_one(flow, e2e_state, tmp_path, export_dir):
    """The apply step re-plans on its worker; when that plan is not the approved one it applies nothing."""
    from .runner.flow_results import JobFailed

    config = library_config("fraud-detection")
    runner = LocalFlowRunner(
        {"value": {"modules": []}}, export_dir=export_dir, workdir=tmp_path, host_values={"PLAYBOOK_STATE_DIR": str(e2e_state)}
    )
    with pytest.raises(JobFailed) as refused:
        runner.run_job(
            export_dir / "f/ml_pipelines/deploy_pipeline.py",
            {"config": config, "environment": "local", "pipeline": config["metadata"]["name"], "approved_plan": "0" * 64},
            "job-plan-changed",
            [],
        )
    assert refused.value.error["name"] == "PlanChanged"
    assert "changed since it was approved" in refused.value.error["message"]
    assert "nothing was applied" in refused.value.error["message"]
    tfstate = e2e_state / "state" / f"{config['metadata']['name']}-local" / "terraform.tfstate"
    assert not tfstate.exists() or not json.loads(tfstate.read_text()).get("resources")
