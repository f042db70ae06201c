"""The run panel and "Try it", in real Chromium against a real server, Terraform and the emulator.

A training -> API endpoint pipeline is deployed once for the module (through the server's API, as the
Deploy dialog does; the dialog itself is tested in test_deploy_ui.py) and its data put in with
`playbook data put`. Then, as a user: run it from the side panel while the canvas stays usable, close the
panel mid-run and see the canvas follow the run to its end, close it again and find each node's run state
still on the canvas (the README's pictures docs/builder-run-panel.png and builder-try-it.png are written here), read what the run produced (the endpoint's name
and the invoke line `playbook run --wait` prints, outputs with object counts, time per node), and score a
row with "Try it": the same prediction as `playbook invoke` gives for that row; a bad row is said in words.
The route's defences (token, size, kinds) need no browser.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from ui_harness import OUTPUT, REPO, axe_violations, open_builder, running_server

LIBRARY = REPO / "tests" / "ui" / "fixtures" / "serve-library"
RUN_MS = 6 * 60 * 1000


def _post(url: str, path: str, body: dict, headers: dict[str, str]) -> tuple[int, dict]:
    request = urllib.request.Request(
        url + path, data=json.dumps(body).encode(), method="POST", headers={"Content-Type": "application/json", **headers}
    )
    try:
        with urllib.request.urlopen(request, timeout=300) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def _get(url: str, path: str) -> dict:
    request = urllib.request.Request(url + path, headers=url.headers)
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.load(response)


def _cli(state: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "playbook_cli.main", *args, "--library", str(LIBRARY)],
        cwd=state,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def _wait_job(url, job: dict, until, timeout: float) -> dict:
    since, lines, deadline = 0, [], time.monotonic() + timeout
    while True:
        view = _get(url, f"/api/jobs/{job['id']}?since={since}")
        lines += view["lines"]
        since = view["next"]
        if until(view):
            return view
        assert view["state"] in ("running", "awaiting_confirmation"), (view["state"], view.get("error"), lines[-30:])
        assert time.monotonic() < deadline, f"{job['kind']} did not get there in {timeout} s: {lines[-30:]}"
        time.sleep(0.5)


def test_the_invoke_route_needs_the_token_and_bounds_what_it_takes(server_url):
    """No browser: the route sits behind the builder's guard like every /api/ route, and takes a few rows only."""
    (churn,) = [p for p in _get(server_url, "/api/playbooks")["playbooks"] if p["name"] == "churn-prediction"]
    playbook = _get(server_url, f"/api/playbooks/churn-prediction/{churn['latest']}")
    body = {"playbook": playbook["playbook"], "environment": "local", "node": "serve", "data": "1,2\n"}
    status, answer = _post(server_url, "/api/invoke", body, {})
    assert status == 401 and "token" in answer["error"], answer
    status, answer = _post(server_url, "/api/invoke", body, {**server_url.headers, "Origin": "http://evil.example"})
    assert status == 403, answer
    status, answer = _post(server_url, "/api/invoke", {**body, "data": "1,2\n" * 20_000}, server_url.headers)
    assert status == 422 and "data" in answer["error"], answer
    status, answer = _post(server_url, "/api/invoke", {**body, "data": '{"features": "x"}\n'}, server_url.headers)
    assert (status, answer["kind"]) == (422, "invalid_data"), answer
    assert "the rows, line 1: expected a JSON list of numbers" in answer["error"]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """ui-serve-demo deployed to the emulator (once for the module), its `rows` source filled with labelled rows."""
    state = tmp_path_factory.mktemp("ui-serve-state")
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
            (state / "train.csv").write_text("".join(f"{i % 2},{i % 7},{(i * 3) % 5}\n" for i in range(60)))
            put = _cli(state, env, "data", "put", "ui-serve-demo", "rows", "train.csv", "--local")
            assert put.returncode == 0, put.stdout + put.stderr
            yield url, state, env
    finally:
        from deploy_runner.emulator import Emulator

        Emulator(state / "emulator").stop()


