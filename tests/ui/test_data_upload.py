"""Data in from the builder: "Upload files…" on a data node, in real Chromium against a real server, Terraform
and the emulator.

Before a deploy the node's panel says "deploy first" (there is no bucket). After it, a CSV picked in the page
lands in the node's S3 location through POST /api/data/upload (data_ops.put, what `playbook data put` calls),
the panel shows each file's progress, then the object count and the first rows; and a run starts (no "is
empty" refusal). Files over data_ops' limit are refused in words before anything is sent. The route's
defences (token, Origin, declared sizes, framing) need no browser.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import expect

from pipeline_ops.data_limits import MAX_PUT_BYTES
from test_run_panel import LIBRARY, _get, _post, _wait_job
from ui_harness import OUTPUT, open_builder, running_server


def _upload(url: str, envelope: dict, files: bytes, headers: dict[str, str], *, length: int | None = None) -> tuple[int, dict]:
    body = json.dumps(envelope).encode() + b"\n" + files
    request = urllib.request.Request(
        url + "/api/data/upload",
        data=body,
        method="POST",
        headers={"Content-Type": "application/octet-stream", "Content-Length": str(length or len(body)), **headers},
    )
    try:
        with urllib.request.urlopen(request, timeout=300) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def test_the_upload_route_needs_the_token_and_refuses_too_much_before_reading(server_url):
    (churn,) = [p for p in _get(server_url, "/api/playbooks")["playbooks"] if p["name"] == "churn-prediction"]
    playbook = _get(server_url, f"/api/playbooks/churn-prediction/{churn['latest']}")["playbook"]
    envelope = {"playbook": playbook, "environment": "local", "node": "events", "files": [{"name": "a.csv", "bytes": 4}]}
    status, answer = _upload(server_url, envelope, b"1,2\n", {})
    assert status == 401 and "token" in answer["error"], answer
    status, answer = _upload(server_url, envelope, b"1,2\n", {**server_url.headers, "Origin": "http://evil.example"})
    assert status == 403, answer

    too_much = {**envelope, "files": [{"name": "big.csv", "bytes": MAX_PUT_BYTES + 1}]}
    status, answer = _upload(server_url, too_much, b"1,2\n", server_url.headers)
    assert status == 413, answer
    assert f"1 file(s), {MAX_PUT_BYTES + 1} bytes: the builder uploads at most 500.0 MB" in answer["error"]
    assert "nothing was uploaded" in answer["error"]

    status, answer = _upload(server_url, envelope, b"1,2\n1,3\n", server_url.headers)
    assert status == 400 and "sizes add up to 4" in answer["error"], answer
    sneaky = {**envelope, "files": [{"name": "../x.csv", "bytes": 4}]}
    status, answer = _upload(server_url, sneaky, b"1,2\n", server_url.headers)
    assert status == 422 and "without folders" in answer["error"], answer
    status, answer = _post(server_url, "/api/data/example", {**envelope, "files": None, "node": "nope"}, server_url.headers)
    assert status == 422, answer  # files belong to an upload only
    body = {"playbook": playbook, "environment": "local", "node": "nope"}
    status, answer = _post(server_url, "/api/data/example", body, server_url.headers)
    assert status == 404 and "ships no example data for nope; nothing was uploaded" in answer["error"], answer
    status, answer = _post(server_url, "/api/data/preview", {**body, "node": "events"}, server_url.headers)
    assert status == 200 and answer["deployed"] is False and answer["example"]["files"] >= 1, answer
    # Not deployed: said before the files are read (the server's own state has no deployment).
    status, answer = _upload(server_url, envelope, b"1,2\n", server_url.headers)
    assert status == 404 and "is not deployed in local" in answer["error"], answer


@pytest.fixture(scope="module")
def deployed(tmp_path_factory):
    """ui-serve-demo deployed to the emulator, its `rows` source left empty for the page to fill."""
    state = tmp_path_factory.mktemp("ui-upload-state")
    env = {"PLAYBOOK_STATE_DIR": str(state)}
    try:
        with running_server(state, env, ["--library", str(LIBRARY)]) as url:
            playbook = _get(url, "/api/playbooks/ui-serve-demo/1.0.0")["playbook"]
            status, job = _post(url, "/api/deploy", {"playbook": playbook, "environment": "local"}, url.headers)
            assert status == 202, job
            _wait_job(url, job, lambda v: v["state"] == "awaiting_confirmation", 480)
            _post(url, f"/api/jobs/{job['id']}/confirm", {"approve": True}, url.headers)
            done = _wait_job(url, job, lambda v: v["state"] not in ("running", "awaiting_confirmation"), 600)
            assert done["state"] == "succeeded" and done["result"].get("applied"), done.get("error")
            yield url, state
    finally:
        from deploy_runner.emulator import Emulator

        Emulator(state / "emulator").stop()


@pytest.mark.synth
@pytest.mark.terraform
@pytest.mark.emulator
@pytest.mark.serial
def test_upload_a_csv_from_the_page_then_the_run_starts(browser, deployed, tmp_path):
    url, state = deployed
    rows = tmp_path / "train.csv"
    rows.write_text("".join(f"{i % 2},{i % 7},{(i * 3) % 5}\n" for i in range(60)))
    big = tmp_path / "huge.parquet"
    with big.open("wb") as sparse:  # over the limit on disk without writing 500 MB: the page refuses by its size
        sparse.truncate(MAX_PUT_BYTES + 1)
    with open_builder(browser, url, OUTPUT / "data-upload-end.png") as page:
        page.get_by_test_id("load-name").select_option("ui-serve-demo")
        page.get_by_test_id("load-button").click()
        expect(page.get_by_test_id("validation")).to_have_attribute("data-state", "valid", timeout=60_000)

        page.get_by_test_id("node-rows").click()
        panel = page.get_by_test_id("data-upload")
        expect(panel).to_have_attribute("data-state", "deployed", timeout=60_000)
        expect(page.get_by_test_id("data-count")).to_have_text("0 objects")
        expect(panel).to_contain_text("a run that reads it is refused until it has data")

        # Too much: refused in words, nothing sent, the location still empty.
        page.get_by_test_id("data-files").set_input_files(str(big))
        expect(page.get_by_test_id("data-error")).to_contain_text(
            f"1 file(s), {MAX_PUT_BYTES + 1} bytes: the builder uploads at most 500.0 MB at a time; nothing was uploaded"
        )
        expect(page.get_by_test_id("data-count")).to_have_text("0 objects")

        page.get_by_test_id("data-files").set_input_files(str(rows))
        progress = page.get_by_test_id("data-progress-file")
        expect(progress).to_have_attribute("data-percent", "100", timeout=120_000)
        expect(progress).to_contain_text("s3://pb-local-ui-serve-demo-")
        expect(progress).to_contain_text("train.csv")
        expect(page.get_by_test_id("data-count")).to_have_text("1 object", timeout=60_000)
        first = page.get_by_test_id("data-rows").locator("tr").first
        expect(first.locator("td")).to_have_text(["0", "0", "0"])
        expect(page.get_by_test_id("data-rows").locator("tr")).to_have_count(6)
        expect(page.get_by_test_id("data-error")).to_have_count(0)

        # The example data the library ships for this node (example-data/rows/), put like `playbook data put`.
        page.get_by_test_id("data-example").click()
        expect(page.get_by_test_id("data-count")).to_have_text("2 objects", timeout=60_000)
        expect(page.get_by_test_id("data-progress-file")).to_contain_text("rows/labelled.csv")

        # The CLI sees the same objects.
        listed = subprocess.run(
            [
                sys.executable,
                "-m",
                "playbook_cli.main",
                "data",
                "ls",
                "ui-serve-demo",
                "rows",
                "--local",
                "--json",
                "--library",
                str(LIBRARY),
            ],
            cwd=state,
            env={**os.environ, "PLAYBOOK_STATE_DIR": str(state)},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert listed.returncode == 0, listed.stdout + listed.stderr
        assert json.loads(listed.stdout)["count"] == 2

        # A run starts: no "rows … is empty" refusal.
        page.get_by_test_id("run-button").click()
        page.get_by_test_id("start-run").click()
        run_panel = page.get_by_test_id("run-panel")
        expect(run_panel).to_have_attribute("data-phase", "running", timeout=120_000)
        assert "is empty" not in run_panel.inner_text()

        # Another pipeline name is not deployed: the panel says "deploy first" and offers no upload.
        page.get_by_test_id("close-run-panel").click()
        page.get_by_test_id("meta-name").fill("not-yet-deployed")
        page.get_by_test_id("node-rows").click()
        expect(page.get_by_test_id("data-upload")).to_have_attribute("data-state", "not-deployed", timeout=60_000)
        expect(page.get_by_test_id("data-deploy-first")).to_contain_text(
            "Deploy first: not-yet-deployed is not deployed in local"
        )
        expect(page.get_by_test_id("data-upload-button")).to_be_disabled()


def test_an_upload_bigger_than_the_limit_is_refused_by_its_length_alone():
    """The Content-Length says it all: refused before a byte of the body is read (nothing streams 500 MB here)."""
    from starlette.testclient import TestClient

    from playbook_ui.server import create_app

    app = create_app(token="t")
    with TestClient(app, base_url="http://127.0.0.1") as client:
        answer = client.post(
            "/api/data/upload",
            content=b"{}\n",
            headers={
                "Authorization": "token t",
                "Content-Type": "application/octet-stream",
                "Content-Length": str(MAX_PUT_BYTES + 2_000_000),
            },
        )
        assert answer.status_code == 413, answer.text
        assert "the builder uploads at most 500.0 MB of files at a time; nothing was uploaded" in answer.json()["error"]
        answer = client.post("/api/data/upload", content=b"{}\n", headers={"Authorization": "token t"})
        assert answer.status_code == 415, answer.text
