"""While a plan or deploy of a stack runs, the builder says so instead of starting a second one or quoting
Terraform's lock advice: a second plan/deploy of the stack is a 409 naming the running job; the review says a
deploy is running rather than "version X is deployed"; Terraform's own lock error (held by another process:
the CLI, Windmill) becomes words without `force-unlock`; the Jobs list opens earlier servers' jobs too."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from deploy_runner.tf_errors import classify
from playbook_ui import create_app
from playbook_ui.jobs import Jobs, describe_error, locked_text

REPO = Path(__file__).resolve().parents[2]
CHURN = (REPO / "playbooks/library/churn-prediction/1.2.0.yaml").read_text()


@pytest.fixture
def client(tmp_path, monkeypatch):
    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(tmp_path / "state"))  # job records of this test only
    app = create_app()
    with TestClient(app, base_url="http://127.0.0.1:8765", headers={"Authorization": f"token {app.token}"}) as c:
        yield c


def _park_a_deploy(client) -> tuple[object, threading.Event]:
    """A stand-in deploy job of churn-prediction to local that waits for its confirmation (as a real one does
    after planning; the real one through the page is tests/ui/test_reattach.py)."""
    jobs = client.app.app.state.api.jobs
    job = jobs.start(
        "deploy",
        lambda job: {"applied": job.await_confirmation({"text": "Plan: 1 to add"})},
        target="churn-prediction@1.2.0",
        environment="local",
        name="churn-prediction",
    )
    for _ in range(200):
        if job.state == "awaiting_confirmation":
            break
        time.sleep(0.01)
    return job


@pytest.mark.parametrize("endpoint", ["/api/deploy", "/api/plan"])
def test_a_second_plan_or_deploy_of_a_stack_that_is_busy_is_refused_in_words(client, endpoint):
    job = _park_a_deploy(client)
    try:
        response = client.post(endpoint, json={"yaml": CHURN, "environment": "local"})
        assert response.status_code == 409, response.text
        body = response.json()
        assert f"a deploy of churn-prediction to local is running (job {job.id}, since " in body["error"]
        assert "nothing new was started" in body["error"] and body["running_job"]["id"] == job.id
        assert [j["id"] for j in client.get("/api/jobs").json()["jobs"]] == [job.id]
    finally:
        job.answer(False)


@pytest.mark.synth
def test_the_review_does_not_claim_what_is_deployed_while_a_deploy_runs(client):
    job = _park_a_deploy(client)
    try:
        started = client.post("/api/review", json={"yaml": CHURN, "environment": "local"}).json()
        for _ in range(1200):
            view = client.get(f"/api/jobs/{started['id']}").json()
            if view["state"] != "running":
                break
            time.sleep(0.1)
        assert view["state"] == "succeeded", view["error"]
        changes = view["result"]["changes"]
        assert changes["deploy_running"]["id"] == job.id
        assert changes["sentence"].startswith(f"A deploy of this pipeline to local is running (job {job.id}, since ")
        assert "is deployed" not in changes["sentence"] and "resources are new" not in changes["sentence"]
    finally:
        job.answer(False)


def _terraform_lock_output(tmp_path: Path) -> str:
    """Terraform's real output when another process holds the local state's lock (its fcntl lock on the
    state file: terraform internal/states/statemgr/filesystem_lock_unix.go)."""
    if not shutil.which("terraform"):
        pytest.fail("terraform is missing: run scripts/bootstrap")
    (tmp_path / "main.tf").write_text('output "x" { value = 1 }\n')
    env = {**os.environ, "TF_IN_AUTOMATION": "1", "CHECKPOINT_DISABLE": "1"}
    for args in (["init", "-input=false"], ["apply", "-auto-approve", "-input=false"]):
        subprocess.run(["terraform", *args, "-no-color"], cwd=tmp_path, env=env, check=True, capture_output=True, timeout=120)
    fd = os.open(tmp_path / "terraform.tfstate", os.O_RDWR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the other deploy, holding the state
        done = subprocess.run(
            ["terraform", "plan", "-input=false", "-lock-timeout=0s", "-no-color"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        os.close(fd)
    assert done.returncode != 0
    return done.stdout + done.stderr


@pytest.mark.terraform
def test_terraforms_lock_error_reads_as_a_running_deploy_without_force_unlock(tmp_path):
    output = _terraform_lock_output(tmp_path)
    error = classify(
        "plan",
        output,
        stack="churn-prediction-local",
        stack_dir=tmp_path,
        state_dir=tmp_path,
        emulator_endpoint=None,
        mirror=None,
    )
    assert error.kind == "locked" and "force-unlock" in str(error)  # what the CLI says, for an engineer
    jobs = Jobs(persist=False)

    def locked(job):
        raise error

    job = jobs.start("deploy", locked, target="churn-prediction@1.2.0", environment="local", name="churn-prediction")
    for _ in range(200):
        if job.finished:
            break
        time.sleep(0.01)
    assert job.state == "failed"
    assert job.error.startswith("a deploy of churn-prediction to local is running")
    assert "wait for it to end, then deploy again" in job.error
    assert "force-unlock" not in job.error and "force-unlock" not in "\n".join(job.lines)
    assert locked_text(job, ValueError("other")) is None and describe_error(ValueError("other")) == "other"


def test_the_jobs_list_opens_an_earlier_servers_job(tmp_path, monkeypatch):
    from playbook_ui import job_store

    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(tmp_path))
    record = {
        "id": "0123456789abcdef",
        "kind": "deploy",
        "state": "running",
        "target": "churn-prediction@1.2.0",
        "name": "churn-prediction",
        "environment": "local",
        "started": time.time() - 60,
        "finished": None,
        "error": None,
        "next_step": None,
        "server_pid": 2**22 + 1,
        "outcome": None,
        "lines": ["deploying to local: planning ...", "aws_s3_bucket.x: Creating..."],
    }
    job_store.save(record)
    app = create_app()
    with TestClient(app, base_url="http://127.0.0.1:8765", headers={"Authorization": f"token {app.token}"}) as c:
        view = c.get("/api/jobs/0123456789abcdef").json()
    assert view["state"] == "interrupted" and view["lines"] == record["lines"]
    assert "Deploy churn-prediction@1.2.0 to local again" in view["next_step"]