@pytest.mark.synth
@pytest.mark.terraform
@pytest.mark.emulator
@pytest.mark.serial
def test_run_in_the_side_panel_then_try_the_endpoint(browser, served):
    url, state, env = served
    with open_builder(browser, url, OUTPUT / "run-panel-end.png") as page:
        page.get_by_test_id("load-name").select_option("ui-serve-demo")
        page.get_by_test_id("load-button").click()
        expect(page.get_by_test_id("validation")).to_have_attribute("data-state", "valid", timeout=60_000)
        page.get_by_test_id("run-button").click()
        panel = page.get_by_test_id("run-panel")
        expect(panel).to_have_attribute("data-phase", "form")
        page.get_by_test_id("start-run").click()
        expect(panel).to_have_attribute("data-phase", "running")
        # Not modal: the canvas under the run's badges is usable meanwhile (a node opens in the inspector).
        page.get_by_test_id("node-fit").click()
        expect(page.get_by_test_id("node-id")).to_have_value("fit")
        # Closed while the run goes on, the canvas still follows it to its end; "Run…" shows the panel as it is.
        page.get_by_test_id("close-run-panel").click()
        expect(panel).to_be_hidden()
        expect(page.get_by_test_id("node-serve")).to_have_attribute(
            "data-run-status", re.compile("^(succeeded|failed|stopped)$"), timeout=RUN_MS
        )
        page.get_by_test_id("run-button").click()
        expect(panel).to_be_visible()
        expect(panel).to_have_attribute("data-phase", re.compile("^(succeeded|failed|error)$"), timeout=RUN_MS)
        assert panel.get_attribute("data-phase") == "succeeded", panel.inner_text()

        # What the run produced, in words: the endpoint and the line `playbook run --wait` prints to call it.
        endpoint = page.get_by_test_id("run-endpoint-name-serve").inner_text()
        assert "ui-serve-demo" in endpoint and "serve" in endpoint, endpoint
        expect(page.get_by_test_id("run-endpoint-serve")).to_contain_text(f"The API endpoint serve answers as {endpoint}")
        expect(page.get_by_test_id("invoke-line-serve-0")).to_contain_text(
            "playbook invoke ui-serve-demo@1.0.0 serve --local --data rows.csv"
        )
        outputs = page.get_by_test_id("run-outputs")
        model = outputs.locator("tr[data-node=fit]", has_text="/fit/model/")  # the trained model.tar.gz
        expect(model.locator("code")).to_have_text(re.compile(r"^s3://pb-local-ui-serve-demo-artifacts/fit/model/$"))
        expect(model.get_by_test_id("objects")).to_have_text("1 object")
        expect(page.get_by_test_id("run-durations").locator("tr[data-node=fit]")).to_contain_text(re.compile(r"^fit\s*[\d.]+ s$"))
        assert axe_violations(page, "[data-testid=run-panel]") == []
        page.screenshot(path=str(REPO / "docs" / "builder-run-panel.png"))  # the README's picture

        # Closing the panel keeps the last run's states on the canvas.
        page.get_by_test_id("close-run-panel").click()
        expect(panel).to_be_hidden()
        for node in ("fit", "serve"):
            expect(page.get_by_test_id(f"node-{node}")).to_have_attribute("data-run-status", "succeeded")
            expect(page.get_by_test_id(f"run-status-{node}")).to_have_text("run: succeeded")

        # "Try it" on the endpoint node: the same prediction as `playbook invoke` gives for the row.
        page.get_by_test_id("node-serve").click()
        try_it = page.get_by_test_id("try-it")
        expect(try_it).to_contain_text(f"The last run serves this endpoint as {endpoint}")
        page.get_by_test_id("try-it-rows").fill("3,1\n")
        page.get_by_test_id("try-it-send").click()
        shown = page.get_by_test_id("try-it-predictions")
        expect(shown).to_have_attribute("data-endpoint", endpoint, timeout=120_000)
        (state / "rows.csv").write_text("3,1\n")
        cli = _cli(state, env, "invoke", "ui-serve-demo", "serve", "--local", "--data", "rows.csv")
        assert cli.returncode == 0, cli.stderr
        assert [float(p) for p in page.get_by_test_id("try-it-prediction").all_inner_texts()] == [
            float(p) for p in cli.stdout.split()
        ]
        assert 0.0 < float(cli.stdout.split()[0]) < 1.0  # a binary:logistic model's score, not an echo of the row
        assert axe_violations(page, "[data-testid=try-it]") == []

        # A row the model cannot take: said in words, with the line at fault.
        page.get_by_test_id("try-it-rows").fill('{"features": "x"}')
        page.get_by_test_id("try-it-send").click()
        error = page.get_by_test_id("try-it-error")
        expect(error).to_have_attribute("data-kind", "invalid_data", timeout=60_000)
        expect(error).to_contain_text("These rows cannot be sent to the model.")
        expect(error).to_contain_text("the rows, line 1: expected a JSON list of numbers or an object with a 'features' list")
        expect(shown).to_have_count(0)
        page.get_by_test_id("try-it-rows").fill("3,1\n5,4")
        page.get_by_test_id("try-it-send").click()
        expect(page.get_by_test_id("try-it-prediction")).to_have_count(2, timeout=120_000)
        page.screenshot(path=str(REPO / "docs" / "builder-try-it.png"))  # the README's picture

        # The next run starts from a clean canvas: the last run's states go when it starts.
        page.get_by_test_id("run-button").click()
        expect(panel).to_have_attribute("data-phase", "succeeded")
        page.get_by_test_id("run-again").click()
        expect(page.get_by_test_id("node-fit")).to_have_attribute("data-run-status", "succeeded")
        page.get_by_test_id("start-run").click()
        expect(page.get_by_test_id("run-panel")).to_have_attribute("data-phase", "running")
        expect(page.get_by_test_id("node-serve")).not_to_have_attribute("data-run-status", "succeeded")
