"""The scripts as a Windmill job runs them: real HTTP to a local receiver, resume URLs
from the Windmill API stub, credentials only from resources."""

from __future__ import annotations

import os
import uuid

import pytest

from playbook_windmill.runtime import aws_credentials, require_credentials

from .runner.flow_results import JobFailed
from .runner.flow_runner import LocalFlowRunner
from .runner.servers import WindmillApiStub


@pytest.fixture
def run_script(export_dir, tmp_path):
    """One job of the exported script, routed and run like a Windmill worker would."""

    def run(name: str, args: dict, **runner_options):
        runner = LocalFlowRunner({"value": {"modules": []}}, export_dir=export_dir, workdir=tmp_path, **runner_options)
        log: list[str] = []
        return runner.run_job(export_dir / "f" / "ml_pipelines" / f"{name}.py", args, str(uuid.uuid4()), log), log

    return run


def test_slack_webhook_gets_a_text_message(run_script, receiver):
    result, _ = run_script(
        "notify_completion",
        {
            "pipeline": "churn-prediction",
            "environment": "dev",
            "status": "success",
            "details": {"stack": "churn-prediction-dev", "version": "1.2.0"},
            "webhook": {"url": receiver.url, "kind": "slack"},
        },
    )
    (message,) = receiver.wait_for(1)
    assert message == {"text": result["message"]}
    assert result["delivered"] and "Deployed churn-prediction to dev" in result["message"]


def test_notification_without_webhook_only_returns_the_message(run_script):
    result, log = run_script(
        "notify_completion",
        {"pipeline": "p-one", "environment": "dev", "status": "failure", "details": {"step": "plan", "error": "boom"}},
    )
    assert not result["delivered"]
    assert result["message"] == "Deployment of p-one to dev failed at step 'plan'\nerror: boom"
    assert log  # printed to the job log


def test_webhook_must_be_http(run_script, receiver):
    with pytest.raises(JobFailed, match="https:// or http://"):
        run_script(
            "notify_completion", {"pipeline": "p", "environment": "dev", "webhook": {"url": "file:///etc/passwd", "kind": "json"}}
        )


def test_approval_request_posts_the_plan_and_the_approval_page(run_script, receiver):
    with WindmillApiStub() as api:
        result, _ = run_script(
            "request_approval",
            {
                "pipeline": "churn-prediction",
                "environment": "prod",
                "plan": {
                    "stack": "churn-prediction-prod",
                    "summary": {"add": 3, "change": 1, "destroy": 0, "by_node": {"train": [{}, {}]}},
                },
                "webhook": {"url": receiver.url, "kind": "json"},
            },
            api_stub=api,
        )
    (message,) = receiver.wait_for(1)
    assert message["event"] == "approval_requested"
    assert message["urls"]["resume"].startswith(api.url) and "/resume/" in message["urls"]["resume"]
    assert "/cancel/" in result["cancel"] and result["approvalPage"] in result["message"]
    assert "+3 ~1 -0" in result["message"] and "train: 2 change(s)" in result["message"]
    # what Windmill's approval page shows (job result `description`) and pre-fills (`default_args`)
    assert "Deploy churn-prediction to prod?" in result["description"] and "+3 ~1 -0" in result["description"]
    assert set(result["default_args"]) == {"plan_fingerprint", "comment"}


def test_cloud_environments_require_an_aws_resource():
    require_credentials(None, "local")
    with pytest.raises(ValueError, match="pass an `aws` resource"):
        require_credentials(None, "prod")


def test_aws_resource_is_visible_only_inside_the_job_step(monkeypatch):
    monkeypatch.delenv("AWS_ACCESS_KEY_ID", raising=False)
    with aws_credentials({"awsAccessKeyId": "AKIAEXAMPLE", "awsSecretAccessKey": "s3cr3t", "region": "eu-west-1"}):
        assert os.environ["AWS_ACCESS_KEY_ID"] == "AKIAEXAMPLE" and os.environ["AWS_DEFAULT_REGION"] == "eu-west-1"
    assert "AWS_ACCESS_KEY_ID" not in os.environ
