"""The builder's HTTP API, in process (the real Starlette app and pipeline_ops, no browser)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from playbook_ui import create_app
from playbook_ui.bodies import MAX_BODY_BYTES
from playbook_ui.cli import DEFAULT_PORT, register
from playbook_ui.redact import redact
from playbooks import Library

REPO = Path(__file__).resolve().parents[2]
CHURN = (REPO / "playbooks/library/churn-prediction/1.2.0.yaml").read_text()


@pytest.fixture(scope="module")
def client():
    app = create_app()
    with TestClient(app, base_url="http://127.0.0.1:8765", headers={"Authorization": f"token {app.token}"}) as c:
        yield c


def test_lists_library_playbooks_with_versions(client):
    rows = {p["name"]: p for p in client.get("/api/playbooks").json()["playbooks"]}
    published = [str(v) for v in Library.open().versions("churn-prediction")]
    assert rows["churn-prediction"]["versions"] == published and {"1.2.0", "1.3.0"} <= set(published)  # old versions stay
    assert rows["feature-prep"]["inputs"] == {"raw": "dataset"}


def test_returns_a_playbook_as_yaml_and_data(client):
    body = client.get("/api/playbooks/churn-prediction/1.2.0").json()
    assert body["yaml"] == CHURN
    assert body["playbook"]["metadata"]["name"] == "churn-prediction"


def test_unknown_version_is_404_naming_the_published_ones(client):
    response = client.get("/api/playbooks/churn-prediction/9.9.9")
    assert response.status_code == 404
    assert "1.2.0" in response.json()["error"]


def test_resolves_a_sub_pipeline_reference(client):
    body = client.get("/api/resolve", params={"use": "feature-prep@^1.2"}).json()
    assert (body["name"], body["version"]) == ("feature-prep", Library.open().resolve("feature-prep@^1.2").version)
    assert client.get("/api/resolve", params={"use": "nope@^1"}).status_code == 404


def test_validate_accepts_yaml_text_and_reports_positions(client):
    assert client.post("/api/validate", json={"yaml": CHURN}).json()["valid"] is True
    broken = CHURN.replace("inputs: [clean]", "inputs: [cleaned]")
    result = client.post("/api/validate", json={"yaml": broken}).json()
    assert result["valid"] is False
    assert result["errors"][0]["path"] == "spec.nodes[2].inputs[0]"
    assert "cleaned" in result["errors"][0]["message"]


def test_graph_renders_mermaid(client):
    body = client.post("/api/graph", json={"yaml": CHURN}).json()
    assert body["format"] == "mermaid" and "train" in body["graph"]


@pytest.mark.parametrize(
    "content, headers, status, words",
    [
        (b"{not json", {"content-type": "application/json"}, 400, "not valid JSON"),
        (b"[1, 2]", {"content-type": "application/json"}, 400, "expected an object"),
        (b"playbook=x", {"content-type": "application/x-www-form-urlencoded"}, 415, "expected a JSON body"),
        (json.dumps({"playbook": {}, "extra": 1}).encode(), {"content-type": "application/json"}, 422, "extra"),
        (json.dumps({}).encode(), {"content-type": "application/json"}, 422, "exactly one of"),
        (json.dumps({"yaml": "a: 1\n", "playbook": {}}).encode(), {"content-type": "application/json"}, 422, "exactly one of"),
    ],
)
def test_malformed_bodies_are_4xx_with_a_clear_message(client, content, headers, status, words):
    response = client.post("/api/validate", content=content, headers=headers)
    assert response.status_code == status
    assert words in response.json()["error"]


def test_oversized_body_is_413(client):
    big = json.dumps({"yaml": "x" * (MAX_BODY_BYTES + 10)}).encode()
    response = client.post("/api/validate", content=big, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert "at most 1000000 bytes" in response.json()["error"]


def test_bad_environment_name_is_rejected_before_anything_runs(client):
    response = client.post("/api/plan", json={"yaml": CHURN, "environment": "../../etc"})
    assert response.status_code == 422
    assert "environment" in response.json()["error"]


def test_invalid_playbook_is_never_planned_or_deployed(client):
    broken = CHURN.replace("task: training", "task: dreaming")
    for endpoint in ("/api/plan", "/api/deploy"):
        response = client.post(endpoint, json={"yaml": broken, "environment": "local"})
        assert response.status_code == 422
        assert "nothing was planned or deployed" in response.json()["error"]
        assert response.json()["errors"][0]["path"].startswith("spec.nodes[2]")


def test_requests_for_other_hosts_are_refused():
    with TestClient(create_app(), base_url="http://attacker.example") as c:
        response = c.get("/api/playbooks")
    assert response.status_code == 403


def test_schema_is_the_committed_one(client):
    committed = json.loads((REPO / "playbooks/schema/playbook.schema.json").read_text())
    assert client.get("/api/schema").json() == committed


def test_status_lists_deployments(client):
    assert isinstance(client.get("/api/status").json()["deployments"], list)


@pytest.mark.parametrize(
    "query, status, words",
    [
        ("name=x&env=local", 404, "no pipeline named 'x'"),
        ("name=churn-prediction&env=nowhere", 404, "unknown environment 'nowhere'"),
        ("env=nowhere", 404, "known environments: "),
        ("name=../../etc", 400, "?name= must be a pipeline"),
    ],
)
def test_status_of_an_unknown_pipeline_or_environment_is_a_clear_4xx(client, query, status, words):
    response = client.get(f"/api/status?{query}")
    assert response.status_code == status, response.text
    assert words in response.json()["error"]


def test_unknown_job_is_404(client):
    assert client.get("/api/jobs/doesnotexist").status_code == 404


def test_credentials_are_redacted_from_results_and_logs():
    result = redact(
        {"outputs": {"db_password": "hunter2", "bucket": "b"}, "log": "AWS_SECRET_ACCESS_KEY=abc123 key AKIAABCDEFGHIJKLMNOP"}
    )
    assert result["outputs"] == {"db_password": "[redacted]", "bucket": "b"}
    assert "abc123" not in result["log"] and "AKIAABCDEFGHIJKLMNOP" not in result["log"]


def test_cli_listens_on_loopback_by_default():
    import argparse

    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["ui", "--no-browser"])
    assert (args.host, args.port, args.no_browser) == ("127.0.0.1", DEFAULT_PORT, True)


def test_confirming_a_job_that_is_not_waiting_is_refused(client):
    assert client.post("/api/jobs/doesnotexist/confirm", json={"approve": True}).status_code == 404
    job = client.app.app.state.api.jobs.start("test", lambda job: {"done": True})  # a stand-in job that ends at once
    for _ in range(100):
        if job.finished:
            break
        time.sleep(0.01)
    response = client.post(f"/api/jobs/{job.id}/confirm", json={"approve": True})
    assert response.status_code == 409 and "not waiting" in response.json()["error"]
    assert client.post(f"/api/jobs/{job.id}/confirm", json={"approve": "maybe"}).status_code == 422


@pytest.mark.parametrize("approve, applied", [(True, True), (False, False)])
def test_a_job_awaiting_confirmation_proceeds_only_with_the_users_answer(client, approve, applied):
    """The confirmation protocol of the job API, with a stand-in job in place of a deploy: it parks its plan until
    the page answers. The real deploy through this protocol is tests/ui/test_deploy_ui.py (Terraform, emulator)."""

    def stand_in_deploy(job):
        confirmed = job.await_confirmation({"text": "Plan: 1 to add", "summary": {"add": 1}})
        return {"applied": confirmed}

    job = client.app.app.state.api.jobs.start("deploy", stand_in_deploy)
    view = wait_for(client, job.id, lambda v: v["state"] == "awaiting_confirmation")
    assert view["pending"] == {"text": "Plan: 1 to add", "summary": {"add": 1}}
    answered = client.post(f"/api/jobs/{job.id}/confirm", json={"approve": approve})
    assert answered.status_code == 200 and answered.json()["state"] == "running"
    view = wait_for(client, job.id, lambda v: v["state"] == "succeeded")
    assert view["result"] == {"applied": applied}
    assert client.post(f"/api/jobs/{job.id}/confirm", json={"approve": True}).status_code == 409


def wait_for(client, job_id, done, seconds=5.0):
    deadline = time.monotonic() + seconds
    while True:
        view = client.get(f"/api/jobs/{job_id}").json()
        if done(view) or time.monotonic() > deadline:
            return view
        time.sleep(0.02)


@pytest.mark.synth
def test_review_is_a_job_whose_result_is_the_plain_words_summary(client, tmp_path, monkeypatch):
    monkeypatch.setenv("PLAYBOOK_STATE_DIR", str(tmp_path))
    started = client.post("/api/review", json={"yaml": CHURN, "environment": "local"})
    assert started.status_code == 202 and started.json()["kind"] == "review"
    view = wait_for(client, started.json()["id"], lambda v: v["state"] != "running", seconds=120)
    assert view["state"] == "succeeded", view["error"]
    result = view["result"]
    assert result["headline"][0].startswith("churn-prediction 1.2.0 creates ")
    assert {n["node"] for n in result["nodes"]} >= {"events", "clean", "train", "serve"}
    assert result["cost"]["table"]["date"] and result["stack"] == "churn-prediction-local"


def test_an_invalid_playbook_is_not_reviewed(client):
    broken = CHURN.replace("task: training", "task: dreaming")
    response = client.post("/api/review", json={"yaml": broken, "environment": "local"})
    assert response.status_code == 422 and response.json()["errors"][0]["path"].startswith("spec.nodes[2]")
